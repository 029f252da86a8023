/*
 * API benchmark: autocannon against the real API (child process) on a real PostgreSQL database
 * seeded with a realistic market. Every figure is reported beside baselines measured in the same
 * run (GET /health and `{ __typename }`), with SQL statements per request read from the
 * x-sql-statements header of every response.
 *   npm run build && node dist/bench/api/run.js [--write]     (--write updates bench/RESULTS.md "## API")
 * Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/practicum_bench; its
 * name must contain "bench": it is dropped and re-created), BENCH_DURATION (s, default 10),
 * BENCH_CONNECTIONS (default 32), BENCH_PORT (default: a free port), REDIS_URL.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as argon2 from 'argon2';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { typeormOptions } from '@practicum/database';
import { DEFAULT_SCALE, seed, Seeded } from './data';
import { Q } from './queries';

const ROOT = path.resolve(__dirname, '../../..');
const API_MAIN = path.join(ROOT, 'dist/apps/api/src/main.js');
/** The API of another build (BENCH_BEFORE_API_MAIN, e.g. main's), measured uncached in the same run: the before of a change. */
const BEFORE_API_MAIN = process.env.BENCH_BEFORE_API_MAIN ? path.resolve(process.env.BENCH_BEFORE_API_MAIN) : null;
const POSTGRAPHILE_MAIN = path.join(ROOT, 'dist/bench/api/postgraphile.js');
const RESULTS = path.join(ROOT, 'bench/RESULTS.md');
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/practicum_bench';
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const PASSWORD = 'Bench-password-2026';
const TARGET_RATIO = 1 / 3;

const log = (msg: string) => process.stderr.write(`[bench:api] ${msg}\n`);
const ONLY = process.env.BENCH_SCENARIOS ? new Set(process.env.BENCH_SCENARIOS.split(',')) : null;
const MAX_LOAD = Number(process.env.BENCH_MAX_LOAD ?? 1.5);
const MAX_WAIT_S = Number(process.env.BENCH_MAX_WAIT ?? 120);
const CLK_TCK = 100;

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  } catch {
    return 0;
  }
}

/** The machine is shared: wait (a bounded time) for the 1-minute load average to settle before measuring. */
async function waitForQuiet(): Promise<void> {
  const until = Date.now() + MAX_WAIT_S * 1000;
  while (os.loadavg()[0] > MAX_LOAD && Date.now() < until) {
    log(`load average ${os.loadavg()[0].toFixed(2)} > ${MAX_LOAD}: waiting`);
    await new Promise((r) => setTimeout(r, 10_000));
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function recreateDatabase(): Promise<void> {
  const url = new URL(DATABASE_URL);
  const name = url.pathname.slice(1);
  if (!/^[a-z0-9_]*bench[a-z0-9_]*$/.test(name) || name === 'practicum' || name.startsWith('practicum_test_')) {
    throw new Error(`Refusing to drop database "${name}": the bench database's name must contain "bench"`);
  }
  url.pathname = '/postgres';
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const ds = new DataSource(typeormOptions(DATABASE_URL, { logging: false }));
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
}

function startApi(port: number, env: Record<string, string> = {}, main = API_MAIN): ChildProcess {
  const child = spawn(
    process.execPath,
    [...(process.env.BENCH_API_NODE_ARGS?.split(' ').filter(Boolean) ?? []), main],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL,
        PORT: String(port),
        NODE_ENV: 'development',
        LOG_LEVEL: 'warn',
        REDIS_PREFIX: 'bench',
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        // The bench signs in ~160 members from one address; the default is 30 per minute.
        LOGIN_ATTEMPTS_PER_MINUTE: '1000000',
        ...env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  child.stderr.on('data', (chunk: Buffer) => process.stderr.write(`[api] ${chunk.toString()}`));
  return child;
}

/** SIGTERM, then wait (at most 10 s) for the API to exit: it flushes logs, and a --cpu-prof profile is written on exit. */
async function stopApi(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
}

async function waitReady(base: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/health/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('The API did not become ready within 60 s');
}

async function gql<T>(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ data: T; sql: number | null }> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length)
    throw new Error(`GraphQL error: ${body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; ')}`);
  const sql = res.headers.get('x-sql-statements');
  return { data: body.data, sql: sql === null ? null : Number(sql) };
}

async function login(base: string, emails: string[], concurrency = 4): Promise<string[]> {
  const tokens: string[] = new Array(emails.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < emails.length) {
        const i = next++;
        const { data } = await gql<{ login: { accessToken: string } }>(base, Q.login, {
          email: emails[i],
          password: PASSWORD,
        });
        tokens[i] = data.login.accessToken;
      }
    }),
  );
  return tokens;
}

interface Row {
  name: string;
  /** CPU milliseconds per request: the API process, the PostgreSQL backends of the bench database, the benchmark process (autocannon). */
  cpu: { api: number; pg: number; client: number };
  load: number;
  what: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  sql: string;
  sqlMedian: number | null;
  errors: string;
  outcomes?: string;
}

const median = (xs: number[]) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** One autocannon run. `next` builds each request (method, path, body, headers); every response's SQL count and GraphQL errors are recorded. */
const probe = { apiPid: 0, db: undefined as unknown as Client };

async function measure(
  base: string,
  name: string,
  what: string,
  next: () => { method: 'GET' | 'POST'; path: string; body?: string; headers?: Record<string, string> },
  opts: {
    duration?: number;
    amount?: number;
    warmup?: number;
    connections?: number;
    onBody?: (body: string) => void;
  } = {},
): Promise<Row> {
  const { apiPid, db } = probe;
  const run = (duration: number | undefined, amount: number | undefined, record: boolean) => {
    const sql: number[] = [];
    const codes = new Map<string, number>();
    const cache = new Map<string, number>();
    const instance = autocannon({
      url: base,
      connections: opts.connections ?? CONNECTIONS,
      ...(amount ? { amount } : { duration }),
      timeout: 30,
      requests: [
        {
          setupRequest: (req: any) => {
            const r = next();
            return {
              ...req,
              method: r.method,
              path: r.path,
              body: r.body,
              headers: { 'content-type': 'application/json', ...r.headers },
            };
          },
          onResponse: (status: number, body: string, _ctx: unknown, headers: Record<string, string | string[]>) => {
            if (!record) return;
            const h = headers['x-sql-statements'];
            if (h !== undefined) sql.push(Number(Array.isArray(h) ? h[0] : h));
            const c = headers['x-listing-cache'];
            if (c !== undefined) cache.set(String(c), (cache.get(String(c)) ?? 0) + 1);
            if (status !== 200) codes.set(`HTTP ${status}`, (codes.get(`HTTP ${status}`) ?? 0) + 1);
            else if (body.startsWith('{"errors"') || body.includes('"errors":[')) {
              const code = /"code":"([A-Z_]+)"/.exec(body)?.[1] ?? 'GRAPHQL_ERROR';
              codes.set(code, (codes.get(code) ?? 0) + 1);
            }
            opts.onBody?.(body);
          },
        },
      ],
    } as any);
    return instance.then((result) => ({ result, sql, codes, cache }));
  };
  if (opts.warmup) await run(opts.warmup, undefined, false);
  log(`${name}: measuring`);
  const backends = async () =>
    (
      await db.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      )
    ).rows.map((r) => r.pid);
  const before = new Map((await backends()).map((pid) => [pid, cpuSeconds(pid)]));
  const apiBefore = cpuSeconds(apiPid);
  const clientBefore = process.cpuUsage();
  const { result, sql, codes, cache } = await run(opts.duration ?? DURATION, opts.amount, true);
  const client = process.cpuUsage(clientBefore);
  const apiCpu = cpuSeconds(apiPid) - apiBefore;
  let pgCpu = 0;
  for (const pid of await backends()) pgCpu += cpuSeconds(pid) - (before.get(pid) ?? 0);
  const perRequest = (seconds: number) => (1000 * seconds) / Math.max(1, result.requests.total);
  const min = sql.length ? Math.min(...sql) : null;
  const max = sql.length ? Math.max(...sql) : null;
  const med = median(sql);
  const seconds = result.duration;
  const row: Row = {
    name,
    what,
    cpu: { api: perRequest(apiCpu), pg: perRequest(pgCpu), client: perRequest((client.user + client.system) / 1e6) },
    load: os.loadavg()[0],
    requests: result.requests.total,
    rps: opts.amount ? result.requests.total / seconds : result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    sql: med === null ? 'n/a' : min === max ? String(med) : `${med} (${min}-${max})`,
    sqlMedian: med,
    errors:
      [...codes].map(([c, n]) => `${c} ${n}`).join(', ') ||
      (result.errors || result.timeouts ? `${result.errors} socket errors, ${result.timeouts} timeouts` : 'none'),
    ...(cache.size && {
      outcomes: `Listing cache (x-listing-cache): ${cache.get('hit') ?? 0} hits, ${cache.get('miss') ?? 0} misses`,
    }),
  };
  log(
    `${name}: ${row.rps.toFixed(0)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, SQL ${row.sql}, CPU ms/req api ${row.cpu.api.toFixed(2)} pg ${row.cpu.pg.toFixed(2)} client ${row.cpu.client.toFixed(2)}, load ${row.load.toFixed(2)}, errors: ${row.errors}`,
  );
  return row;
}

function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpu}, nproc ${os.availableParallelism?.() ?? os.cpus().length}, Node ${process.version}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM; 1-minute load average ${os.loadavg()[0].toFixed(2)} at start`;
}

async function main(): Promise<void> {
  const write = process.argv.includes('--write');
  const started = Date.now();
  const startLoad = machine();
  log(`database ${DATABASE_URL}: re-creating and migrating`);
  await recreateDatabase();
  log('seeding');
  const t0 = Date.now();
  const passwordHash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
  const db = new Client({ connectionString: DATABASE_URL });
  await db.connect();
  const seeded: Seeded = await seed(db, DEFAULT_SCALE, PASSWORD, passwordHash);
  const seedSeconds = (Date.now() - t0) / 1000;
  log(`seeded in ${seedSeconds.toFixed(1)} s: ${JSON.stringify(seeded.counts)}`);

  // The company applicant-list scenario reads the most-applied offers of a few companies.
  const hot = await db.query<{ offerId: string; companyId: string; n: string }>(
    `SELECT a."offerId", o."companyId", count(*) AS n FROM application a JOIN offer o ON o.id = a."offerId"
     WHERE a."offerId" <> ALL($1::uuid[]) GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT 40`,
    [seeded.acceptApplications.map((a) => a.offerId).filter((v, i, xs) => xs.indexOf(v) === i)],
  );
  const companyIds = [...new Set(hot.rows.map((r) => r.companyId))].slice(0, 8);
  const applicantOffers = hot.rows.filter((r) => companyIds.includes(r.companyId));

  const port = Number(process.env.BENCH_PORT ?? (await freePort()));
  const base = `http://127.0.0.1:${port}`;
  log(`starting the API on ${base}`);
  const api = startApi(port);
  const stop = () => {
    if (api.exitCode === null) api.kill('SIGTERM');
  };
  process.on('exit', stop);
  try {
    await waitReady(base, api);
    log('signing in');
    const studentTokens = await login(
      base,
      seeded.searchStudents.map((s) => s.email),
    );
    const companyTokens = new Map(
      (
        await login(
          base,
          companyIds.map((id) => seeded.companyAdmins.get(id)!),
        )
      ).map((token, i) => [companyIds[i], token]),
    );
    const contentionTokens = await login(
      base,
      seeded.contentionStudents.map((s) => s.email),
    );
    const tokenOfStudent = new Map(seeded.contentionStudents.map((s, i) => [s.id, contentionTokens[i]]));
    log(`${studentTokens.length + companyTokens.size + contentionTokens.length} tokens`);

    // Sanity: a student sees a full page of offers with every nested relation.
    const check = await gql<{ offers: { edges: { node: { slots: unknown[] } }[] } }>(
      base,
      Q.search,
      { first: 20 },
      studentTokens[0],
    );
    if (check.data.offers.edges.length !== 20)
      throw new Error('A student sees fewer than 20 offers: the seed is wrong');

    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
    let i = 0;
    const anyStudent = () => studentTokens[i++ % studentTokens.length];
    const post = (query: string, variables: Record<string, unknown>, token: string) => ({
      method: 'POST' as const,
      path: '/graphql',
      body: JSON.stringify({ query, variables }),
      headers: bearer(token),
    });
    const warmup = 3;
    const rows: Row[] = [];
    const want = (name: string) => !ONLY || ONLY.has(name);
    probe.apiPid = api.pid!;
    probe.db = db;
    await waitForQuiet();

    if (want('health'))
      rows.push(
        await measure(
          base,
          'health',
          'GET /health (liveness: no GraphQL, no SQL)',
          () => ({ method: 'GET', path: '/health' }),
          { warmup },
        ),
      );
    const trivial = () =>
      measure(
        base,
        'typename',
        '`{ __typename }` with a student token (no resolver runs, so no token check and no SQL)',
        () => post(Q.typename, {}, anyStudent()),
        { warmup },
      );
    if (want('typename')) rows.push(await trivial());
    if (want('me'))
      rows.push(
        await measure(
          base,
          'me',
          '`{ me { id fullName role } }`: the smallest operation that checks the token (its statement loads the member it answers with; the token check reads the sign-in cache)',
          () => post(Q.me, {}, anyStudent()),
          { warmup },
        ),
      );
    if (want('search'))
      rows.push(
        await measure(
          base,
          'search',
          `student offer search: \`offers(first: 20)\`, default sort, each offer with company, facility, slots and virtual twin (${studentTokens.length} students, 2 per study level)`,
          () => post(Q.search, { first: 20 }, anyStudent()),
          { warmup },
        ),
      );
    // The trivial query again, right after the search: the machine is shared, so the ratio uses both.
    if (want('typename') && want('search')) rows.push({ ...(await trivial()), name: 'typename (again)' });
    const filters = [
      { text: 'CAR-T manufacturing' },
      { topics: ['GMP', 'QC_QA'] },
      { kind: 'SITE_VISIT', hasVirtualTwin: true },
      { text: 'aseptic', topics: ['ASEPTIC_PROCESSING'] },
      { near: { latitude: 51.5, longitude: -0.12, radiusKm: 300 } },
    ];
    let f = 0;
    const filtered = () => {
      const filter = filters[f++ % filters.length];
      return post(Q.search, { first: 20, filter, sort: 'near' in filter ? 'DISTANCE' : 'DEADLINE' }, anyStudent());
    };
    if (want('search-filtered')) {
      rows.push(
        await measure(
          base,
          'search-filtered',
          'the same page with filters in rotation: full text; topics; kind + hasVirtualTwin; text + topic; near London 300 km sorted by distance',
          filtered,
          { warmup },
        ),
      );
    }
    // The search while listings change: 10 times a second a slot row is rewritten (as an accept
    // or a company's edit would), each change notifies the API and empties its listing cache.
    if (want('search-churn')) {
      const slots = (await db.query<{ id: string }>(`SELECT id FROM offer_slot LIMIT 100`)).rows.map((r) => r.id);
      let changes = 0;
      const churn = setInterval(() => {
        void db.query(`UPDATE offer_slot SET capacity = capacity WHERE id = $1`, [slots[changes++ % slots.length]]);
      }, 100);
      try {
        const row = await measure(
          base,
          'search-churn',
          'the search while the listing changes 10 times a second (a slot row rewritten by SQL, as an accept would; each change empties the listing cache)',
          () => post(Q.search, { first: 20 }, anyStudent()),
          { warmup },
        );
        rows.push({ ...row, outcomes: `${row.outcomes ?? ''}; ${changes} listing changes during warm-up and run` });
      } finally {
        clearInterval(churn);
      }
    }

    // The same searches on a second API process with the listing cache off: what a search costs
    // when it runs (a cache miss, an uncommon filter, a page nobody asked for yet).
    if (want('search-uncached') || want('search-filtered-uncached')) {
      const uncachedPort = await freePort();
      const uncachedBase = `http://127.0.0.1:${uncachedPort}`;
      log(`starting a second API with the listing cache off on ${uncachedBase}`);
      const uncached = startApi(uncachedPort, { LISTING_CACHE_ENTRIES: '0' });
      try {
        await waitReady(uncachedBase, uncached);
        probe.apiPid = uncached.pid!;
        await waitForQuiet();
        if (want('search-uncached')) {
          rows.push(
            await measure(
              uncachedBase,
              'search-uncached',
              'the search on an API with the listing cache off (LISTING_CACHE_ENTRIES=0): every request runs the query (the sign-in cache stays on, as deployed)',
              () => post(Q.search, { first: 20 }, anyStudent()),
              { warmup },
            ),
          );
        }
        if (want('search-filtered-uncached')) {
          rows.push(
            await measure(
              uncachedBase,
              'search-filtered-uncached',
              'the filtered searches in rotation with the listing cache off',
              filtered,
              { warmup },
            ),
          );
        }
      } finally {
        probe.apiPid = api.pid!;
        await stopApi(uncached);
      }
    }

    // The uncached search on another build (the before of a change), on a third API process.
    if (BEFORE_API_MAIN && want('search-uncached-before')) {
      const beforePort = await freePort();
      const beforeBase = `http://127.0.0.1:${beforePort}`;
      log(`starting ${BEFORE_API_MAIN} with the listing cache off on ${beforeBase}`);
      const before = startApi(beforePort, { LISTING_CACHE_ENTRIES: '0' }, BEFORE_API_MAIN);
      try {
        await waitReady(beforeBase, before);
        probe.apiPid = before.pid!;
        await waitForQuiet();
        rows.push(
          await measure(
            beforeBase,
            'search-uncached-before',
            `search-uncached on the build before the change (${path.relative(ROOT, BEFORE_API_MAIN)})`,
            () => post(Q.search, { first: 20 }, anyStudent()),
            { warmup },
          ),
        );
      } finally {
        probe.apiPid = api.pid!;
        await stopApi(before);
      }
    }

    // The comparison: PostGraphile 4 serving the same page from the same database, without access checks.
    if (want('postgraphile')) {
      const pglPort = await freePort();
      const pglBase = `http://127.0.0.1:${pglPort}`;
      log(`starting PostGraphile on ${pglBase}`);
      const pgl = startApi(pglPort, {}, POSTGRAPHILE_MAIN);
      try {
        await waitReady(pglBase, pgl);
        const page = await gql<{ allOffers: { edges: { node: { slots: { nodes: unknown[] } } }[] } }>(
          pglBase,
          Q.postgraphile,
          { first: 20 },
        );
        if (page.data.allOffers.edges.length !== 20) throw new Error('PostGraphile serves fewer than 20 offers');
        probe.apiPid = pgl.pid!;
        await waitForQuiet();
        rows.push(
          await measure(
            pglBase,
            'postgraphile',
            'PostGraphile 4 (auto-generated, no access checks, NODE_ENV=development, pool of 20) serving the same page: `allOffers(first: 20)` with company, facility, slots and virtual twin',
            () => ({ ...post(Q.postgraphile, { first: 20 }, ''), headers: {} }),
            { warmup },
          ),
        );
      } finally {
        probe.apiPid = api.pid!;
        await stopApi(pgl);
      }
    }

    let a = 0;
    if (want('applicants')) {
      rows.push(
        await measure(
          base,
          'applicants',
          `company applicant list: \`applications(offerId, first: 20)\` with student (and program) and history; the ${applicantOffers.length} most-applied offers of ${companyIds.length} companies (${applicantOffers.at(-1)?.n}-${applicantOffers[0]?.n} applicants each)`,
          () => {
            const o = applicantOffers[a++ % applicantOffers.length];
            return post(Q.applicants, { offerId: o.offerId, first: 20 }, companyTokens.get(o.companyId)!);
          },
          { warmup },
        ),
      );
    }

    // applyToOffer under contention: every contention student applies to each of a few offers,
    // offer by offer, so the connections in flight all hit the same offer.
    if (want('applyToOffer')) {
      const pairs = seeded.applyOffers.flatMap((o) =>
        seeded.contentionStudents.map((s) => ({ offer: o, token: tokenOfStudent.get(s.id)! })),
      );
      let p = 0;
      rows.push(
        await measure(
          base,
          'applyToOffer',
          `${seeded.contentionStudents.length} students apply to each of ${seeded.applyOffers.length} offers, each pair once (${pairs.length} requests), offer by offer so that all connections hit one offer at a time`,
          () => {
            const pair = pairs[Math.min(p++, pairs.length - 1)];
            return post(
              Q.apply,
              {
                input: {
                  offerId: pair.offer.id,
                  slotId: pair.offer.slotId,
                  motivation: 'I want to see a GMP cleanroom at work.',
                  rank: 1,
                },
              },
              pair.token,
            );
          },
          { amount: pairs.length },
        ),
      );
      const stored = await db.query<{ n: string }>(
        `SELECT count(*) AS n FROM application WHERE "offerId" = ANY($1::uuid[])`,
        [seeded.applyOffers.map((o) => o.id)],
      );
      rows.at(-1)!.outcomes = `${stored.rows[0].n} applications stored (expected ${pairs.length})`;
    }

    // acceptOffer on small capacity: every contention student holds an OFFERED application to each
    // of a few offers whose one slot has only a few seats; they all accept, offer by offer.
    if (want('acceptOffer')) {
      let c = 0;
      const outcome = new Map<string, number>();
      rows.push(
        await measure(
          base,
          'acceptOffer',
          `${seeded.contentionStudents.length} students holding an offer accept it, on each of ${seeded.acceptSlots.length} offers with ${DEFAULT_SCALE.acceptCapacity} seats (${seeded.acceptApplications.length} requests), offer by offer: all connections queue on one slot row`,
          () => {
            const app = seeded.acceptApplications[Math.min(c++, seeded.acceptApplications.length - 1)];
            return post(Q.accept, { id: app.applicationId }, tokenOfStudent.get(app.studentId)!);
          },
          {
            amount: seeded.acceptApplications.length,
            onBody: (body) => {
              const status = /"status":"([A-Z]+)"/.exec(body)?.[1] ?? 'error';
              outcome.set(status, (outcome.get(status) ?? 0) + 1);
            },
          },
        ),
      );
      const seats = await db.query<{ taken: number; capacity: number }>(
        `SELECT taken, capacity FROM offer_slot WHERE id = ANY($1::uuid[])`,
        [seeded.acceptSlots],
      );
      const full = seats.rows.every((s) => s.taken === s.capacity);
      const stored = await db.query<{ status: string; n: string }>(
        `SELECT status, count(*) AS n FROM application WHERE "slotId" = ANY($1::uuid[]) GROUP BY 1 ORDER BY 1`,
        [seeded.acceptSlots],
      );
      rows.at(-1)!.outcomes =
        `Responses: ${[...outcome].map(([k, n]) => `${k} ${n}`).join(', ')}; stored: ${stored.rows.map((r) => `${r.status} ${r.n}`).join(', ')}; every slot exactly full: ${full}`;
    }

    await db.end();
    const typenames = rows.filter((r) => r.name.startsWith('typename'));
    const trivialRps = typenames.length ? typenames.reduce((sum, r) => sum + r.rps, 0) / typenames.length : NaN;
    const md = report(rows, trivialRps, seeded, seedSeconds, startLoad, (Date.now() - started) / 1000);
    process.stdout.write(`${md}\n`);
    writeFileSync(path.join(ROOT, 'dist/bench/api/last-run.md'), md);
    if (write) writeSection(md);
  } finally {
    await stopApi(api);
  }
}

function report(
  rows: Row[],
  trivial: number,
  seeded: Seeded,
  seedSeconds: number,
  startLoad: string,
  totalSeconds: number,
): string {
  const date = new Date().toISOString().slice(0, 10);
  const search = rows.find((r) => r.name === 'search');
  const ratio = search ? search.rps / trivial : NaN;
  const lines = [
    `Measured ${date} by \`node dist/bench/api/run.js\` on ${startLoad}. PostgreSQL 15, Redis, the API (one Node process, NODE_ENV=development, LOG_LEVEL=warn, pool of 20 connections) and autocannon all share the same cores. ${CONNECTIONS} connections; read scenarios run ${DURATION} s after a 3 s warm-up, write scenarios run a fixed number of requests; whole run ${totalSeconds.toFixed(0)} s.`,
    '',
    `Data set, seeded in ${seedSeconds.toFixed(1)} s: ${Object.entries(seeded.counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}.`,
    '',
    '| scenario | req/s | p50 ms | p99 ms | SQL / request | req/s / trivial query | CPU ms / request: API, PostgreSQL, autocannon | load avg after | errors |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.sql} | ${(r.rps / trivial).toFixed(2)} | ${r.cpu.api.toFixed(2)}, ${r.cpu.pg.toFixed(2)}, ${r.cpu.client.toFixed(2)} | ${r.load.toFixed(2)} | ${r.errors} |`,
    ),
    '',
    ...rows
      .filter((r) => r.name !== 'typename (again)')
      .map((r) => `- ${r.name}: ${r.what}.${r.outcomes ? ` ${r.outcomes}.` : ''}`),
    "- SQL / request: the x-sql-statements header of every measured response (median, and range when it varies). Trivial query: the mean of the two `{ __typename }` runs. CPU: user + system time of the API process and of the database's backends (/proc), and of this process (autocannon), divided by the requests.",
    '',
    search
      ? `Target: the student offer search at least 1/3 of the trivial query's throughput: ${ratio >= TARGET_RATIO ? '**met**' : '**NOT met**'} (${ratio.toFixed(2)}, as deployed: the listing cache on).`
      : '',
    ...[rows.find((r) => r.name === 'search-churn'), rows.find((r) => r.name === 'search-uncached')]
      .filter((r): r is Row => !!r)
      .map(
        (r) =>
          `The same search ${r.name === 'search-churn' ? 'while the listing changes 10 times a second' : 'with the listing cache off'}: ${(r.rps / trivial).toFixed(2)} of the trivial query.`,
      ),
    ...(() => {
      const uncached = rows.find((r) => r.name === 'search-uncached');
      const pgl = rows.find((r) => r.name === 'postgraphile');
      const before = rows.find((r) => r.name === 'search-uncached-before');
      return [
        uncached && pgl
          ? `Target: the uncached search at least matches PostGraphile on the same page: ${uncached.rps >= pgl.rps ? '**met**' : '**NOT met**'} (${(uncached.rps / pgl.rps).toFixed(2)} of its req/s).`
          : '',
        uncached && before
          ? `The uncached search against the build before the change: ${(uncached.rps / before.rps).toFixed(2)} times its req/s${pgl ? ` (before: ${(before.rps / pgl.rps).toFixed(2)} of PostGraphile's)` : ''}.`
          : '',
      ].filter(Boolean);
    })(),
  ];
  return lines.join('\n');
}

/** Replaces the generated part of the "## API" section of bench/RESULTS.md, leaving the rest alone. */
function writeSection(md: string): void {
  const text = readFileSync(RESULTS, 'utf8');
  const begin = '<!-- bench:api:begin (generated by node dist/bench/api/run.js --write) -->';
  const end = '<!-- bench:api:end -->';
  const block = `${begin}\n${md}\n${end}`;
  let next: string;
  if (text.includes(begin) && text.includes(end))
    next = text.slice(0, text.indexOf(begin)) + block + text.slice(text.indexOf(end) + end.length);
  else if (/^## API\s*$/m.test(text)) next = text.replace(/^## API\s*$/m, `## API\n\n${block}`);
  else next = `${text.trimEnd()}\n\n## API\n\n${block}\n`;
  writeFileSync(RESULTS, next);
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  },
);
