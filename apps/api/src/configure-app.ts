import { NestExpressApplication } from '@nestjs/platform-express';

/** HTTP settings shared by main.ts and the tests' API: bodies up to 1 MB reach validation, which names the field. */
export function configureApp(app: NestExpressApplication): NestExpressApplication {
  app.useBodyParser('json', { limit: '1mb' });
  app.disable('x-powered-by');
  return app;
}
