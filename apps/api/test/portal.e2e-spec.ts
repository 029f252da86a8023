import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { startApi, TestApi } from './support/apps';
import { portalDirectory, repositoryRoot } from '../src/portal/portal.module';

const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/x.js"></script></head><body><div id="root"></div></body></html>';

describe('the portal served by the API (e2e)', () => {
  let api: TestApi;
  let dist: string;
  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), 'practicum-web-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), INDEX);
    writeFileSync(path.join(dist, 'assets', 'x.js'), 'console.log("portal")');
    // What the build writes beside each asset (apps/web/vite.config.mts).
    writeFileSync(path.join(dist, 'assets', 'x.js.br'), brotliCompressSync('console.log("portal")'));
    writeFileSync(path.join(dist, 'assets', 'x.js.gz'), gzipSync('console.log("portal")'));
    writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    api = await startApi({ WEB_DIST_DIR: dist });
  });
  afterAll(async () => {
    await api.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (p: string, headers: Record<string, string> = {}) =>
    fetch(`${api.url}${p}`, { headers, redirect: 'manual' });

  it('serves index.html at / with no-cache and the security headers', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(await res.text()).toBe(INDEX);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers client-side routes with index.html', async () => {
    for (const route of ['/student/offers', '/company/offers/123/applicants', '/reset-password?token=abc']) {
      const res = await get(route, { accept: 'text/html' });
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(INDEX);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
  });

  it('serves hashed assets as immutable, other files revalidated, and 404s a missing file', async () => {
    const js = await get('/assets/x.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(await js.text()).toBe('console.log("portal")');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const icon = await get('/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers.get('cache-control')).toBe('no-cache');
    expect((await get('/assets/missing.js')).status).toBe(404);
    expect((await get('/missing.png')).status).toBe(404);
  });

  it("sends the build's compressed copy of an asset to a browser that accepts it, and the plain file otherwise", async () => {
    const br = await get('/assets/x.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(br.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await br.text()).toBe('console.log("portal")');
    const gz = await get('/assets/x.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(await gz.text()).toBe('console.log("portal")');
    const plain = await get('/assets/x.js', { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe('console.log("portal")');
    expect((await get('/assets/missing.js', { 'accept-encoding': 'gzip, br' })).status).toBe(404);
  });

  it('leaves /graphql, /health and /admin/queues to the API', async () => {
    const gql = await api.gql(`{ organizations { id } }`);
    expect(gql.errors).toBeUndefined();
    const sandbox = await get('/graphql', { accept: 'text/html' });
    expect(await sandbox.text()).not.toBe(INDEX);
    const health = await get('/health');
    expect(health.status).toBe(200);
    expect(health.headers.get('content-type')).toMatch(/json/);
    const queues = await get('/admin/queues', { accept: 'text/html' });
    expect(queues.status).toBe(401);
    const unknownHealth = await get('/health/nothing-here');
    expect(await unknownHealth.text()).not.toBe(INDEX);
  });

  it('finds the repository root from the sources and resolves the default folder in it', () => {
    const root = repositoryRoot();
    expect(existsSync(path.join(root, 'nest-cli.json'))).toBe(true);
    expect(portalDirectory({ WEB_DIST_DIR: 'apps/web/dist' })).toBe(path.join(root, 'apps/web/dist'));
    expect(repositoryRoot(path.join(root, 'dist/apps/api/src/portal'))).toBe(root);
  });
});
