import { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { AppConfig } from '@practicum/config';
import { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import { operationLabel } from './depth-limit.rule';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

function estimate(
  schema: GraphQLSchema,
  query: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): number {
  try {
    return getComplexity({
      schema,
      operationName,
      query,
      variables,
      estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (e) {
    // Variables that cannot be coerced: the same error GraphQL execution would give.
    throw new GraphQLError((e as Error).message, {
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
}

/** Costs kept per document: more variable sets than this (a client paging with new cursors) start the document's list afresh. */
const COSTS_PER_DOCUMENT = 64;

/** Refuses operations whose estimated cost exceeds GRAPHQL_MAX_COST (lists count by their page size). */
@Plugin()
export class ComplexityPlugin implements ApolloServerPlugin {
  /**
   * Costs already estimated, by parsed document (Apollo hands out the same document object for a
   * query text it has seen), then by operation name and variables: the estimate depends on nothing
   * else (the schema is fixed), so the walk over the document runs once per operation and variables.
   */
  private readonly costs = new WeakMap<DocumentNode, Map<string, number>>();

  constructor(
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly config: AppConfig,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
    const { schema } = this.schemaHost;
    const max = this.config.GRAPHQL_MAX_COST;
    const costs = this.costs;
    return {
      async didResolveOperation({ request, document, operation }) {
        const key = `${request.operationName ?? ''}\n${JSON.stringify(request.variables ?? {})}`;
        let known = costs.get(document);
        let cost = known?.get(key);
        if (cost === undefined) {
          cost = estimate(schema, document, request.operationName, request.variables);
          if (!known) costs.set(document, (known = new Map<string, number>()));
          if (known.size >= COSTS_PER_DOCUMENT) known.clear();
          known.set(key, cost);
        }
        if (cost > max) {
          throw new GraphQLError(
            `Operation ${operationLabel(operation)} is too expensive: cost ${cost}, the limit is ${max}`,
            {
              extensions: { code: 'QUERY_TOO_COMPLEX', cost, limit: max, http: { status: 400 } },
            },
          );
        }
      },
    };
  }
}
