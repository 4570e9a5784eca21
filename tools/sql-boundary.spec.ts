import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Proves the lint rule that keeps SQL in repositories ([sql-only-in-repositories], eslint.config.mjs) can fail:
 * plants a service that runs a query, one that writes a statement, one that imports the `sql` tag, and a
 * repository doing all three, lints them with the real config, and expects the rule on each service and never on
 * the repository. The probe folder sits inside apps/api/src so the type-aware lint's project includes it.
 */
const ROOT = path.resolve(__dirname, '..');
const PROBE = `apps/api/src/modules/sql-probe-${process.pid}`;

const PROBES: Record<string, string> = {
  'runs-query.service.ts': `import type { DataSource } from 'typeorm';
export const count = (db: DataSource): Promise<unknown> => db.query('SELECT count(*) FROM entry', []);
`,
  'writes-statement.service.ts': `export const statement = \`
  UPDATE entry SET read_at = now() WHERE practice_id = $1\`;
`,
  'imports-tag.service.ts': `import { sql } from '../../common/db';
export const fragment = sql\`true\`;
`,
  'plain-words.service.ts': `export const words = \`Select a client to see their brief. Update the plan when it changes.\`;
`,
  'allowed.repository.ts': `import type { DataSource } from 'typeorm';
import { one, sql } from '../../common/db';
export const count = (db: DataSource): Promise<unknown> => db.query('SELECT count(*) FROM entry', []);
export const first = (db: DataSource): Promise<unknown> => one(db, sql\`SELECT 1 FROM entry WHERE id = \${'x'}\`);
export const statement = \`
  DELETE FROM draft WHERE practice_id = $1\`;
`,
};

interface LintResult {
  filePath: string;
  messages: { ruleId: string | null; message: string }[];
}

describe('SQL only in repositories (eslint)', () => {
  let results: LintResult[] = [];

  beforeAll(() => {
    const dir = path.join(ROOT, PROBE);
    fs.mkdirSync(dir, { recursive: true });
    try {
      for (const [name, source] of Object.entries(PROBES)) fs.writeFileSync(path.join(dir, name), source);
      const res = spawnSync(
        process.execPath,
        [
          path.join(ROOT, 'node_modules/eslint/bin/eslint.js'),
          '--format',
          'json',
          '--no-warn-ignored',
          PROBE,
        ],
        { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
      );
      results = JSON.parse(res.stdout) as LintResult[];
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  const sqlMessages = (name: string): string[] => {
    const r = results.find((x) => path.basename(x.filePath) === name);
    if (!r) throw new Error(`${name} was not linted`);
    return r.messages.filter((m) => m.message.includes('[sql-only-in-repositories]')).map((m) => m.message);
  };

  it('lints every probe without a parsing error', () => {
    expect(results).toHaveLength(Object.keys(PROBES).length);
    for (const r of results) expect(r.messages.filter((m) => m.ruleId === null)).toEqual([]);
  });

  it.each([
    ['runs-query.service.ts', 'run queries in a repository method'],
    ['writes-statement.service.ts', 'this looks like SQL'],
    ['imports-tag.service.ts', 'only repositories run SQL'],
  ])('rejects SQL outside a repository: %s', (name, words) => {
    expect(sqlMessages(name).join('\n')).toContain(words);
  });

  it('allows the same in a repository, and ordinary words anywhere', () => {
    expect(sqlMessages('allowed.repository.ts')).toEqual([]);
    expect(sqlMessages('plain-words.service.ts')).toEqual([]);
  });
});
