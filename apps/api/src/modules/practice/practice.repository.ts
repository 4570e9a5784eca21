import { Inject, Injectable } from '@nestjs/common';
import type { PracticeSettingsUpdateSchema } from '@askwell/domain';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { changed, type Db, many, one, sql } from '../../common/db';
import type { PracticeRow } from '../auth/account.repository';

export interface MemberRow {
  id: string;
  email: string;
  display_name: string;
  role: 'owner' | 'practitioner';
  totp_enabled_at: Date | null;
  client_count: number;
  created_at: Date;
}

/** All SQL of the practice settings and the member list (reading a practice: AccountRepository.findPractice). */
@Injectable()
export class PracticeRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** The practice row, locked (FOR UPDATE) until the transaction ends: settings updates run one at a time. */
  async lock(db: Db, practiceId: string): Promise<PracticeRow | undefined> {
    return one<PracticeRow>(db, sql`SELECT * FROM practice WHERE practice_id = ${practiceId} FOR UPDATE`);
  }

  /**
   * Applies the change and bumps the version (the ETag): a field left out keeps its value; crisisResources null
   * restores the default text.
   */
  async updateSettings(
    db: Db,
    practiceId: string,
    c: z.output<typeof PracticeSettingsUpdateSchema>,
  ): Promise<PracticeRow | undefined> {
    const [updated] = await changed<PracticeRow>(
      db,
      sql`UPDATE practice SET
            name = COALESCE(${c.name ?? null}, name),
            require_two_factor = COALESCE(${c.requireTwoFactor ?? null}, require_two_factor),
            idle_timeout_minutes = COALESCE(${c.idleTimeoutMinutes ?? null}, idle_timeout_minutes),
            crisis_resources = CASE WHEN ${c.crisisResources !== undefined} THEN ${c.crisisResources ?? null} ELSE crisis_resources END,
            version = version + 1
          WHERE practice_id = ${practiceId} RETURNING *`,
    );
    return updated;
  }

  /** The owner and practitioners, owner first, with the size of each caseload. */
  async members(practiceId: string): Promise<MemberRow[]> {
    return many<MemberRow>(
      this.dataSource,
      sql`SELECT a.id, a.email, a.display_name, a.role, a.totp_enabled_at, a.created_at,
                 (SELECT count(*)::int FROM caseload c WHERE c.practice_id = a.practice_id AND c.practitioner_id = a.id) AS client_count
            FROM account a
           WHERE a.practice_id = ${practiceId} AND a.role IN ('owner', 'practitioner')
           ORDER BY a.role DESC, a.display_name`,
    );
  }
}
