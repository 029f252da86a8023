import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { printServedSchema, SCHEMA_FILE } from './schema-file';

async function main() {
  const app = await NestFactory.create(AppModule, { logger: ['error'] });
  await app.init();
  writeFileSync(SCHEMA_FILE, printServedSchema(app));
  await app.close();
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
