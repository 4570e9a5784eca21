import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import { configureApp, createFastifyAdapter } from './app.setup';
import { ConfigError, loadConfig } from './config/config';
import { openDatabase } from './database/database-runtime';
import { DataDirLockedError } from './database/data-dir-lock';
import { type DemoLogin, isEmpty, progressPrinter, seedDemo } from './database/demo-seed';
import { RiskRescreenService } from './modules/entries/risk-rescreen.service';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config, { runMigrations: config.migrationsRun });
  // A first start on the embedded database gets a demo practice to look around in (never on a server).
  let demo: DemoLogin | null = null;
  if (config.demo && config.database.kind === 'embedded' && (await isEmpty(database.dataSource))) {
    demo = await seedDemo(
      database.dataSource,
      progressPrinter('Creating a demo practice'),
      config.demoPassword,
    );
  }
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, database),
    createFastifyAdapter(config),
    {
      bufferLogs: true,
    },
  );
  await configureApp(app, config);

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    // In-flight requests finish, then the pool and the embedded database close (DatabaseModule).
    setTimeout(() => {
      console.error(
        `Askwell: shutdown took longer than ${config.shutdownTimeoutMs} ms after ${signal}; exiting.`,
      );
      process.exit(1);
    }, config.shutdownTimeoutMs).unref();
    app.close().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error('Askwell: error during shutdown', e);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  // Entries an older risk screen read are read again, in the background (the API is ready meanwhile).
  app.get(RiskRescreenService).start();
  const where =
    config.database.kind === 'embedded'
      ? `embedded PostgreSQL in ${config.database.dataDir}`
      : 'PostgreSQL server';
  process.stdout.write(
    `Askwell is running at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port} (${where})\n`,
  );
  if (demo) {
    process.stdout.write(
      `Demo login (shown once; the data is made up): ${demo.email} / ${demo.password}\n` +
        'Start with ASKWELL_DEMO=off on an empty data folder to begin without the demo.\n',
    );
  }
}

bootstrap().catch((e: unknown) => {
  // One line naming what is wrong: a bad variable, a locked data folder, an unreachable database.
  if (e instanceof ConfigError || e instanceof DataDirLockedError) {
    console.error(e.message);
  } else {
    console.error(`Askwell could not start: ${e instanceof Error ? e.message : String(e)}`);
    if (process.env['LOG_LEVEL'] === 'debug') console.error(e);
  }
  process.exit(1);
});
