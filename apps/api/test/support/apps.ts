import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AddressInfo } from 'node:net';
import { NestExpressApplication } from '@nestjs/platform-express';
import { GqlClient } from '@practicum/testing';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/configure-app';
import { WorkerModule } from '../../../worker/src/worker.module';

export interface TestApi extends GqlClient {
  app: INestApplication;
  close(): Promise<void>;
}

/** Starts the real API on a free port with the test environment made by the global set-up. */
export async function startApi(env: Record<string, string> = {}): Promise<TestApi> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  let app: INestApplication;
  try {
    app = configureApp(
      await NestFactory.create<NestExpressApplication>(AppModule, {
        logger: process.env.TEST_NEST_LOG ? ['error', 'warn'] : false,
      }),
    );
  } finally {
    process.env = saved;
  }
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    url,
    async gql(query, variables, token) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
        body: JSON.stringify({ query, variables }),
      });
      return { ...((await res.json()) as object), status: res.status };
    },
    close: () => app.close(),
  };
}

/** Starts the real worker (processors and outbox relay) in this process. */
export async function startWorker(env: Record<string, string> = {}): Promise<INestApplicationContext> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await worker.init();
    return worker;
  } finally {
    process.env = saved;
  }
}
