import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config/config';
import { DataDirLockedError } from './data-dir-lock';
import { openDatabase } from './database-runtime';
import { rescreenAll } from '../modules/entries/risk-rescreen';

/**
 * npm run db:migrate | db:revert | db:rescreen | db:new -- <Name>
 * Uses the same config and DataSource as the app (embedded database when DATABASE_URL is unset).
 * db:rescreen reads again every entry an older risk screen read (as the API does at each start).
 * db:new writes an empty migration to fill in: the schema is SQL, there are no entities to diff against.
 */
const USAGE = 'usage: db:migrate | db:revert | db:rescreen | db:new -- <PascalCaseName>';

/** An empty migration named `name`, to be filled in by hand and listed in migrations/index.ts. */
function writeNewMigration(name: string): void {
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const file = path.resolve(__dirname, '../../src/database/migrations', `${timestamp}-${name}.ts`);
  fs.writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  public async up(queryRunner: QueryRunner): Promise<void> {\n    await queryRunner.query(\`\`);\n  }\n\n  public async down(queryRunner: QueryRunner): Promise<void> {\n    await queryRunner.query(\`\`);\n  }\n}\n`,
  );
  console.warn(`Wrote ${file}. Write its SQL, then add ${className} to src/database/migrations/index.ts.`);
}

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  if (!command || !['migrate', 'revert', 'rescreen', 'new'].includes(command)) throw new Error(USAGE);
  if (command === 'new') {
    if (!(name && /^[A-Z][A-Za-z0-9]+$/.test(name))) throw new Error(USAGE);
    writeNewMigration(name);
    return;
  }

  const db = await openDatabase(loadConfig(), { runMigrations: false });
  const ds = db.dataSource;
  try {
    if (command === 'migrate') {
      const ran = await ds.runMigrations({ transaction: 'each' });
      console.warn(
        ran.length
          ? `Applied: ${ran.map((m) => m.name).join(', ')}`
          : 'Nothing to migrate: the schema is up to date.',
      );
    } else if (command === 'rescreen') {
      if (await ds.showMigrations()) throw new Error('Migrations are pending: run npm run db:migrate first.');
      const s = await rescreenAll(ds, {
        onError: (entryId) => console.error(`Entry ${entryId} could not be read; it stays for the next run.`),
      });
      console.warn(
        s.entries === 0 && s.failed === 0
          ? 'Nothing to re-screen: every entry was read by the current risk screen.'
          : `Re-screened ${s.entries} entries: ${s.raised} new risk flags, ${s.classified} flags given a tier` +
              (s.failed > 0 ? `, ${s.failed} entries could not be read.` : '.'),
      );
    } else if (command === 'revert') {
      await ds.undoLastMigration({ transaction: 'each' });
      console.warn('Reverted the last migration.');
    }
  } finally {
    await db.close();
  }
}

main().catch((e: unknown) => {
  console.error(
    e instanceof ConfigError || e instanceof DataDirLockedError || e instanceof Error ? e.message : String(e),
  );
  process.exit(1);
});
