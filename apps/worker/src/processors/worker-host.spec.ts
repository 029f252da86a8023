import { AppConfig } from '@practicum/config';
import { OutboxService } from '@practicum/core';
import { QueueName } from '@practicum/queue';
import { Job } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { Handlers, JobProcessor } from './worker-host';

type Jobs = 'seat.freed' | 'application.overflowed' | 'schedule.close_offers';

/** Records what each transaction did, in order, and whether it committed. */
function fakes() {
  const log: string[] = [];
  const dataSource = {
    transaction: async (work: (m: EntityManager) => Promise<unknown>) => {
      const manager = { name: `tx${log.filter((l) => l === 'begin').length + 1}` } as unknown as EntityManager & {
        name: string;
      };
      log.push('begin');
      try {
        const result = await work(manager);
        log.push('commit');
        return result;
      } catch (e) {
        log.push('rollback');
        throw e;
      }
    },
  } as unknown as DataSource;
  const outbox = {
    markHandled: (manager: EntityManager & { name: string }, id: string) =>
      Promise.resolve(void log.push(`handled ${id} in ${manager.name}`)),
  } as unknown as OutboxService;
  return { log, dataSource, outbox };
}

class TestProcessor extends JobProcessor<Jobs> {
  protected readonly queue = QueueName.SEATS;
  failFor = new Set<string>();
  protected override handledWhenFailedForGood = false;
  protected readonly handlers: Handlers<Jobs> = {
    'seat.freed': (_p, { transaction }) =>
      transaction((m) =>
        this.failFor.has('seat.freed')
          ? Promise.reject(new Error('deadlock'))
          : Promise.resolve(`moved in ${(m as EntityManager & { name: string }).name}`),
      ),
    'application.overflowed': () => Promise.resolve('nothing to do'),
    'schedule.close_offers': (_p, { transaction }) => transaction(() => Promise.resolve('closed')),
  };
  settleFailures() {
    this.handledWhenFailedForGood = true;
  }
}

const job = (name: string, id: string | undefined, attemptsMade = 0) =>
  ({ name, id, data: {}, attemptsMade, opts: { attempts: 2 } }) as unknown as Job;

describe('JobProcessor', () => {
  it("marks a domain event's outbox row handled inside the handler's transaction", async () => {
    const { log, dataSource, outbox } = fakes();
    const processor = new TestProcessor({} as AppConfig, dataSource, outbox);
    expect(await processor.process(job('seat.freed', 'e1'))).toBe('moved in tx1');
    expect(log).toEqual(['begin', 'handled e1 in tx1', 'commit']);
  });

  it('marks a handler that wrote nothing once it returns, and a worker job never', async () => {
    const { log, dataSource, outbox } = fakes();
    const processor = new TestProcessor({} as AppConfig, dataSource, outbox);
    await processor.process(job('application.overflowed', 'e2'));
    await processor.process(job('schedule.close_offers', 'repeat:1'));
    expect(log).toEqual(['begin', 'handled e2 in tx1', 'commit', 'begin', 'commit']);
  });

  it('leaves a failed event unhandled, unless the processor settles runs that failed for the last time', async () => {
    const { log, dataSource, outbox } = fakes();
    const processor = new TestProcessor({} as AppConfig, dataSource, outbox);
    processor.failFor.add('seat.freed');
    await expect(processor.process(job('seat.freed', 'e3', 1))).rejects.toThrow('deadlock');
    expect(log).toEqual(['begin', 'rollback']);
    processor.settleFailures();
    await expect(processor.process(job('seat.freed', 'e3', 0))).rejects.toThrow('deadlock');
    expect(log).toHaveLength(4);
    await expect(processor.process(job('seat.freed', 'e3', 1))).rejects.toThrow('deadlock');
    expect(log.slice(6)).toEqual(['begin', 'handled e3 in tx4', 'commit']);
  });

  it('fails a job no handler knows, and lists its jobs with its queue for the start-up check', async () => {
    const { dataSource, outbox } = fakes();
    const processor = new TestProcessor({} as AppConfig, dataSource, outbox);
    await expect(processor.process(job('booking.proposed', 'e4'))).rejects.toThrow(
      'No handler for job booking.proposed on seats',
    );
    expect(processor.handledJobs()).toEqual({
      queue: QueueName.SEATS,
      jobs: ['seat.freed', 'application.overflowed', 'schedule.close_offers'],
    });
  });
});
