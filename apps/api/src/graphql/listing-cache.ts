import { ApolloServerPlugin, GraphQLRequestListener, HeaderMap } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import { RESOLVER_TYPE_METADATA, TypeMetadataStorage } from '@nestjs/graphql';
import { createHash } from 'node:crypto';
import { AppConfig } from '@practicum/config';
import {
  AuthService,
  classesSharedInListing,
  NotifiedCache,
  LISTING_ROOT_FIELD,
  sharedInListingOf,
  visibilityClass,
} from '@practicum/core';
import {
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  OperationTypeNode,
  print,
  SelectionSetNode,
  valueFromASTUntyped,
  visit,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import { readAuthentication } from '../common/request-context';
import { GqlContext } from './loaders';

/**
 * The fields a listing may select, by GraphQL type: the ones marked SharedInListing where they
 * are declared (a model's field, or a resolver's field, counted for the type it resolves), with
 * the listing's root field. Read once, after every model and resolver is loaded.
 */
export function sharedFields(): Record<string, readonly string[]> {
  const byType = new Map<string, Set<string>>([['Query', new Set([LISTING_ROOT_FIELD])]]);
  const add = (type: string | undefined, fields: Iterable<string>) => {
    if (!type) return;
    const set = byType.get(type) ?? new Set<string>();
    for (const field of fields) set.add(field);
    byType.set(type, set);
  };
  for (const objectType of TypeMetadataStorage.getObjectTypesMetadata()) {
    if (!objectType.isAbstract) add(objectType.name, sharedInListingOf(objectType.target));
  }
  for (const owner of classesSharedInListing()) {
    // A resolver class carries the name of the object type it resolves fields of.
    const resolves: unknown = Reflect.getMetadata(RESOLVER_TYPE_METADATA, owner);
    if (typeof resolves === 'string') add(resolves, sharedInListingOf(owner));
  }
  return Object.fromEntries(
    [...byType].filter(([, fields]) => fields.size).map(([type, fields]) => [type, [...fields].sort()]),
  );
}

let shared: Map<string, Set<string>> | null = null;
const sharedOf = (type: string): Set<string> | undefined => {
  shared ??= new Map(
    Object.entries(sharedFields()).map(([name, fields]) => [name, new Set([...fields, '__typename'])]),
  );
  return shared.get(type);
};

/** How long a request waits for the same listing being computed by another before running it itself. */
const FLIGHT_WAIT_MS = 2000;

/**
 * At most this many listings are being computed with others waiting on them; past it a miss
 * runs on its own (still correct, only not coalesced), so a flood of distinct requests cannot
 * grow the map.
 */
export const MAX_FLIGHTS = 256;

const analysed = new WeakMap<DocumentNode, Map<string, boolean>>();

/**
 * Whether the operation is an offer listing whose every selected field is shared (sharedFields)
 * (through fragments too). Memoized per parsed document, which Apollo keeps per query text.
 */
export function isListingOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): boolean {
  const name = operation.name?.value ?? '';
  let byName = analysed.get(document);
  if (!byName) analysed.set(document, (byName = new Map<string, boolean>()));
  let answer = byName.get(name);
  if (answer === undefined) {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of document.definitions)
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    const query = schema.getQueryType();
    // The root selects offers (under any alias) and nothing else but __typename.
    const root = operation.selectionSet.selections;
    const listing =
      root.every(
        (s) => s.kind === Kind.FIELD && (s.name.value === LISTING_ROOT_FIELD || s.name.value === '__typename'),
      ) && root.some((s) => s.kind === Kind.FIELD && s.name.value === LISTING_ROOT_FIELD);
    answer =
      operation.operation === OperationTypeNode.QUERY &&
      listing &&
      !!query &&
      onlyShared(schema, query, operation.selectionSet, fragments, new Set());
    byName.set(name, answer);
  }
  return answer;
}

/** The operation as it shapes an answer: its text without name or comments, and the variables it reads. */
interface OperationShape {
  text: string;
  variables: { name: string; fallback: unknown }[];
}

const shapes = new WeakMap<DocumentNode, Map<string, OperationShape>>();

function operationShape(document: DocumentNode, operation: OperationDefinitionNode): OperationShape {
  const name = operation.name?.value ?? '';
  let byName = shapes.get(document);
  if (!byName) shapes.set(document, (byName = new Map<string, OperationShape>()));
  let shape = byName.get(name);
  if (!shape) {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of document.definitions)
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    // The fragments this operation reaches (others in the document change nothing), and the variables it reads.
    const reached = new Map<string, FragmentDefinitionNode>();
    const read = new Set<string>();
    const walk = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
      visit(node.selectionSet, {
        Variable: (v) => void read.add(v.name.value),
        FragmentSpread: (spread) => {
          const fragment = fragments.get(spread.name.value);
          if (fragment && !reached.has(fragment.name.value)) {
            reached.set(fragment.name.value, fragment);
            walk(fragment);
          }
        },
      });
    walk(operation);
    const definitions = (operation.variableDefinitions ?? []).filter((d) => read.has(d.variable.name.value));
    const unnamed: OperationDefinitionNode = { ...operation, name: undefined, variableDefinitions: definitions };
    const sorted = [...reached.values()].sort((a, b) => (a.name.value < b.name.value ? -1 : 1));
    shape = {
      text: [unnamed, ...sorted].map((d) => print(d)).join('\n'),
      variables: definitions
        .map((d) => ({
          name: d.variable.name.value,
          fallback: d.defaultValue ? valueFromASTUntyped(d.defaultValue) : undefined,
        }))
        .sort((a, b) => (a.name < b.name ? -1 : 1)),
    };
    byName.set(name, shape);
  }
  return shape;
}

/** JSON with object keys in one order, so that {a, b} and {b, a} are the same text. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

/**
 * The cache key of a listing: only what shapes its answer. The visibility class, the operation
 * (printed without its name, comments or layout, with the fragments it reaches in name order)
 * and the variables it reads, a missing one as its default, in canonical JSON. Variables the
 * operation does not read, the operation name and other operations of the document are left
 * out, so they cannot make distinct entries of one answer. Hashed: the key is 64 characters
 * however long the query.
 */
export function listingKey(
  visibility: string,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): string {
  const shape = operationShape(document, operation);
  const values: Record<string, unknown> = {};
  for (const { name, fallback } of shape.variables) {
    const given = variables?.[name];
    const value = given === undefined ? fallback : given;
    if (value !== undefined) values[name] = value;
  }
  return createHash('sha256')
    .update(visibility)
    .update('\n')
    .update(shape.text)
    .update('\n')
    .update(canonicalJson(values))
    .digest('hex');
}

/** Bytes an answer costs in the cache: its JSON and its key (the heap holds a small multiple of it). */
export function answerBytes(data: Record<string, unknown>, key: string): number {
  return Buffer.byteLength(JSON.stringify(data)) + key.length;
}

function onlyShared(
  schema: GraphQLSchema,
  type: GraphQLObjectType,
  selections: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): boolean {
  const allowed = sharedOf(type.name);
  if (!allowed) return false;
  for (const selection of selections.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (!allowed.has(name)) return false;
      if (!selection.selectionSet) continue;
      const fieldType = getNamedType(type.getFields()[name]?.type);
      if (!isObjectType(fieldType) || !onlyShared(schema, fieldType, selection.selectionSet, fragments, visiting))
        return false;
    } else {
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
      if (!fragment || (selection.kind === Kind.FRAGMENT_SPREAD && visiting.has(selection.name.value))) return false;
      const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
      if (!isObjectType(condition)) return false;
      const spread = selection.kind === Kind.FRAGMENT_SPREAD ? new Set([...visiting, selection.name.value]) : visiting;
      if (!onlyShared(schema, condition, fragment.selectionSet, fragments, spread)) return false;
    }
  }
  return true;
}

/**
 * Offer listings already answered, per visibility class, operation and variables. Correct only
 * while it hears every change: it serves nothing until the change feed is listening, drops
 * everything on each change (and on each mutation of this process that wrote a listing table), and an answer computed while
 * a change arrived is not kept (the generation moved).
 */
@Injectable()
export class ListingCache extends NotifiedCache {
  private readonly entries: LRUCache<string, Record<string, unknown>> | null;
  private readonly flights = new Map<
    string,
    { generation: number; started: number; waiters: ((data: Record<string, unknown> | undefined) => void)[] }
  >();

  constructor(config: AppConfig) {
    super();
    const max = config.LISTING_CACHE_ENTRIES;
    const maxSize = config.LISTING_CACHE_MAX_BYTES;
    this.entries =
      max > 0 && maxSize > 0
        ? new LRUCache<string, Record<string, unknown>>({
            max,
            maxSize,
            sizeCalculation: (data, key) => Math.max(1, answerBytes(data, key)),
          })
        : null;
  }

  /** Bytes held (see answerBytes). */
  get bytes(): number {
    return this.entries?.calculatedSize ?? 0;
  }

  /** Listings being computed (the coalescing map). */
  get inFlight(): number {
    return this.flights.size;
  }

  get enabled(): boolean {
    return !!this.entries;
  }

  get size(): number {
    return this.entries?.size ?? 0;
  }

  get(key: string): Record<string, unknown> | undefined {
    return this.live ? this.entries?.get(key) : undefined;
  }

  /**
   * A miss: either this request computes the answer (`lead`, then `finish`), or the same answer is
   * already being computed since the last change and it waits for that one (`wait`, resolving to
   * undefined if a change came first or the leader takes too long). So after a change, the 30
   * requests in flight for the first page run it once, not 30 times.
   */
  join(key: string): { lead: number } | { wait: Promise<Record<string, unknown> | undefined> } {
    const flight = this.flights.get(key);
    if (flight && flight.generation === this.generation && Date.now() - flight.started < FLIGHT_WAIT_MS) {
      return {
        wait: new Promise((resolve) => {
          const timer = setTimeout(() => resolve(undefined), FLIGHT_WAIT_MS);
          flight.waiters.push((data) => {
            clearTimeout(timer);
            resolve(data);
          });
        }),
      };
    }
    // A stale flight is replaced; past MAX_FLIGHTS a miss is not coalesced (and not recorded).
    if (flight || this.flights.size < MAX_FLIGHTS)
      this.flights.set(key, { generation: this.generation, started: Date.now(), waiters: [] });
    return { lead: this.generation };
  }

  /** The leader's outcome (undefined when it failed): kept, and handed to its waiters, if still current. */
  finish(key: string, generation: number, data: Record<string, unknown> | undefined): void {
    const current = this.isCurrent(generation) ? data : undefined;
    if (current) this.entries?.set(key, current);
    const flight = this.flights.get(key);
    if (flight?.generation !== generation) return;
    this.flights.delete(key);
    for (const waiter of flight.waiters) waiter(current);
  }

  protected clear(): void {
    this.entries?.clear();
    for (const flight of this.flights.values()) for (const waiter of flight.waiters) waiter(undefined);
    this.flights.clear();
  }
}

/**
 * Answers offer listings from the ListingCache. It runs after parsing, validation, the depth and
 * cost limits, and authenticates the caller like every operation (a removed member's token fails
 * here too); only then does a hit skip execution. Outside production, x-listing-cache says
 * hit or miss.
 */
@Plugin()
export class ListingCachePlugin implements ApolloServerPlugin<GqlContext> {
  constructor(
    private readonly cache: ListingCache,
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<GqlContext>> {
    const { cache, auth } = this;
    if (!cache.enabled) return {};
    const reportOutcome = !this.config.isProduction;
    let pending: { key: string; generation: number } | null = null;
    let outcome: 'hit' | 'miss' | null = null;
    return {
      async responseForOperation({ operation, document, schema, request, contextValue }) {
        if (!cache.live || !isListingOperation(schema, document, operation)) return null;
        const { actor } = await readAuthentication(contextValue.req, auth);
        const visibility = visibilityClass(actor);
        if (!visibility) return null;
        contextValue.req.actor = actor;
        const key = listingKey(visibility, document, operation, request.variables);
        let data = cache.get(key);
        if (!data) {
          const flight = cache.join(key);
          if ('wait' in flight) data = await flight.wait;
          else pending = { key, generation: flight.lead };
        }
        if (data) {
          outcome = 'hit';
          return { http: { headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data } } };
        }
        outcome = 'miss';
        return null;
      },
      async willSendResponse({ response }) {
        // (This process's own changes drop the cache before the response goes: OwnChangesPlugin.)
        if (pending) {
          const result = response.body.kind === 'single' ? response.body.singleResult : null;
          cache.finish(
            pending.key,
            pending.generation,
            result && !result.errors?.length && result.data ? result.data : undefined,
          );
        }
        if (outcome && reportOutcome) response.http.headers.set('x-listing-cache', outcome);
      },
    };
  }
}
