import { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';

/** Seconds a client is asked to wait before trying again while PostgreSQL or Redis is unreachable. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * An answer carrying SERVICE_UNAVAILABLE (PostgreSQL or Redis unreachable, see `format-error.ts`)
 * is HTTP 503 with `Retry-After`, so clients, proxies and load balancers treat it as a passing
 * outage rather than a fault of the request (4xx) or a bug (500).
 */
@Plugin()
export class ServiceUnavailablePlugin implements ApolloServerPlugin {
  async requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
    return {
      async willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if (errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) {
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        }
      },
    };
  }
}
