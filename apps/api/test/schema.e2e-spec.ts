import { readFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { buildSchema } from 'graphql';
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

  it('names its types by product words: no type name ends in Model or Dto', () => {
    const { types } = buildSchema(readFileSync(SCHEMA_FILE, 'utf8')).toConfig();
    const served = Object.keys(api.app.get(GraphQLSchemaHost).schema.getTypeMap());
    const names = [...types.map((type) => type.name), ...served].filter((name) => !name.startsWith('__'));
    expect(names).toContain('Organization');
    expect(names.filter((name) => /(Model|Dto)$/.test(name))).toEqual([]);
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
