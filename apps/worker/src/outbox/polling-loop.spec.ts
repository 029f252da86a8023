import { PollingLoop } from './polling-loop';

describe('PollingLoop', () => {
  it('runs again after the delay each run returns, and stop waits for the run in progress', async () => {
    const runs: number[] = [];
    let release!: () => void;
    const loop = new PollingLoop(async () => {
      runs.push(Date.now());
      if (runs.length === 3) await new Promise<void>((r) => (release = r));
      return 5;
    });
    loop.start();
    while (runs.length < 3) await new Promise((r) => setTimeout(r, 2));
    let stopped = false;
    const stopping = loop.stop().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(stopped).toBe(false);
    release();
    await stopping;
    await new Promise((r) => setTimeout(r, 20));
    expect(runs).toHaveLength(3);
  });
});
