import path from 'node:path';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to the embedded database in ./data of the folder npm was started from', () => {
    const c = loadConfig({ INIT_CWD: '/srv/askwell' });
    expect(c.database).toEqual({ kind: 'embedded', dataDir: path.resolve('/srv/askwell/data'), poolMax: 1 });
    expect(c.port).toBe(3000);
    expect(c.migrationsRun).toBe(true);
  });

  it('uses a PostgreSQL server when DATABASE_URL is set', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/askwell', DB_POOL_MAX: '7' });
    expect(c.database).toEqual({ kind: 'server', url: 'postgres://u@db:5432/askwell', poolMax: 7 });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).database.kind).toBe('embedded');
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '3.5'],
    ['DATABASE_URL', 'mysql://x@y/z'],
    ['MIGRATIONS_RUN', 'maybe'],
    ['LOG_LEVEL', 'loud'],
  ])('rejects %s=%s with one line naming the variable', (name, value) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(`${name}:`);
    expect(message).toContain(value);
    expect(message).not.toContain('\n');
  });

  it('reads MIGRATIONS_RUN=false and pretty logs in development', () => {
    const c = loadConfig({ MIGRATIONS_RUN: 'false', NODE_ENV: 'development' });
    expect(c.migrationsRun).toBe(false);
    expect(c.log.pretty).toBe(true);
  });
});
