import { Inject, Injectable } from '@nestjs/common';
import type { RiskTier } from '@askwell/domain';
import { DataSource } from 'typeorm';
import { type Db, many, one, sql } from '../../common/db';
import { flagRankSql } from '../insight/insight.sql';

/** A client as the caseload shows them: profile, practitioners, open risk flags, unread entries, last activity. */
export interface ClientRow {
  id: string;
  display_name: string;
  /** lower(display_name) as the database sorts it: the page cursor's key. */
  sort_name: string;
  email: string;
  created_at: Date;
  practitioners: { id: string; displayName: string }[] | null;
  current_rung: number | null;
  time_zone: string;
  version: number;
  open_risk_flags: number;
  open_risk_tier: RiskTier | null;
  unread_shared_entries: number;
  last_activity_at: Date | null;
}

/** A page of the caseload: whose (null: the whole practice's), after which client, how many rows. */
export interface ClientPageQuery {
  practitionerId: string | null;
  /** the last client of the page before: [sort_name, id] */
  after: readonly [sortName: string, id: string] | null;
  limit: number;
}

const SELECT = sql`
  SELECT a.id, a.display_name, lower(a.display_name) AS sort_name, a.email, a.created_at, a.current_rung, a.time_zone, a.version,
         rf.open_risk_flags, CASE rf.flag_rank WHEN 3 THEN 'explicit' WHEN 1 THEN 'concern' END AS open_risk_tier,
         (SELECT count(*)::int FROM entry n
           WHERE n.practice_id = a.practice_id AND n.client_id = a.id AND n.sharing = 'shared' AND n.read_at IS NULL) AS unread_shared_entries,
         (SELECT max(n.updated_at) FROM entry n WHERE n.practice_id = a.practice_id AND n.client_id = a.id) AS last_activity_at,
         (SELECT json_agg(json_build_object('id', p.id, 'displayName', p.display_name) ORDER BY p.display_name)
            FROM caseload c JOIN account p ON p.practice_id = c.practice_id AND p.id = c.practitioner_id
           WHERE c.practice_id = a.practice_id AND c.client_id = a.id) AS practitioners
    FROM account a
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS open_risk_flags, COALESCE(max(${flagRankSql}), 0) AS flag_rank
        FROM risk_flag f JOIN entry fe ON fe.practice_id = f.practice_id AND fe.id = f.entry_id
       WHERE f.practice_id = a.practice_id AND f.client_id = a.id AND f.acknowledged_at IS NULL
    ) rf`;

/** All SQL of the caseload list and a client's summary (who may see a client: access.repository.ts). */
@Injectable()
export class ClientsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** By name as the database lowers it, then id; `q.limit` rows after `q.after`. */
  async page(practiceId: string, q: ClientPageQuery, db: Db = this.dataSource): Promise<ClientRow[]> {
    const [afterName, afterId] = q.after ?? [null, null];
    return many<ClientRow>(
      db,
      sql`${SELECT}
           WHERE a.practice_id = ${practiceId} AND a.role = 'client'
             AND (${q.practitionerId}::uuid IS NULL OR EXISTS (SELECT 1 FROM caseload c WHERE c.practice_id = a.practice_id AND c.client_id = a.id AND c.practitioner_id = ${q.practitionerId}))
             AND (${afterName}::text IS NULL OR (lower(a.display_name), a.id) > (${afterName}::text, ${afterId}::uuid))
           ORDER BY lower(a.display_name), a.id
           LIMIT ${q.limit}`,
    );
  }

  async find(practiceId: string, clientId: string, db: Db = this.dataSource): Promise<ClientRow | undefined> {
    return one<ClientRow>(db, sql`${SELECT} WHERE a.practice_id = ${practiceId} AND a.id = ${clientId}`);
  }
}
