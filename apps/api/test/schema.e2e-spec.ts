import { readFileSync } from 'node:fs';
import { startApi, TestApi } from './support/apps';
import { printServedSchema, SCHEMA_FILE } from '../src/schema-file';

describe('committed GraphQL schema (e2e)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('is exactly what the API serves (run `npm run schema:print` after changing the API)', () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(printServedSchema(api.app)).toBe(committed);
  });
});

describe('committed migrations (e2e)', () => {
  it('build exactly the schema the entities describe', async () => {
    const { startApi: start } = await import('./support/apps');
    const api = await start();
    try {
      const { DataSource } = await import('typeorm');
      const pending = await api.app.get(DataSource).driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await api.close();
    }
  });
});
