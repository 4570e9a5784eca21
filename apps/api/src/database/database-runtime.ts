import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import { createDataSource } from './data-source';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres';

/** A connected DataSource plus whatever has to stop after it (the embedded server). */
export interface DatabaseRuntime {
  dataSource: DataSource;
  kind: 'server' | 'embedded';
  close(): Promise<void>;
}

export async function openDatabase(
  config: AppConfig,
  options: { runMigrations: boolean },
): Promise<DatabaseRuntime> {
  let embedded: EmbeddedPostgres | undefined;
  let url: string;
  if (config.database.kind === 'embedded') {
    embedded = await startEmbeddedPostgres({
      dataDir: config.database.dataDir,
      maxConnections: config.database.poolMax,
    });
    url = embedded.url;
  } else {
    url = config.database.url;
  }
  const dataSource = createDataSource({ url, poolMax: config.database.poolMax });
  try {
    await dataSource.initialize();
    if (options.runMigrations) await dataSource.runMigrations({ transaction: 'each' });
  } catch (e) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw e;
  }
  return {
    dataSource,
    kind: config.database.kind,
    close: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
