import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { GraphQLFieldResolver, GraphQLSchema } from 'graphql';

/** Where an object carries values for fields that normally have a resolver. */
export const PRELOADED = Symbol('preloaded');

type Preloadable = { [PRELOADED]?: Record<string, unknown> };

/**
 * Attaches values that the server already loaded (and already checked against the caller) for
 * fields that otherwise go through a Nest field resolver: a search page loads every offer's
 * company, facility, slots and twin in its one statement, so resolving them one by one (an
 * async Nest pipeline per field and per row, ~160 calls per page) is pure overhead.
 */
export function preload<T extends object>(target: T, values: Record<string, unknown>): T {
  (target as Preloadable)[PRELOADED] = { ...(target as Preloadable)[PRELOADED], ...values };
  return target;
}

/**
 * Schema transform: every field resolver of an object type first returns the value preloaded on
 * its parent, if there is one, and only then runs (synchronously, without a promise or Nest's
 * pipeline when it does). Root operation fields are left alone.
 */
export function servePreloadedFields(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.ROOT_FIELD]: (field) => field,
    [MapperKind.COMPOSITE_FIELD]: (field, fieldName) => {
      const resolve = field.resolve as GraphQLFieldResolver<unknown, unknown> | undefined;
      if (!resolve) return field;
      const serve: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
        const preloaded = (source as Preloadable | null)?.[PRELOADED];
        return preloaded && fieldName in preloaded ? preloaded[fieldName] : resolve(source, args, context, info);
      };
      return { ...field, resolve: serve };
    },
  });
}
