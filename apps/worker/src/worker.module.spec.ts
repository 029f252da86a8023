import { JobName } from '@practicum/queue';
import { assertEveryJobHandled } from './worker.module';

describe('assertEveryJobHandled', () => {
  it('passes when every job has one handler', () => {
    expect(() => assertEveryJobHandled([Object.values(JobName)])).not.toThrow();
  });
  it('names missing and doubled handlers', () => {
    expect(() => assertEveryJobHandled([[JobName.MEMBER_INVITED], [JobName.MEMBER_INVITED]])).toThrow(
      /missing \[organization.verified\], doubled \[member.invited\]/,
    );
  });
});
