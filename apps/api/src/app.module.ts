import { randomUUID } from 'node:crypto';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AppConfig, ConfigModule } from '@practicum/config';
import { AuthModule, AuthService } from '@practicum/core';
import { DatabaseModule, SqlStatementCounter } from '@practicum/database';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { LoggerModule } from 'nestjs-pino';
import { AccessGuard } from './common/access.guard';
import { RequestWithActor } from './common/request-context';
import { createValidationPipe } from './common/validation';
import { PlausibleDateTime } from './common/dates';
import { DomainErrorFilter } from './graphql/domain-error.filter';
import { ComplexityPlugin } from './graphql/complexity.plugin';
import { RootFieldsPlugin } from './graphql/root-fields.plugin';
import { depthLimitRule } from './graphql/depth-limit.rule';
import { SqlStatsPlugin } from './graphql/sql-stats.plugin';
import { ServiceUnavailablePlugin } from './graphql/service-unavailable.plugin';
import { ChangeFeed, OwnChangesPlugin } from './graphql/change-feed';
import { ListingCache, ListingCachePlugin } from './graphql/listing-cache';
import { formatGraphqlError } from './graphql/format-error';
import { servePreloadedFields } from './graphql/preloaded';
import { GraphQLSchema } from 'graphql';
import type { Response } from 'express';
import { GqlContext, LoadersFactory, LoadersModule } from './graphql/loaders';
import { HealthModule } from './health/health.module';
import { ApplicationApiModule } from './application/application.module';
import { AuthApiModule } from './auth/auth.module';
import { BookingApiModule } from './booking/booking.module';
import { FacilityApiModule } from './facility/facility.module';
import { MatchRoundApiModule } from './match-round/match-round.module';
import { MemberApiModule } from './member/member.module';
import { NotificationApiModule } from './notification/notification.module';
import { OfferApiModule } from './offer/offer.module';
import { OrganizationApiModule } from './organization/organization.module';
import { PartnerRequestApiModule } from './partner-request/partner-request.module';
import { ProgramApiModule } from './program/program.module';
import { RecommendationApiModule } from './recommendation/recommendation.module';
import { TopicApiModule } from './topic/topic.module';
import { WebhookApiModule } from './webhook/webhook.module';
import { QueueDashboardModule } from './admin/queue-dashboard.module';
import { PortalModule } from './portal/portal.module';
import { LiveModule } from './live/live.module';
import { graphqlWsOptions, subscriptionRequest } from './live/subscriptions';

/** The levels at which each request is logged (pino-http logs a finished request at info). */
const REQUEST_LOG_LEVELS = new Set(['info', 'debug', 'trace']);

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.LOG_LEVEL,
          genReqId: (req, res) => {
            const given = req.headers['x-request-id'];
            const id = typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
            res.setHeader('x-request-id', id);
            return id;
          },
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({
              id: req.id,
              method: req.method,
              url: req.url,
            }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
          // Asked at the start (no member known yet) and when the request is logged; pino-http binds
          // nothing for a falsy value, where an object would cost a child logger per request.
          customProps: (req) => {
            const memberId = (req as RequestWithActor).actor?.id;
            return (memberId ? { memberId } : undefined) as { memberId: string };
          },
          redact: ['req.headers.authorization', 'req.headers.cookie'],
          // Requests are logged at info: above it, nothing would be written, so nothing is prepared per request.
          autoLogging: REQUEST_LOG_LEVELS.has(config.LOG_LEVEL)
            ? { ignore: (req) => req.url?.startsWith('/health') ?? false }
            : false,
        },
      }),
    }),
    DatabaseModule,
    AuthModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [LoadersModule, AuthModule],
      inject: [AppConfig, LoadersFactory, AuthService],
      useFactory: (config: AppConfig, loaders: LoadersFactory, auth: AuthService) => {
        const development = config.NODE_ENV === 'development';
        return {
          autoSchemaFile: true,
          // Every Date input goes through one strict scalar (no impossible or implausible dates).
          buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: PlausibleDateTime }] },
          sortSchema: true,
          path: '/graphql',
          playground: false,
          introspection: !config.isProduction,
          includeStacktraceInErrorResponses: development,
          plugins: [
            // Nothing uses HTTP cache hints; the plugin would wrap every field resolver.
            ApolloServerPluginCacheControlDisabled(),
            config.isProduction
              ? ApolloServerPluginLandingPageDisabled()
              : ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
          ],
          validationRules: [depthLimitRule(config.GRAPHQL_MAX_DEPTH)],
          // No "Did you mean ...?" in production: suggestions would map the schema for a client
          // that cannot introspect it.
          hideSchemaDetailsFromClientErrors: config.isProduction,
          // Refuses requests a browser would send cross-site without a preflight (simple content type,
          // no apollo-require-preflight / x-apollo-operation-name header): the session cookie alone can't act.
          csrfPrevention: true,
          // HTTP requests bring req and res; graphql-ws connections bring their connection context.
          context: (given: { req?: RequestWithActor; res?: Response; extra?: unknown }): GqlContext => {
            const req = given.req ?? subscriptionRequest(given as never);
            return { req, res: given.res, loaders: loaders.create(req) };
          },
          subscriptions: { 'graphql-ws': graphqlWsOptions(auth, config) },
          formatError: (formatted, error) => formatGraphqlError(formatted, error, development),
          transformSchema: (schema: GraphQLSchema) => servePreloadedFields(schema),
        };
      },
    }),
    HealthModule,
    AuthApiModule,
    OrganizationApiModule,
    MemberApiModule,
    ProgramApiModule,
    TopicApiModule,
    FacilityApiModule,
    OfferApiModule,
    ApplicationApiModule,
    BookingApiModule,
    PartnerRequestApiModule,
    MatchRoundApiModule,
    RecommendationApiModule,
    NotificationApiModule,
    WebhookApiModule,
    QueueDashboardModule,
    LiveModule,
    PortalModule,
  ],
  providers: [
    ComplexityPlugin,
    RootFieldsPlugin,
    SqlStatsPlugin,
    ServiceUnavailablePlugin,
    ListingCache,
    ChangeFeed,
    ListingCachePlugin,
    OwnChangesPlugin,
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_FILTER, useClass: DomainErrorFilter },
    { provide: APP_PIPE, useFactory: createValidationPipe },
  ],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    consumer
      .apply((_req: unknown, _res: unknown, next: () => void) => SqlStatementCounter.run(next))
      .forRoutes('*path');
  }
}
