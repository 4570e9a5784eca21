import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import type { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureApp, createFastifyAdapter } from '../../src/app.setup';
import { loadConfig } from '../../src/config/config';
import { openDatabase } from '../../src/database/database-runtime';
import { acquireTestDatabase } from './test-database';

export interface TestApp {
  app: NestFastifyApplication;
  http: () => TestAgent;
  /** A client that keeps cookies between requests, like a browser. */
  agent: () => TestAgent;
  dataSource: DataSource;
  /** The database this app runs on (a second app can share it: `createTestApp(env, { sharing })`). */
  databaseUrl: string;
  close(): Promise<void>;
}

/**
 * The real application (same module, pipes, filters, guards and setup as main.ts) on a fresh database.
 * Only the environment differs: a test database URL and quiet logs. With `sharing`, a second API process's
 * stand-in on the same database as another test app (which keeps owning it: closing this one leaves it).
 */
export async function createTestApp(
  env: Record<string, string> = {},
  options: { sharing?: TestApp } = {},
): Promise<TestApp> {
  const db = options.sharing
    ? {
        url: options.sharing.databaseUrl,
        kind: process.env['TEST_DATABASE_URL'] ? ('server' as const) : ('pglite' as const),
        release: () => Promise.resolve(),
      }
    : await acquireTestDatabase();
  // Behind a (pretend) proxy, so each test can speak from its own address (X-Forwarded-For) and
  // per-address rate limits do not spill from one test into the next.
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    // As in production: one connection to PGlite (see config.ts), a small pool on a server.
    DB_POOL_MAX: db.kind === 'pglite' ? '1' : '4',
    TRUST_PROXY: 'true',
    ...env,
    DATABASE_URL: db.url,
  });
  const runtime = await openDatabase(config, { runMigrations: true });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, runtime),
    createFastifyAdapter(config),
    {
      logger: false,
      bufferLogs: true,
      abortOnError: false, // throw the real boot error instead of exiting the test process
    },
  );
  await configureApp(app, config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    http: () => request(app.getHttpServer()),
    agent: () => request.agent(app.getHttpServer()),
    dataSource: runtime.dataSource,
    databaseUrl: db.url,
    close: async () => {
      await app.close();
      await db.release();
    },
  };
}
