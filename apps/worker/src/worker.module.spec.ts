import { JOB_NAMES, JOB_QUEUE, QueueName } from '@practicum/queue';
import { assertEveryJobHandled } from './worker.module';

describe('assertEveryJobHandled', () => {
  const byQueue = Object.values(QueueName).map((queue) => ({
    queue,
    jobs: JOB_NAMES.filter((n) => JOB_QUEUE[n] === queue),
  }));
  it('passes when every job has one handler', () => {
    expect(() => assertEveryJobHandled(byQueue)).not.toThrow();
  });
  it('names missing and doubled handlers', () => {
    const others = byQueue.map((h) => ({ ...h, jobs: h.jobs.filter((name) => name !== 'organization.verified') }));
    others.push({ queue: QueueName.NOTIFICATIONS, jobs: ['member.invited'] });
    expect(() => assertEveryJobHandled(others)).toThrow(
      /missing \[organization.verified\], doubled \[member.invited\]/,
    );
  });
  it('names jobs handled on the wrong queue', () => {
    const queues = byQueue.map((h) => h.queue).reverse();
    expect(() => assertEveryJobHandled(byQueue.map((h, i) => ({ ...h, queue: queues[i] })))).toThrow(
      /on the wrong queue \[.+\]/,
    );
  });
});
