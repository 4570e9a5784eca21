import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tiered risk screen (libs/domain language/risk.ts, RISK_SCREEN_VERSION): a flag says how serious and what
 * kind of statement it is, and every entry says which screen last read it, so entries an older screen read can
 * be read again (apps/api/src/modules/entries/risk-rescreen.ts).
 *
 * - risk_flag.tier: 'explicit' or 'concern', the most serious finding's; NULL only for a flag the earlier,
 *   untiered screen raised (screen_version 1) that no later screen has classified.
 * - risk_flag.category: that finding's category (libs/domain RISK_CATEGORIES); NULL exactly when the tier is.
 * - risk_flag.findings: every finding as [{tier, category, evidence, when}] ([] for the untiered screen's flags,
 *   whose phrases stay in `matches`).
 * - risk_flag.screen_version: the screen that raised the flag or last classified it.
 * - entry.risk_screen_version: the screen that last read the entry; 1 for every entry written before this.
 *
 * New keys: none (practice_id still leads every key; the tenancy catalog test reads them). Two indexes: a flag
 * by its entry (the entry views and the re-screen look flags up per entry), and the entries an older screen read
 * (the re-screen's probe at every start, empty once it has run). The open-flag index carries the tier and the
 * entry, so the caseload orders by tier from the index alone.
 */
export class RiskFlagTiers1764600000000 implements MigrationInterface {
  name = 'RiskFlagTiers1764600000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE risk_flag
        ADD COLUMN tier text NULL CHECK (tier IN ('explicit', 'concern')),
        ADD COLUMN category text NULL CHECK (category ~ '^[a-z][a-z-]{1,60}$'),
        ADD COLUMN findings jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(findings) = 'array'),
        ADD COLUMN screen_version smallint NOT NULL DEFAULT 1 CHECK (screen_version >= 1),
        ADD CONSTRAINT risk_flag_tier_category CHECK ((tier IS NULL) = (category IS NULL)),
        ADD CONSTRAINT risk_flag_untiered_only_v1 CHECK (tier IS NOT NULL OR screen_version = 1)`);
    await q.query(
      `ALTER TABLE entry ADD COLUMN risk_screen_version smallint NOT NULL DEFAULT 1 CHECK (risk_screen_version >= 1)`,
    );
    await q.query(`CREATE INDEX risk_flag_entry_idx ON risk_flag (practice_id, entry_id)`);
    await q.query(`CREATE INDEX entry_risk_screen_idx ON entry (risk_screen_version)`);
    await q.query(`DROP INDEX risk_flag_open_idx`);
    await q.query(`
      CREATE INDEX risk_flag_open_idx ON risk_flag (practice_id, client_id) INCLUDE (tier, entry_id)
        WHERE acknowledged_at IS NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX risk_flag_open_idx`);
    await q.query(
      `CREATE INDEX risk_flag_open_idx ON risk_flag (practice_id, client_id) WHERE acknowledged_at IS NULL`,
    );
    await q.query(`DROP INDEX entry_risk_screen_idx`);
    await q.query(`DROP INDEX risk_flag_entry_idx`);
    await q.query(`ALTER TABLE entry DROP COLUMN risk_screen_version`);
    await q.query(`
      ALTER TABLE risk_flag
        DROP CONSTRAINT risk_flag_untiered_only_v1,
        DROP CONSTRAINT risk_flag_tier_category,
        DROP COLUMN screen_version,
        DROP COLUMN findings,
        DROP COLUMN category,
        DROP COLUMN tier`);
  }
}
