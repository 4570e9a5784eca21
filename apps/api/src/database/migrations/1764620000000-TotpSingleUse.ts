import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A TOTP code is good once (RFC 6238 §5.2, ASVS 2.8.4): the time step of the last code accepted for the account.
 * A code is taken only for a later step, by one conditional UPDATE, so two API processes cannot both take it.
 * NULL: no code taken since the secret was set.
 */
export class TotpSingleUse1764620000000 implements MigrationInterface {
  name = 'TotpSingleUse1764620000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE account ADD COLUMN totp_last_step bigint NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE account DROP COLUMN totp_last_step`);
  }
}
