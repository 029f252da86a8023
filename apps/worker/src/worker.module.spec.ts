import { JOB_QUEUE, JobName, QueueName } from '@practicum/queue';
import { assertEveryJobHandled } from './worker.module';

describe('assertEveryJobHandled', () => {
  it('passes when every job has one handler', () => {
    expect(() => assertEveryJobHandled([Object.values(JobName)])).not.toThrow();
  });
  it('names missing and doubled handlers', () => {
    const others = Object.values(JobName).filter((name) => name !== JobName.ORGANIZATION_VERIFIED);
    expect(() => assertEveryJobHandled([others, [JobName.MEMBER_INVITED]])).toThrow(/missing \[organization.verified\], doubled \[member.invited\]/);
  });
  it('names jobs handled on the wrong queue', () => {
    const byQueue = Object.values(QueueName).map((q) => Object.values(JobName).filter((n) => JOB_QUEUE[n] === q));
    expect(() => assertEveryJobHandled(byQueue, Object.values(QueueName))).not.toThrow();
    expect(() => assertEveryJobHandled(byQueue, [...Object.values(QueueName)].reverse())).toThrow(/on the wrong queue \[.+\]/);
  });
});
