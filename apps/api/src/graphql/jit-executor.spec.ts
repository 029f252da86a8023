import type { GatewayExecutor, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { buildSchema, execute, getOperationAST, GraphQLError, parse } from 'graphql';
import { JitExecutor } from './jit-executor';

const schema = buildSchema(`
  enum Sort { DEADLINE NEWEST }
  input Slot { capacity: Int!, kind: Sort! = NEWEST }
  input Create { title: String!, sort: Sort! = DEADLINE, slots: [Slot!]!, note: String = "none" }
  type Item { id: ID!, tags: [String!]!, child: Item, fails: String }
  type Query {
    items(first: Int!, sort: Sort! = DEADLINE): [Item!]!
    echo(input: Create!): String!
    fails: String
  }
`);

class DomainProblem extends Error {
  code = 'NOT_FOUND';
}

const fields = schema.getQueryType()!.getFields();
fields.items.resolve = (_root, args: { first: number; sort: string }) =>
  Array.from({ length: args.first }, (_, i) => ({ id: `${args.sort}-${i}`, tags: ['a', 'b'], child: i % 2 ? { id: `c${i}`, tags: [] } : null }));
fields.echo.resolve = (_root, args) => JSON.stringify(args.input);
fields.fails.resolve = () => {
  throw new DomainProblem('gone');
};
(schema.getType('Item') as any).getFields().fails.resolve = () => Promise.reject(new GraphQLError('coded', { extensions: { code: 'FORBIDDEN' } }));

async function startedExecutor(jit: JitExecutor): Promise<GatewayExecutor> {
  jit.useSchema(schema);
  let loaded: unknown;
  jit.onSchemaLoadOrUpdate((s) => (loaded = s.apiSchema));
  const { executor } = await jit.load();
  expect(loaded).toBe(schema);
  return executor;
}

function request(query: string, variables?: Record<string, unknown>, operationName?: string): GatewayGraphQLRequestContext {
  const document = parse(query);
  return {
    request: { query, variables, operationName },
    document,
    operation: getOperationAST(document, operationName)!,
    operationName: operationName ?? null,
    queryHash: query,
    context: {},
    schema,
  } as unknown as GatewayGraphQLRequestContext;
}

/** What graphql-js itself answers, the reference the compiled executor must match. */
async function reference(query: string, variables?: Record<string, unknown>) {
  return JSON.parse(JSON.stringify(await execute({ schema, document: parse(query), variableValues: variables })));
}

describe('JitExecutor (graphql-jit behind Apollo gateway interface)', () => {
  it('answers exactly as graphql-js does, for data, nulls and nested lists', async () => {
    const run = await startedExecutor(new JitExecutor());
    const queries: [string, Record<string, unknown>?][] = [
      ['query($n: Int!) { items(first: $n, sort: NEWEST) { id tags child { id tags } } }', { n: 3 }],
      ['{ items(first: 2) { id alias: id __typename } }'],
      ['query($n: Int!, $s: Sort!) { items(first: $n, sort: $s) { id } }', { n: 1, s: 'NEWEST' }],
    ];
    for (const [query, variables] of queries) {
      expect(JSON.parse(JSON.stringify(await run(request(query, variables))))).toEqual(await reference(query, variables));
    }
  });

  it('applies the default of a non-null variable and of non-null input fields that were not sent', async () => {
    const run = await startedExecutor(new JitExecutor());
    const items = 'query($n: Int!, $s: Sort! = NEWEST) { items(first: $n, sort: $s) { id } }';
    expect((await run(request(items, { n: 1 }))).data).toEqual({ items: [{ id: 'NEWEST-0' }] });
    expect((await run(request(items, { n: 1, s: 'DEADLINE' }))).data).toEqual({ items: [{ id: 'DEADLINE-0' }] });

    const echo = 'query($input: Create!) { echo(input: $input) }';
    const sent = { title: 't', slots: [{ capacity: 2 }, { capacity: 3, kind: 'DEADLINE' }] };
    const answer = await run(request(echo, { input: sent }));
    expect(answer.errors).toBeUndefined();
    expect(JSON.parse(answer.data!.echo)).toEqual({ title: 't', sort: 'DEADLINE', note: 'none', slots: [{ capacity: 2, kind: 'NEWEST' }, { capacity: 3, kind: 'DEADLINE' }] });
    expect(answer.data).toEqual((await reference(echo, { input: sent })).data);
    expect(sent).toEqual({ title: 't', slots: [{ capacity: 2 }, { capacity: 3, kind: 'DEADLINE' }] }); // the caller's object is untouched
  });

  it('still refuses a required variable that has no default', async () => {
    const run = await startedExecutor(new JitExecutor());
    const answer = await run(request('query($n: Int!) { items(first: $n) { id } }', {}));
    expect(answer.errors?.[0].message).toMatch(/\$n/);
  });

  it("gives graphql-js errors that keep the thrown error, its path and the GraphQLError's extensions", async () => {
    const run = await startedExecutor(new JitExecutor());
    const answer = await run(request('{ fails items(first: 1) { id fails } }'));
    expect(answer.data).toEqual({ fails: null, items: [{ id: 'DEADLINE-0', fails: null }] });
    const [domain, coded] = answer.errors!;
    expect(domain.constructor).toBe(GraphQLError);
    expect(domain.path).toEqual(['fails']);
    expect(domain.locations).toEqual([{ line: 1, column: 3 }]);
    expect(domain.originalError).toBeInstanceOf(DomainProblem);
    expect(coded.path).toEqual(['items', 0, 'fails']);
    expect(coded.extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it('compiles each operation once, and keeps at most the configured number', async () => {
    const jit = new JitExecutor(2);
    const run = await startedExecutor(jit);
    const a = '{ items(first: 1) { id } }';
    await run(request(a));
    await run(request(a));
    expect(jit.size).toBe(1);
    await run(request('{ items(first: 2) { id } }'));
    await run(request('{ items(first: 3) { id } }'));
    expect(jit.size).toBe(2);
  });
});
