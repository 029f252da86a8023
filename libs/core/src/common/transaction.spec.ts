import { DataSource, QueryFailedError } from 'typeorm';
import { inTransaction, TRANSACTION_ATTEMPTS } from './transaction';

const failure = (code: string) =>
  new QueryFailedError('UPDATE offer_slot', [], Object.assign(new Error(code), { code }));

/** A DataSource whose transactions fail with the given errors, then run the work. */
const dataSourceFailing = (...errors: Error[]) => {
  let calls = 0;
  const dataSource = {
    transaction: async (work: (manager: unknown) => Promise<unknown>) => {
      calls++;
      const error = errors.shift();
      if (error) throw error;
      return work({});
    },
  } as unknown as DataSource;
  return { dataSource, calls: () => calls };
};

describe('inTransaction', () => {
  it('runs a transaction again after a deadlock or a serialization failure', async () => {
    const { dataSource, calls } = dataSourceFailing(failure('40P01'), failure('40001'));
    await expect(inTransaction(dataSource, async () => 'done')).resolves.toBe('done');
    expect(calls()).toBe(3);
  });

  it('gives up after a bounded number of attempts', async () => {
    const { dataSource, calls } = dataSourceFailing(...Array.from({ length: 10 }, () => failure('40P01')));
    await expect(inTransaction(dataSource, async () => 'done')).rejects.toThrow('40P01');
    expect(calls()).toBe(TRANSACTION_ATTEMPTS);
  });

  it('never repeats any other failure', async () => {
    const { dataSource, calls } = dataSourceFailing(failure('23505'));
    await expect(inTransaction(dataSource, async () => 'done')).rejects.toThrow('23505');
    expect(calls()).toBe(1);
  });
});
