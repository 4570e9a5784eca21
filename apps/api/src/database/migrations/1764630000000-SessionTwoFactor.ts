import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a session was opened with the second factor (a TOTP code or a recovery code at sign-in, or turning
 * two-step sign-in on within it). When a practice requires two-step sign-in, a staff session without it is ended
 * at its next request (AuthGuard), so the requirement reaches sessions opened before it was turned on.
 *
 * Sessions already open count as opened with it when they began at or after the account turned two-step on
 * (sign-in asked for a code from then on); the rest are asked again if their practice requires it.
 */
export class SessionTwoFactor1764630000000 implements MigrationInterface {
  name = 'SessionTwoFactor1764630000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE session ADD COLUMN two_factor boolean NOT NULL DEFAULT false`);
    await q.query(`
      UPDATE session s SET two_factor = true
        FROM account a
       WHERE a.practice_id = s.practice_id AND a.id = s.account_id
         AND a.totp_enabled_at IS NOT NULL AND s.created_at >= a.totp_enabled_at`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE session DROP COLUMN two_factor`);
  }
}
