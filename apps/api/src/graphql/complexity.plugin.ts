import { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { AppConfig } from '@practicum/config';
import { GraphQLError } from 'graphql';
import { operationLabel } from './depth-limit.rule';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** Refuses operations whose estimated cost exceeds GRAPHQL_MAX_COST (lists count by their page size). */
@Plugin()
export class ComplexityPlugin implements ApolloServerPlugin {
  constructor(
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly config: AppConfig,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
    const { schema } = this.schemaHost;
    const max = this.config.GRAPHQL_MAX_COST;
    return {
      async didResolveOperation({ request, document, operation }) {
        let cost: number;
        try {
          cost = getComplexity({
            schema,
            operationName: request.operationName,
            query: document,
            variables: request.variables,
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
        } catch (e) {
          // Variables that cannot be coerced: the same error GraphQL execution would give.
          throw new GraphQLError((e as Error).message, {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          });
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
