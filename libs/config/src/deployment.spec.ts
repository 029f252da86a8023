import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, parseDocument } from 'yaml';
import { AppConfig, DEV_JWT_SECRET, DEV_PLATFORM_ADMIN_PASSWORD } from './app-config';

const root = path.resolve(__dirname, '../../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

/** The production Compose file and .env.example keep up with the settings Practicum reads. */
describe('deployment files', () => {
  const compose = read('docker-compose.yml');
  const example = read('.env.example');
  /** Variables .env.example names, set or commented out (`# NAME=`). */
  const listed = new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));
  /** The settings the Compose file itself gives the API, the worker and the migrations. */
  const appEnv = compose.slice(compose.indexOf('environment: &app-env'), compose.indexOf('\nservices:'));
  const setByCompose = new Set([...appEnv.matchAll(/^ {4}([A-Z][A-Z0-9_]*):/gm)].map((m) => m[1]));

  it.each(['docker-compose.yml', 'docker-compose.dev.yml'])('%s is valid YAML', (file) => {
    // An unquoted `: ` inside a ${VAR:?message} made the whole file unreadable to Compose once.
    const document = parseDocument(read(file));
    expect(document.errors.map((error) => error.message)).toEqual([]);
    expect(Object.keys(document.toJS().services)).toContain('postgres');
  });

  it('.env.example lists every setting that the Compose file does not set itself', () => {
    const missing = Object.keys(new AppConfig()).filter((name) => !listed.has(name) && !setByCompose.has(name));
    expect(missing).toEqual([]);
    expect([...setByCompose].sort()).toEqual(
      expect.arrayContaining(['DATABASE_URL', 'JWT_SECRET', 'NODE_ENV', 'PLATFORM_ADMIN_PASSWORD', 'REDIS_URL']),
    );
  });

  it('.env.example lists every variable the Compose file interpolates', () => {
    const used = new Set([...compose.matchAll(/(?<!\$)\$\{([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]));
    expect([...used].filter((name) => !listed.has(name))).toEqual([]);
  });

  it('runs production with every secret required from the environment, none defaulted', () => {
    expect(appEnv).toMatch(/^ {4}NODE_ENV: production$/m);
    for (const secret of ['POSTGRES_PASSWORD', 'REDIS_PASSWORD', 'JWT_SECRET', 'PLATFORM_ADMIN_PASSWORD']) {
      const uses = [...compose.matchAll(new RegExp(`\\$\\{${secret}(:?[-?+]?)`, 'g'))].map((m) => m[1]);
      expect({ secret, uses: uses.length > 0, defaulted: uses.filter((op) => op !== ':?') }).toEqual({
        secret,
        uses: true,
        defaulted: [],
      });
      // .env.example leaves it empty, so a copy made without editing is refused.
      expect(example).toMatch(new RegExp(`^${secret}=$`, 'm'));
    }
    for (const known of [DEV_JWT_SECRET, DEV_PLATFORM_ADMIN_PASSWORD, 'postgres:postgres']) {
      expect(compose).not.toContain(known);
      expect(example).not.toContain(known);
    }
  });

  it('gives BullMQ a Redis that never evicts a key and keeps an append-only file', () => {
    const redis = compose.slice(compose.indexOf('\n  redis:'), compose.indexOf('\n  mailpit:'));
    expect(redis).toContain('--maxmemory-policy noeviction');
    expect(redis).toContain('--appendonly yes');
    expect(redis).toContain('--requirepass');
    const devRedis = (parse(read('docker-compose.dev.yml')) as { services: { redis: { command: string[] } } }).services
      .redis;
    expect(devRedis.command.join(' ')).toContain('--maxmemory-policy noeviction');
  });

  it('builds the image from the lock with npm ci, in stages, running as a non-root user', () => {
    const dockerfile = read('Dockerfile');
    expect(dockerfile).toMatch(/^RUN .*npm ci\b/m);
    expect(dockerfile).not.toMatch(/npm install/);
    expect(dockerfile.match(/^FROM /gm)!.length).toBeGreaterThanOrEqual(2);
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(runtime).toMatch(/^USER node$/m);
    // The code belongs to root: the unprivileged user can read it but not rewrite it.
    expect(runtime).not.toMatch(/--chown=node/);
    expect(read('scripts/install.sh')).toMatch(/^\s*npm ci\b/m);
  });
});
