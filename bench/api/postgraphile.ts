/*
 * The comparison server of the API benchmark: PostGraphile 4, an auto-generated GraphQL server
 * over the same database, with no access checks, serving the same page (queries.ts `postgraphile`).
 * Started by run.ts as a child process: node dist/bench/api/postgraphile.js (env DATABASE_URL, PORT).
 * PostGraphile 4 needs graphql 15 (this repository runs 16), so it is not a dependency of the
 * repository: install it apart and name the directory in BENCH_POSTGRAPHILE_DIR
 *   npm install --prefix /tmp/postgraphile postgraphile@4.14.1
 */
import { createServer } from 'node:http';
import * as path from 'node:path';
import { Pool } from 'pg';

const from = [path.resolve(process.env.BENCH_POSTGRAPHILE_DIR ?? '/tmp/postgraphile')];
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { postgraphile } = require(require.resolve('postgraphile', { paths: from })) as {
  postgraphile: (pool: Pool, schema: string, options: Record<string, unknown>) => Parameters<typeof createServer>[1];
};

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20, application_name: 'bench-postgraphile' });
const handler = postgraphile(pool, 'public', {
  disableDefaultMutations: true,
  disableQueryLog: true,
  retryOnInitFail: false,
  enableQueryBatching: false,
  graphiql: false,
  setofFunctionsContainNulls: false,
  ignoreRBAC: false,
});
const server = createServer((req, res) => {
  if (req.url === '/health/ready') {
    res.writeHead(200).end('ok');
    return;
  }
  handler!(req, res);
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
