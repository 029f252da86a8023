import { NestExpressApplication } from '@nestjs/platform-express';

/**
 * HTTP settings shared by main.ts and the tests' API: bodies up to 1 MB reach validation, which
 * names the field. No ETag: GraphQL answers are POSTed and never revalidated, and hashing each one
 * (30 KB for a page of offers) cost about 1 % of a search's CPU.
 */
export function configureApp(app: NestExpressApplication): NestExpressApplication {
  app.useBodyParser('json', { limit: '1mb' });
  app.disable('x-powered-by');
  app.disable('etag');
  return app;
}
