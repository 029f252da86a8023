import { JobName } from '@practicum/queue';
import { assertEveryJobHandled } from './worker.module';

describe('assertEveryJobHandled', () => {
  it('passes when every job has one handler', () => {
    expect(() => assertEveryJobHandled([Object.values(JobName)])).not.toThrow();
  });
  it('names missing and doubled handlers', () => {
    const others = Object.values(JobName).filter((name) => name !== JobName.ORGANIZATION_VERIFIED);
    expect(() => assertEveryJobHandled([others, [JobName.MEMBER_INVITED]])).toThrow(/missing \[organization.verified\], doubled \[member.invited\]/);
  });
});
