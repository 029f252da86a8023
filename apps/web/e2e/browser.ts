import AxeBuilder from '@axe-core/playwright';
import type { INestApplicationContext } from '@nestjs/common';
import { seed } from '@practicum/database';
import { createMigratedDatabase } from '@practicum/testing';
import { startApi, startWorker, type TestApi } from '../../api/test/support/apps';
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, request, Server } from 'node:http';
import { AddressInfo, connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { DataSource } from 'typeorm';

const root = path.resolve(__dirname, '../../..');
const web = path.join(root, 'apps/web');
const dist = path.join(web, 'dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's chromium (no browser download is possible here): installed with apt when missing. */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  if (!existsSync(CHROMIUM)) throw new Error(`chromium is not at ${CHROMIUM} after apt-get install`);
}

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

/** Builds the portal when apps/web/dist is missing or older than a source file. */
export function ensurePortalBuilt(): void {
  const index = path.join(dist, 'index.html');
  const sources = Math.max(
    newest(path.join(web, 'src')),
    statSync(path.join(web, 'index.html')).mtimeMs,
    statSync(path.join(root, 'apps/api/schema.graphql')).mtimeMs,
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  // Jest sets NODE_ENV=test, which would make Vite bundle React's development build.
  execSync('npm run -s web:build', { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * The portal's origin: the API itself when it serves apps/web/dist at `/`, otherwise a small
 * server of this test that serves the build with the SPA fallback and forwards /graphql (HTTP and
 * WebSocket) to the API, so that the browser sees one origin either way.
 */
export async function portalOrigin(apiUrl: string): Promise<{ url: string; close(): Promise<void> }> {
  const probe = await fetch(`${apiUrl}/sign-in`, { headers: { accept: 'text/html' } }).catch(() => null);
  if (probe?.ok && (await probe.text()).includes('<div id="root">'))
    return { url: apiUrl, close: async () => undefined };

  const api = new URL(apiUrl);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://portal');
    if (url.pathname.startsWith('/graphql')) {
      const upstream = request(
        {
          host: api.hostname,
          port: api.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: api.host },
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
      return;
    }
    const file = path.join(dist, path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ''));
    const target =
      file.startsWith(dist) && existsSync(file) && statSync(file).isFile() ? file : path.join(dist, 'index.html');
    res.writeHead(200, {
      'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream',
      'cache-control': target.includes(`${path.sep}assets${path.sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    });
    res.end(readFileSync(target));
  });
  server.on('upgrade', (req, socket, head) => {
    const upstream = connect(Number(api.port), api.hostname, () => {
      const lines = [
        `${req.method} ${req.url} HTTP/1.1`,
        ...Object.entries(req.headers).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : v}`),
      ];
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      upstream.write(head);
      upstream.pipe(socket).pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Debian chromium with a fresh profile of its own. */
export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'practicum-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/Stockholm',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** axe-core's serious and critical WCAG 2.1 A/AA violations of the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .map((n) => `${n.target.join(' ')} (${n.any.map((c) => c.message).join('; ')})`)
          .slice(0, 5)
          .join(' | ')}`,
    );
}

/** Saves a PNG of the page when PORTAL_SCREENSHOTS names a folder. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.PORTAL_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/** How far the page scrolls sideways (0 when nothing sticks out of the viewport). */
export const horizontalOverflow = (page: Page) =>
  page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');

const DEMO_PASSWORD = 'Practicum-demo-2026';

export interface PortalJourney {
  api: TestApi;
  /** The API's DataSource, for the few set-up steps a journey cannot take through the API (time passing). */
  dataSource: DataSource;
  origin: { url: string; close(): Promise<void> };
  browser: Browser;
  page: Page;
  /** Every page `check` looked at, with its serious and critical axe violations. */
  visited: { name: string; violations: string[] }[];
  /** Lets the page settle (network, pointer off the page, transitions ended), runs axe on it and keeps a screenshot. */
  check: (name: string) => Promise<void>;
  /** Signs in through the sign-in page (a demo member's password by default) and waits for the area's first heading. */
  signIn: (email: string, password?: string) => Promise<void>;
  /** Signs out with the header's button and waits for the sign-in page. */
  signOut: () => Promise<void>;
  close(): Promise<void>;
}

/**
 * One browser journey's world: the built portal, served with the real API (and, when asked, the
 * worker) on a migrated database of its own with the demo data, and a fresh headless chromium.
 */
export async function startPortalJourney(options: { worker?: boolean } = {}): Promise<PortalJourney> {
  ensureChromium();
  ensurePortalBuilt();
  const database = await createMigratedDatabase();
  const api = await startApi({ DATABASE_URL: database.url });
  const worker: INestApplicationContext | null = options.worker
    ? await startWorker({ DATABASE_URL: database.url })
    : null;
  const dataSource = api.app.get(DataSource);
  await seed(dataSource);
  const origin = await portalOrigin(api.url);
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  const visited: PortalJourney['visited'] = [];
  return {
    api,
    dataSource,
    origin,
    browser,
    page,
    visited,
    async check(name) {
      await page.waitForLoadState('networkidle');
      // The pointer rests off the page: a hovered active navigation link is the theme's concern, not the page's.
      await page.mouse.move(0, 0);
      // Colours are checked once the navigation's and buttons' transitions have ended.
      await page.waitForFunction(() =>
        (globalThis as unknown as { document: { getAnimations(): { playState: string }[] } }).document
          .getAnimations()
          .every((a) => a.playState !== 'running'),
      );
      visited.push({ name, violations: await seriousViolations(page) });
      await screenshot(page, name);
    },
    async signIn(email, password = DEMO_PASSWORD) {
      await page.goto(`${origin.url}/sign-in`);
      await page.getByRole('textbox', { name: 'Email' }).fill(email);
      await page.getByRole('textbox', { name: 'Password' }).fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL((url) => url.pathname !== '/sign-in');
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    },
    async signOut() {
      if (
        (page.viewportSize()?.width ?? 1280) < 768 &&
        (await page.getByRole('button', { name: 'Sign out' }).isHidden())
      )
        await page.getByRole('button', { name: 'Open navigation' }).click();
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    },
    async close() {
      await browser.close();
      await origin.close();
      await worker?.close();
      await api.close();
      await database.drop();
    },
  };
}
