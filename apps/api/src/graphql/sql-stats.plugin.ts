import { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { AppConfig } from '@practicum/config';
import { SqlStatementCounter } from '@practicum/database';

/** Outside production, every GraphQL response says how many SQL statements it took (x-sql-statements). */
@Plugin()
export class SqlStatsPlugin implements ApolloServerPlugin {
  constructor(private readonly config: AppConfig) {}

  async requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
    const enabled = !this.config.isProduction;
    return {
      async willSendResponse({ response }) {
        const count = SqlStatementCounter.current();
        if (enabled && count !== undefined) response.http.headers.set('x-sql-statements', String(count));
      },
    };
  }
}
