import pg from 'pg';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface DataSourceOptions {
  url: string;
  poolMax: number;
  applicationName?: string;
}

// A `date` is a day on a wall calendar, not an instant: keep it as 'YYYY-MM-DD' instead of a Date at local
// midnight, which would shift by a day in some time zones.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/** The one DataSource definition, used by the app, the migration CLI and the tests. Never synchronize. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    uuidExtension: 'pgcrypto',
    synchronize: false,
    logging: false,
    applicationName: options.applicationName ?? 'askwell-api',
    poolSize: options.poolMax,
    extra: {
      max: options.poolMax,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
    },
  });
}
