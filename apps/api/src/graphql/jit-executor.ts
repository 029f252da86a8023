import type { GatewayExecutor, GatewayGraphQLRequestContext, GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from '@apollo/server-gateway-interface';
import {
  astFromValue,
  ExecutionResult,
  getNamedType,
  GraphQLError,
  GraphQLInputField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  OperationDefinitionNode,
  typeFromAST,
  valueFromASTUntyped,
} from 'graphql';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

interface Compiled {
  query: CompiledQuery;
  /** Variables that have a default, or whose input types have fields with defaults. */
  variables: VariableSpec[];
}

/**
 * Executes operations with graphql-jit: each distinct operation is compiled once into a JavaScript
 * function (kept in an LRU cache keyed by Apollo's query hash), instead of graphql-js walking the
 * document for every field of every response. Parsing, validation, the depth and cost limits and
 * every plugin stay Apollo's; only execution changes.
 *
 * Apollo Server 5 accepts a custom executor only through its gateway interface, so this is a
 * "gateway" that serves the schema Nest built (taken through GraphQLModule's `transformSchema`).
 */
export class JitExecutor implements GatewayInterface {
  private schema?: GraphQLSchema;
  private listener?: GatewaySchemaLoadOrUpdateCallback;
  private readonly cache: LRUCache<string, Compiled>;

  constructor(maxOperations = 1000) {
    this.cache = new LRUCache({ max: maxOperations });
  }

  /** Give to GraphQLModule as `transformSchema`: keeps the final schema and returns it unchanged. */
  readonly useSchema = (schema: GraphQLSchema): GraphQLSchema => {
    this.schema = schema;
    return schema;
  };

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback) {
    this.listener = callback;
    return () => {
      this.listener = undefined;
    };
  }

  async load(): Promise<{ executor: GatewayExecutor }> {
    if (!this.schema) throw new Error('JitExecutor: no schema (pass jit.useSchema as GraphQLModule transformSchema)');
    this.listener?.({ apiSchema: this.schema, coreSupergraphSdl: '' });
    return { executor: (request) => this.execute(request) };
  }

  async stop(): Promise<void> {
    this.cache.clear();
  }

  /** How many compiled operations are cached (for tests). */
  get size(): number {
    return this.cache.size;
  }

  private async execute(request: GatewayGraphQLRequestContext): Promise<ExecutionResult> {
    const key = `${request.queryHash}\n${request.operationName ?? ''}`;
    let compiled = this.cache.get(key);
    if (!compiled) {
      const query = compileQuery(this.schema!, request.document, request.operationName ?? undefined);
      if (!isCompiledQuery(query)) return { errors: (query.errors ?? []).map(toGraphQLError) };
      compiled = { query, variables: variablesOf(this.schema!, request.operation) };
      this.cache.set(key, compiled);
    }
    const result = await compiled.query.query(undefined, request.context, withDefaults(request.request.variables, compiled.variables));
    return result.errors?.length ? { ...result, errors: result.errors.map(toGraphQLError) } : result;
  }
}

interface VariableSpec {
  name: string;
  type: GraphQLInputType;
  /** The operation's default for it, as a client would have sent it. */
  default: unknown;
}

function variablesOf(schema: GraphQLSchema, operation: OperationDefinitionNode): VariableSpec[] {
  return (operation.variableDefinitions ?? []).flatMap((d) => {
    const type = typeFromAST(schema, d.type) as GraphQLInputType | undefined;
    if (!type || !(d.defaultValue || needsDefaults(type))) return [];
    return [{ name: d.variable.name.value, type, default: d.defaultValue ? valueFromASTUntyped(d.defaultValue) : undefined }];
  });
}

/**
 * graphql-jit treats a non-null variable or input field that has a default but was not sent as
 * missing (`$sort: OfferSort! = DEADLINE`, `allocation: SeatAllocation! = FIRST_COME` inside an
 * input); the spec says the default applies. So defaults are filled in before it sees the values.
 */
function withDefaults(variables: Record<string, unknown> | undefined, specs: VariableSpec[]): Record<string, unknown> {
  if (!specs.length) return variables ?? {};
  const filled = { ...variables };
  for (const spec of specs) {
    if (filled[spec.name] === undefined && spec.default !== undefined) filled[spec.name] = spec.default;
    filled[spec.name] = fillInputDefaults(filled[spec.name], spec.type);
  }
  return filled;
}

const needsDefaultsCache = new WeakMap<GraphQLNamedType, boolean>();

/** Whether a value of this type can contain an input field with a default. */
function needsDefaults(type: GraphQLInputType): boolean {
  const named = getNamedType(type);
  if (!isInputObjectType(named)) return false;
  let known = needsDefaultsCache.get(named);
  if (known === undefined) {
    needsDefaultsCache.set(named, false); // recursive input types
    known = Object.values(named.getFields()).some((f) => f.defaultValue !== undefined || needsDefaults(f.type));
    needsDefaultsCache.set(named, known);
  }
  return known;
}

function fillInputDefaults(value: unknown, type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return fillInputDefaults(value, type.ofType);
  if (value === null || value === undefined || !needsDefaults(type)) return value;
  if (isListType(type)) return Array.isArray(value) ? value.map((item) => fillInputDefaults(item, type.ofType)) : fillInputDefaults(value, type.ofType);
  if (!isInputObjectType(type) || typeof value !== 'object' || Array.isArray(value)) return value;
  const filled: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const field of Object.values(type.getFields())) {
    if (filled[field.name] === undefined && field.defaultValue !== undefined) filled[field.name] = externalDefault(field);
    else filled[field.name] = fillInputDefaults(filled[field.name], field.type);
    if (filled[field.name] === undefined) delete filled[field.name];
  }
  return filled;
}

const externalDefaults = new WeakMap<GraphQLInputField, unknown>();

/** A field's default as a client would send it (enum names, not internal values). */
function externalDefault(field: GraphQLInputField): unknown {
  if (!externalDefaults.has(field)) {
    const ast = astFromValue(field.defaultValue, field.type);
    externalDefaults.set(field, ast ? valueFromASTUntyped(ast) : null);
  }
  return externalDefaults.get(field);
}

/**
 * graphql-jit has its own error type (it passes `instanceof GraphQLError` but has no `extensions`
 * unless the thrown error had some); Apollo and the error formatter expect graphql-js's own.
 */
function toGraphQLError(error: unknown): GraphQLError {
  if ((error as object)?.constructor === GraphQLError) return error as GraphQLError;
  const e = error as { message: string; path?: (string | number)[]; locations?: GraphQLError['locations']; originalError?: Error; extensions?: Record<string, unknown> };
  const converted = new GraphQLError(e.message, { path: e.path, originalError: e.originalError, extensions: e.extensions });
  if (e.locations?.length) (converted as { locations?: GraphQLError['locations'] }).locations = e.locations;
  return converted;
}
