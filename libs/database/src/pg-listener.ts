import { Client, Notification } from 'pg';

export interface PgListenerOptions {
  connectionString: string;
  /** Shown in pg_stat_activity. */
  applicationName: string;
  /** Channel names: our constants, never input (LISTEN takes no parameter). */
  channels: readonly string[];
  onNotification(message: Notification): void;
  /** True once it listens, false when the connection is lost (changes may be missed until it is back) or it stops. */
  onLive?(live: boolean): void;
  /** Said once when a listening connection is lost, or the first connection fails. */
  warn(message: string): void;
}

/**
 * LISTEN on a PostgreSQL connection of its own, reconnecting with backoff (250 ms doubling to
 * 30 s) whenever the connection is lost; notifications sent meanwhile are missed, which
 * `onLive(false)` tells. Shared by the API's cache feed and the worker's live relay.
 */
export class PgListener {
  private client: Client | null = null;
  private retry: NodeJS.Timeout | null = null;
  private failures = 0;
  private stopped = false;

  constructor(private readonly options: PgListenerOptions) {}

  /** The backend's process id while listening (tests end it to cut the connection). */
  get backendPid(): number | null {
    return (this.client as unknown as { processID?: number } | null)?.processID ?? null;
  }

  /** Connects and listens; a failure is retried in the background, not thrown. */
  start(): Promise<void> {
    return this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.options.onLive?.(false);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const { connectionString, applicationName, channels } = this.options;
    const client = new Client({ connectionString, application_name: applicationName });
    client.on('notification', (message) => this.options.onNotification(message));
    client.on('error', (e) => this.lost(client, e));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(channels.map((channel) => `LISTEN ${channel};`).join(' '));
    } catch (e) {
      this.lost(client, e as Error);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.failures = 0;
    this.options.onLive?.(true);
  }

  private lost(client: Client, error?: Error): void {
    if (this.client && this.client !== client) return;
    const wasLive = this.client === client;
    this.client = null;
    if (wasLive) this.options.onLive?.(false);
    client.removeAllListeners();
    client.on('error', () => undefined);
    client.end().catch(() => undefined);
    if (this.stopped || this.retry) return;
    if (wasLive || this.failures === 0) this.options.warn(`${error?.message ?? 'connection ended'}; reconnecting`);
    const delay = Math.min(30_000, 250 * 2 ** this.failures++);
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.connect();
    }, delay);
    this.retry.unref();
  }
}
