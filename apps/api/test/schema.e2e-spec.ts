import { readFileSync } from 'node:fs';
import { startApi, TestApi } from '@practicum/testing';
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
