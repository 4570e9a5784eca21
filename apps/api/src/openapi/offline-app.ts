import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from '../app.module';
import { configureApp, createFastifyAdapter } from '../app.setup';
import type { AppConfig } from '../config/config';
import { createDataSource } from '../database/data-source';
import type { DatabaseRuntime } from '../database/database-runtime';

/**
 * The real app (same modules, guard, setup and so the same OpenAPI document as main.ts) without a database:
 * the DataSource is created but never connected, which is enough to build the document from the controllers'
 * metadata. For writing the document to a file and for contract tests; any request that queries fails.
 */
export async function createOfflineApp(config: AppConfig): Promise<NestFastifyApplication> {
  const runtime: DatabaseRuntime = {
    dataSource: createDataSource({ url: 'postgres://offline@127.0.0.1:1/offline', poolMax: 1 }),
    kind: 'server',
    close: () => Promise.resolve(),
  };
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, runtime),
    createFastifyAdapter(config),
    { logger: false, abortOnError: false },
  );
  await configureApp(app, config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
