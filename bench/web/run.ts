/*
 * Portal benchmark: the size of what the built portal sends (gzip -9 of the JS and CSS that `/`
 * loads before sign-in, and of what each area adds after it) and Lighthouse's performance and
 * accessibility scores, run with the system's chromium against the portal as the real API serves
 * it (same origin as /graphql), on a fresh database with the demo data.
 *   npm run bench:web            (builds the API and the portal, then node dist/bench/web/run.js --write)
 * --write puts the results into bench/RESULTS.md between the bench:web markers.
 * Environment: BENCH_WEB_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/practicum_bench_web;
 * its name must contain "bench": it is dropped and re-created), CHROMIUM_PATH (default
 * /usr/bin/chromium), BENCH_WEB_RUNS (Lighthouse runs per page, default 3; the median is kept),
 * BENCH_MAX_LOAD and BENCH_MAX_WAIT (wait up to 180 s for the 1-minute load average to fall to 1.5), REDIS_URL.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { seed, typeormOptions } from '@practicum/database';

const ROOT = path.resolve(__dirname, '../../..');
const API_MAIN = path.join(ROOT, 'dist/apps/api/src/main.js');
const DIST = path.join(ROOT, 'apps/web/dist');
const RESULTS = path.join(ROOT, 'bench/RESULTS.md');
const DATABASE_URL = process.env.BENCH_WEB_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/practicum_bench_web';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Math.max(1, Number(process.env.BENCH_WEB_RUNS ?? 3));
const STUDENT = { email: 'amelia.jones@student.ucl.example', password: 'Practicum-demo-2026' };
const TARGETS = { performance: 90, accessibility: 95, entryKb: 250 };
const AREAS: Record<string, string> = {
  student: 'src/student/StudentArea.tsx',
  company: 'src/company/CompanyArea.tsx',
  university: 'src/university/UniversityArea.tsx',
  admin: 'src/admin/AdminArea.tsx',
};

const log = (msg: string) => process.stderr.write(`[bench:web] ${msg}\n`);
const MAX_LOAD = Number(process.env.BENCH_MAX_LOAD ?? 1.5);
const MAX_WAIT_S = Number(process.env.BENCH_MAX_WAIT ?? 180);

/** Lighthouse's simulated times scale with the CPU it gets: on a shared machine, wait (a bounded time) for the load to settle. */
async function waitForQuiet(): Promise<void> {
  const until = Date.now() + MAX_WAIT_S * 1000;
  while (os.loadavg()[0] > MAX_LOAD && Date.now() < until) {
    log(`load average ${os.loadavg()[0].toFixed(2)} > ${MAX_LOAD}: waiting`);
    await new Promise((r) => setTimeout(r, 10_000));
  }
}

// lighthouse and chrome-launcher are ES modules; with module "commonjs" tsc would turn import() into require().
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- the one way to keep a real import() under module commonjs
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<any>;

// ---------------------------------------------------------------------------------------------
// Sizes

const gzipKb = (file: string) => gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length / 1000;

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

/** The JS and CSS files index.html makes the browser load: its module script, module preloads and stylesheets. */
function entryFiles(): string[] {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const files = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const url = /\b(?:src|href)="\/?([^"]+)"/.exec(tag)?.[1];
    if (!url || !/\.(js|css)$/.test(url)) continue;
    if (tag.startsWith('<script') || /rel="(stylesheet|modulepreload)"/.test(tag)) files.add(url);
  }
  return [...files];
}

/** A chunk's JS and CSS with everything it imports statically (what loading it fetches). */
function closure(manifest: Record<string, ManifestChunk>, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  chunk.css?.forEach((css) => into.add(css));
  chunk.imports?.forEach((imported) => closure(manifest, imported, into));
  return into;
}

interface Sizes {
  entry: { files: number; js: number; css: number; total: number };
  areas: { area: string; files: number; js: number; css: number; total: number }[];
}

function measureSizes(): Sizes {
  const manifest = JSON.parse(readFileSync(path.join(DIST, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const sum = (files: string[]) => {
    const js = files.filter((f) => f.endsWith('.js')).reduce((s, f) => s + gzipKb(f), 0);
    const css = files.filter((f) => f.endsWith('.css')).reduce((s, f) => s + gzipKb(f), 0);
    return { files: files.length, js, css, total: js + css };
  };
  const entry = entryFiles();
  const loaded = new Set(entry);
  const areas = Object.entries(AREAS).map(([area, src]) => {
    if (!manifest[src]) throw new Error(`${src} is not a chunk of its own in the build's manifest`);
    // What opening the area adds to what `/` already loaded.
    const added = [...closure(manifest, src)].filter((f) => !loaded.has(f));
    return { area, ...sum(added) };
  });
  return { entry: sum(entry), areas };
}

// ---------------------------------------------------------------------------------------------
// The API serving the portal

async function recreateDatabase(): Promise<void> {
  const url = new URL(DATABASE_URL);
  const name = url.pathname.slice(1);
  if (!/^[a-z0-9_]*bench[a-z0-9_]*$/.test(name))
    throw new Error(`Refusing to drop database "${name}": the bench database's name must contain "bench"`);
  url.pathname = '/postgres';
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const ds = new DataSource(typeormOptions(DATABASE_URL, { logging: false }));
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await seed(ds);
  await ds.destroy();
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

function startApi(port: number): ChildProcess {
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL,
      PORT: String(port),
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      REDIS_PREFIX: 'bench-web',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr.on('data', (chunk: Buffer) => process.stderr.write(`[api] ${chunk.toString()}`));
  return child;
}

async function waitReady(base: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API exited with code ${child.exitCode}`);
    const res = await fetch(`${base}/health/ready`).catch(() => null);
    if (res?.ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('The API did not become ready within 60 s');
}

/** The session cookie the API sets on `login`, as a Cookie header. */
async function signIn(base: string): Promise<string> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({
      query: 'mutation($input: LoginInput!) { login(input: $input) { expiresAt } }',
      variables: { input: STUDENT },
    }),
  });
  const body = (await res.json()) as { errors?: unknown };
  if (body.errors) throw new Error(`login failed: ${JSON.stringify(body.errors)}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('practicum_token='));
  if (!cookie) throw new Error('login set no practicum_token cookie');
  return cookie;
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

interface Score {
  page: string;
  path: string;
  performance: number;
  accessibility: number;
  runs: number[];
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  si: number;
  failedAudits: string[];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function lighthouseScores(base: string, cookie: string): Promise<{ version: string; scores: Score[] }> {
  const { default: lighthouse } = await importEsm('lighthouse');
  const chromeLauncher = await importEsm('chrome-launcher');
  const version = JSON.parse(readFileSync(require.resolve('lighthouse/package.json'), 'utf8')).version as string;
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const pages = [
    // `sent`: the operation the page must have sent, so that a run where the app did not start fails instead of scoring well.
    { page: 'sign-in', path: '/sign-in', headers: {}, sent: 'Me' },
    {
      page: 'student offer search (signed in)',
      path: '/student/offers',
      headers: { Cookie: cookie },
      sent: 'OfferSearch',
    },
  ];
  const scores: Score[] = [];
  try {
    for (const p of pages) {
      const results: any[] = [];
      for (let run = 0; run < RUNS; run++) {
        // Lighthouse's defaults: a mobile device, simulated slow 4G and a 4x slower CPU, a cold cache.
        const result = await lighthouse(`${base}${p.path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
          extraHeaders: p.headers,
        });
        const lhr = result.lhr;
        if (lhr.runtimeError) throw new Error(`Lighthouse on ${p.path}: ${lhr.runtimeError.message}`);
        if (new URL(lhr.finalDisplayedUrl).pathname !== p.path)
          throw new Error(`Lighthouse on ${p.path} ended on ${lhr.finalDisplayedUrl}`);
        const requests = lhr.audits['network-requests'].details.items as { url: string }[];
        if (!requests.some((r) => r.url.includes(`operationName=${p.sent}&`)))
          throw new Error(`Lighthouse on ${p.path}: the page never sent ${p.sent} (did the app start?)`);
        results.push(lhr);
        log(
          `${p.path} run ${run + 1}: performance ${Math.round(lhr.categories.performance.score * 100)}, accessibility ${Math.round(lhr.categories.accessibility.score * 100)}`,
        );
      }
      const perf = results.map((r) => Math.round(r.categories.performance.score * 100));
      const chosen = results[perf.indexOf(median(perf))];
      // The whole report of the median run, to read when a score drops (open it in Lighthouse's viewer).
      writeFileSync(
        path.join(__dirname, `${p.path.replace(/\W+/g, '-').replace(/^-/, '')}.report.json`),
        JSON.stringify(chosen),
      );
      const audit = (id: string) => chosen.audits[id].numericValue as number;
      scores.push({
        page: p.page,
        path: p.path,
        performance: median(perf),
        accessibility: median(results.map((r) => Math.round(r.categories.accessibility.score * 100))),
        runs: perf,
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        si: audit('speed-index'),
        failedAudits: chosen.categories.accessibility.auditRefs
          .filter(
            (ref: { id: string; weight: number }) =>
              ref.weight > 0 && chosen.audits[ref.id].score !== null && chosen.audits[ref.id].score < 1,
          )
          .map((ref: { id: string }) => ref.id),
      });
    }
  } finally {
    await chrome.kill();
  }
  return { version, scores };
}

// ---------------------------------------------------------------------------------------------
// Report

function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'chromium';
  }
}

function report(sizes: Sizes, lh: { version: string; scores: Score[] }, loadStart: number): string {
  const kb = (n: number) => n.toFixed(1);
  const met = (ok: boolean) => (ok ? 'met' : '**NOT met**');
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} by \`node dist/bench/web/run.js\` on ${os.cpus()[0]?.model.split(' ')[0] ?? 'x86'}, nproc ${os.cpus().length}, Node ${process.version}; Lighthouse ${lh.version} with ${chromiumVersion()} (headless); 1-minute load average ${loadStart.toFixed(2)} when Lighthouse started (the machine is shared; the performance score moves with it). The API (\`dist/apps/api/src/main.js\`, NODE_ENV=development, as npm start runs it) serves the production build of \`apps/web\` at \`/\` on a fresh database with the demo data.`,
    '',
    '### Bundle size (gzip -9)',
    '',
    '| what | files | JS kB | CSS kB | total kB |',
    '| --- | --- | --- | --- | --- |',
    `| \`/\` before sign-in (index.html's script, module preloads, stylesheets) | ${sizes.entry.files} | ${kb(sizes.entry.js)} | ${kb(sizes.entry.css)} | ${kb(sizes.entry.total)} |`,
    ...sizes.areas.map(
      (a) =>
        `| + the ${a.area} area (its chunk and static imports not already loaded) | ${a.files} | ${kb(a.js)} | ${kb(a.css)} | ${kb(a.total)} |`,
    ),
    '',
    'Each page inside an area is a lazy chunk of its own on top of these.',
    '',
    `### Lighthouse (median of ${RUNS} runs; Lighthouse's default mobile profile: simulated slow 4G, 4x CPU slowdown, cold cache)`,
    '',
    '| page | performance (runs) | accessibility | FCP ms | LCP ms | TBT ms | CLS | Speed Index ms | accessibility audits not passed |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...lh.scores.map(
      (s) =>
        `| ${s.page} \`${s.path}\` | ${s.performance} (${s.runs.join(', ')}) | ${s.accessibility} | ${Math.round(s.fcp)} | ${Math.round(s.lcp)} | ${Math.round(s.tbt)} | ${s.cls.toFixed(3)} | ${Math.round(s.si)} | ${s.failedAudits.join(', ') || 'none'} |`,
    ),
    '',
    `Targets: \`/\` at most ${TARGETS.entryKb} kB gzip: ${met(sizes.entry.total <= TARGETS.entryKb)} (${kb(sizes.entry.total)} kB); ` +
      lh.scores
        .map(
          (s) =>
            `${s.page}: performance ≥ ${TARGETS.performance} ${met(s.performance >= TARGETS.performance)} (${s.performance}), accessibility ≥ ${TARGETS.accessibility} ${met(s.accessibility >= TARGETS.accessibility)} (${s.accessibility})`,
        )
        .join('; ') +
      '.',
  ];
  return lines.join('\n');
}

function writeResults(md: string): void {
  const begin = '<!-- bench:web:begin (generated by node dist/bench/web/run.js --write) -->';
  const end = '<!-- bench:web:end -->';
  const current = readFileSync(RESULTS, 'utf8');
  const block = `${begin}\n${md}\n${end}`;
  const next = current.includes(begin)
    ? current.slice(0, current.indexOf(begin)) + block + current.slice(current.indexOf(end) + end.length)
    : `${current.trimEnd()}\n\n## Portal\n\n${block}\n`;
  writeFileSync(RESULTS, next);
}

async function main(): Promise<void> {
  if (!existsSync(path.join(DIST, '.vite/manifest.json')))
    throw new Error('No portal build with a manifest in apps/web/dist: run npm run web:build first');
  if (!existsSync(CHROMIUM))
    throw new Error(`No chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  const sizes = measureSizes();
  log(`/ loads ${sizes.entry.total.toFixed(1)} kB gzip`);
  log('recreating the database with the demo data');
  await recreateDatabase();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const api = startApi(port);
  try {
    await waitReady(base, api);
    const served = await fetch(`${base}/sign-in`).then((r) => r.text());
    if (!served.includes('<div id="root">')) throw new Error('The API does not serve the portal at /');
    const cookie = await signIn(base);
    await waitForQuiet();
    const loadStart = os.loadavg()[0];
    const lh = await lighthouseScores(base, cookie);
    const md = report(sizes, lh, loadStart);
    process.stdout.write(`${md}\n`);
    if (process.argv.includes('--write')) {
      writeResults(md);
      log(`wrote ${path.relative(ROOT, RESULTS)}`);
    }
  } finally {
    const exited = new Promise((resolve) => api.once('exit', resolve));
    api.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(
      `bench:web failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
