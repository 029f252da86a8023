/**
 * Runs `tick` over and over on a timer until stopped; each run returns the delay before the next.
 * `stop` waits for a run in progress, so shutdown never cuts a batch in half.
 */
export class PollingLoop {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(private readonly tick: () => Promise<number>) {}

  start(delay = 0): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().then((next) => {
        this.running = undefined;
        this.start(next);
      });
    }, delay);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}
