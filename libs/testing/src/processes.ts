import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo, createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GqlClient } from './gql';

const root = path.resolve(__dirname, '../../..');

/** How long a spawned process may take to start: generous, for a machine busy with other work. */
const START_TIMEOUT_MS = 120000;

const until = async (check: () => boolean, timeoutMs: number, what: string) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

export interface WorkerProcess {
  child: ChildProcess;
  output: () => string;
  /** SIGKILL: no shutdown hooks, jobs left active, transactions cut. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** Worker and API processes still running: killed when the test process exits (jest --forceExit, a failed beforeAll). */
const liveWorkers = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of liveWorkers) child.kill('SIGKILL');
});

/** A real worker process on the TypeScript sources (compiled on the fly by swc), with the test environment plus `env`. */
export async function spawnWorkerProcess(env: Record<string, string> = {}): Promise<WorkerProcess> {
  const dir = mkdtempSync(path.join(tmpdir(), 'practicum-worker-'));
  const ready = path.join(dir, 'ready');
  let output = '';
  const child = spawn(
    process.execPath,
    ['-r', path.join(root, 'libs/testing/src/ts-register.js'), path.join(root, 'apps/worker/src/main.ts')],
    {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'warn', ...env, WORKER_READY_FILE: ready },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  liveWorkers.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => liveWorkers.delete(child));
  await until(
    () => existsSync(ready) || child.exitCode !== null,
    START_TIMEOUT_MS,
    'the worker process to start',
  ).catch((error: Error) => {
    child.kill('SIGKILL');
    throw error;
  });
  if (child.exitCode !== null) throw new Error(`Worker exited at start:\n${output}`);
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    // A worker that does not finish its shutdown in 20 s is killed, so no test leaves one behind.
    const overdue = setTimeout(() => child.kill('SIGKILL'), 20000);
    await exited;
    clearTimeout(overdue);
    rmSync(dir, { recursive: true, force: true });
  };
  return { child, output: () => output, kill: () => end('SIGKILL'), stop: () => end('SIGTERM') };
}

export interface ApiProcess extends GqlClient {
  child: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

/**
 * A real API process on the TypeScript sources (like `spawnWorkerProcess`) on a free port, with the
 * test environment plus `env`; ready once `/health/ready` answers 200 (PostgreSQL and Redis reached).
 */
export async function spawnApiProcess(env: Record<string, string> = {}): Promise<ApiProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(
    process.execPath,
    ['-r', path.join(root, 'libs/testing/src/ts-register.js'), path.join(root, 'apps/api/src/main.ts')],
    {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: String(port), PUBLIC_URL: url },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  liveWorkers.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => liveWorkers.delete(child));
  let ready = false;
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!ready) {
    if (child.exitCode !== null) throw new Error(`API exited at start:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Timed out waiting for the API process to start:\n${output}`);
    }
    ready = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(5000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (!ready) await new Promise((r) => setTimeout(r, 200));
  }
  return {
    child,
    url,
    output: () => output,
    async gql(query, variables, token) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
        body: JSON.stringify({ query, variables }),
      });
      return { ...((await res.json()) as object), status: res.status };
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const overdue = setTimeout(() => child.kill('SIGKILL'), 20000);
      await exited;
      clearTimeout(overdue);
    },
  };
}

export interface RedisProcess {
  url: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** A Redis server of the test's own on a free port (no persistence), for tests that stop it. */
export async function startOwnRedis(): Promise<RedisProcess> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    const { default: Redis } = await import('ioredis');
    await until(() => child!.exitCode === null, 1000, 'redis');
    for (let i = 0; ; i++) {
      const client = new Redis({
        port,
        host: '127.0.0.1',
        lazyConnect: true,
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
      });
      const ok = await client
        .connect()
        .then(() => client.ping())
        .then(
          () => true,
          () => false,
        );
      client.disconnect();
      if (ok) return;
      if (i > 100) throw new Error('redis-server did not start');
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const stop = async () => {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child!.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, port, start, stop };
}

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: string;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** The status the receiver answers with (200 by default). */
  status: number;
  close(): Promise<void>;
}

/** A real HTTP server on a free port that keeps every POST it gets. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const receiver: WebhookReceiver & { server?: Server } = {
    url: '',
    received: [],
    status: 200,
    close: async () => undefined,
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      receiver.received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(receiver.status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  receiver.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return receiver;
}

/** Polls until `check` returns a truthy value. */
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  timeoutMs = 15000,
  what = 'a condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
