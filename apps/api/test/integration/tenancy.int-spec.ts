import { findTenancyViolations, GLOBAL_TABLES } from '../support/tenancy-rules';
import { createTestApp, type TestApp } from '../setup/test-app';

describe('tenancy rules on the migrated schema (catalog)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('has practice_id inside every tenant primary key, unique key and foreign key', async () => {
    expect(await findTenancyViolations(t.dataSource)).toEqual([]);
  });

  it('knows every global table it exempts (no stale exemptions)', async () => {
    const rows = await t.dataSource.query<{ tablename: string }[]>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`,
    );
    const names = rows.map((r) => r.tablename);
    for (const g of Object.keys(GLOBAL_TABLES)) expect(names).toContain(g);
  });

  it('reports a table that breaks the rules', async () => {
    await t.dataSource.query(
      `CREATE TABLE planted_bad (id uuid PRIMARY KEY, practice_id uuid NOT NULL, code text UNIQUE)`,
    );
    await t.dataSource.query(`CREATE TABLE planted_no_tenant (id uuid PRIMARY KEY)`);
    try {
      const v = await findTenancyViolations(t.dataSource);
      expect(v).toEqual(
        expect.arrayContaining([
          expect.stringContaining('planted_bad: primary key'),
          expect.stringContaining('planted_bad: unique key'),
          'planted_no_tenant: tenant table without practice_id',
        ]),
      );
    } finally {
      await t.dataSource.query(`DROP TABLE planted_bad, planted_no_tenant`);
    }
  });

  it('refuses to change or remove an audit event', async () => {
    const [row] = await t.dataSource.query<{ practice_id: string }[]>(
      `INSERT INTO practice (name) VALUES ('Audit test') RETURNING practice_id`,
    );
    const practice_id = row?.practice_id;
    await t.dataSource.query(
      `INSERT INTO audit_event (practice_id, action, outcome) VALUES ($1, 'test.write', 'success')`,
      [practice_id],
    );
    await expect(
      t.dataSource.query(`UPDATE audit_event SET outcome = 'failure' WHERE practice_id = $1`, [practice_id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.dataSource.query(`DELETE FROM audit_event WHERE practice_id = $1`, [practice_id]),
    ).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
  });
});
