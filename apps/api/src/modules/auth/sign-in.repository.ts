import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { changed, type Db, one, run, sql } from '../../common/db';

/**
 * All SQL of the short-lived sign-in tokens: login challenges (between the password and the second factor) and
 * password-reset links. Both are stored by the hash of their token and end at a time set by the database.
 */
@Injectable()
export class SignInRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async insertChallenge(
    db: Db,
    c: { practiceId: string; id: string; accountId: string; minutes: number },
  ): Promise<void> {
    await run(
      db,
      sql`INSERT INTO login_challenge (practice_id, id, account_id, expires_at)
          VALUES (${c.practiceId}, ${c.id}, ${c.accountId}, now() + make_interval(mins => ${c.minutes}))`,
    );
  }

  /** The account a challenge is for, while it has not expired. */
  async challengeAccount(practiceId: string, id: string): Promise<string | undefined> {
    const row = await one<{ account_id: string }>(
      this.dataSource,
      sql`SELECT account_id FROM login_challenge
           WHERE practice_id = ${practiceId} AND id = ${id} AND expires_at > now()`,
    );
    return row?.account_id;
  }

  async deleteChallenge(db: Db, practiceId: string, id: string): Promise<void> {
    await run(db, sql`DELETE FROM login_challenge WHERE practice_id = ${practiceId} AND id = ${id}`);
  }

  async insertReset(r: {
    practiceId: string;
    tokenHash: string;
    accountId: string;
    minutes: number;
  }): Promise<void> {
    await run(
      this.dataSource,
      sql`INSERT INTO password_reset (practice_id, token_hash, account_id, expires_at)
          VALUES (${r.practiceId}, ${r.tokenHash}, ${r.accountId}, now() + make_interval(mins => ${r.minutes}))`,
    );
  }

  /** A reset link that is neither used nor expired. */
  async usableReset(
    practiceId: string,
    tokenHash: string,
  ): Promise<{ id: string; account_id: string } | undefined> {
    return one<{ id: string; account_id: string }>(
      this.dataSource,
      sql`SELECT id, account_id FROM password_reset
           WHERE practice_id = ${practiceId} AND token_hash = ${tokenHash} AND used_at IS NULL AND expires_at > now()`,
    );
  }

  /** Marks the link used; true only the first time (of two tabs confirming at once, one wins). */
  async useReset(db: Db, practiceId: string, id: string): Promise<boolean> {
    const used = await changed(
      db,
      sql`UPDATE password_reset SET used_at = now()
           WHERE practice_id = ${practiceId} AND id = ${id} AND used_at IS NULL
          RETURNING 1`,
    );
    return used.length === 1;
  }
}
