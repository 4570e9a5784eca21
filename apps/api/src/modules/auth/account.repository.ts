import { Inject, Injectable } from '@nestjs/common';
import type { Role } from '@askwell/domain';
import { DataSource } from 'typeorm';
import { changed, type Db, one, run, sql } from '../../common/db';

export interface AccountRow {
  practice_id: string;
  id: string;
  email: string;
  display_name: string;
  role: Role;
  password_hash: string | null;
  totp_secret: string | null;
  totp_enabled_at: Date | null;
  /** The time step of the last TOTP code taken (bigint, as text); null since the secret was set. */
  totp_last_step: string | null;
  created_at: Date;
}

export interface PracticeRow {
  practice_id: string;
  name: string;
  require_two_factor: boolean;
  idle_timeout_minutes: number;
  crisis_resources: string | null;
  version: number;
  created_at: Date;
}

/** All SQL about practices and accounts: the login directory, passwords, TOTP secrets, recovery codes. */
@Injectable()
export class AccountRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async findByEmail(email: string, db: Db = this.dataSource): Promise<AccountRow | undefined> {
    return one<AccountRow>(
      db,
      sql`SELECT a.* FROM account_email d JOIN account a ON a.practice_id = d.practice_id AND a.id = d.account_id WHERE d.email = ${email}`,
    );
  }

  async find(
    practiceId: string,
    accountId: string,
    db: Db = this.dataSource,
  ): Promise<AccountRow | undefined> {
    return one<AccountRow>(
      db,
      sql`SELECT * FROM account WHERE practice_id = ${practiceId} AND id = ${accountId}`,
    );
  }

  async emailTaken(email: string, db: Db = this.dataSource): Promise<boolean> {
    return !!(await one(db, sql`SELECT 1 FROM account_email WHERE email = ${email}`));
  }

  async createPractice(db: Db, name: string): Promise<PracticeRow> {
    const row = await one<PracticeRow>(db, sql`INSERT INTO practice (name) VALUES (${name}) RETURNING *`);
    if (!row) throw new Error('practice insert returned nothing');
    return row;
  }

  async findPractice(practiceId: string, db: Db = this.dataSource): Promise<PracticeRow | undefined> {
    return one<PracticeRow>(db, sql`SELECT * FROM practice WHERE practice_id = ${practiceId}`);
  }

  /** Inserts the account and its login-directory entry; the caller runs this in a transaction. */
  async create(
    db: Db,
    a: { practiceId: string; email: string; displayName: string; role: Role; passwordHash: string },
  ): Promise<AccountRow> {
    const row = await one<AccountRow>(
      db,
      sql`INSERT INTO account (practice_id, email, display_name, role, password_hash, password_changed_at)
          VALUES (${a.practiceId}, ${a.email}, ${a.displayName}, ${a.role}, ${a.passwordHash}, now()) RETURNING *`,
    );
    if (!row) throw new Error('account insert returned nothing');
    await run(
      db,
      sql`INSERT INTO account_email (email, practice_id, account_id) VALUES (${a.email}, ${a.practiceId}, ${row.id})`,
    );
    return row;
  }

  async setPassword(db: Db, practiceId: string, accountId: string, passwordHash: string): Promise<void> {
    await run(
      db,
      sql`UPDATE account SET password_hash = ${passwordHash}, password_changed_at = now()
           WHERE practice_id = ${practiceId} AND id = ${accountId}`,
    );
  }

  async setTotp(
    db: Db,
    practiceId: string,
    accountId: string,
    secret: string | null,
    enabled: boolean,
  ): Promise<void> {
    await run(
      db,
      sql`UPDATE account SET totp_secret = ${secret}, totp_enabled_at = CASE WHEN ${enabled} THEN now() ELSE NULL END,
                 totp_last_step = CASE WHEN totp_secret IS NOT DISTINCT FROM ${secret} THEN totp_last_step END
           WHERE practice_id = ${practiceId} AND id = ${accountId}`,
    );
  }

  /**
   * Takes a TOTP code's time step for the account: true only if it is later than the last one taken (and the
   * secret is still the one it was checked against). One statement: of two requests with one code, in any
   * number of API processes, the row lock lets exactly one through.
   */
  async takeTotpStep(
    db: Db,
    practiceId: string,
    accountId: string,
    secret: string,
    step: number,
  ): Promise<boolean> {
    const rows = await changed(
      db,
      sql`UPDATE account SET totp_last_step = ${step}
           WHERE practice_id = ${practiceId} AND id = ${accountId} AND totp_secret = ${secret}
             AND (totp_last_step IS NULL OR totp_last_step < ${step})
          RETURNING 1`,
    );
    return rows.length === 1;
  }

  async replaceRecoveryCodes(
    db: Db,
    practiceId: string,
    accountId: string,
    codeHashes: string[],
  ): Promise<void> {
    await run(
      db,
      sql`DELETE FROM recovery_code WHERE practice_id = ${practiceId} AND account_id = ${accountId}`,
    );
    for (const h of codeHashes) {
      await run(
        db,
        sql`INSERT INTO recovery_code (practice_id, account_id, code_hash) VALUES (${practiceId}, ${accountId}, ${h})`,
      );
    }
  }

  /** Marks a recovery code used; true only the first time. */
  async useRecoveryCode(db: Db, practiceId: string, accountId: string, codeHash: string): Promise<boolean> {
    const rows = await changed(
      db,
      sql`UPDATE recovery_code SET used_at = now()
           WHERE practice_id = ${practiceId} AND account_id = ${accountId} AND code_hash = ${codeHash} AND used_at IS NULL
          RETURNING 1`,
    );
    return rows.length === 1;
  }

  async remainingRecoveryCodes(practiceId: string, accountId: string): Promise<number> {
    const r = await one<{ n: number }>(
      this.dataSource,
      sql`SELECT count(*)::int AS n FROM recovery_code
           WHERE practice_id = ${practiceId} AND account_id = ${accountId} AND used_at IS NULL`,
    );
    return r?.n ?? 0;
  }
}
