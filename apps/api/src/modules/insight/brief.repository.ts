import { Inject, Injectable } from '@nestjs/common';
import type {
  BarrierId,
  ExperimentOutcome,
  ExperimentPlan,
  LocalDate,
  Pause,
  ProgressView,
  Recurrence,
  RiskCategory,
  RiskFindingView,
  RiskTier,
  TagStatus,
} from '@askwell/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { type Db, one, sql } from '../../common/db';
import type { AuditEvent } from '../audit/audit.event';
import { auditInsertSql } from '../audit/audit.repository';
import { visibleClientSql } from '../clients/access.repository';
import { type BriefArgs, briefSql, progressSql } from './brief.sql';
import type { ReadinessRow } from './readiness';

export interface BriefClientRow {
  time_zone: string;
  current_rung: number | null;
  display_name: string;
  last_session_id: string | null;
  last_session_on: LocalDate | null;
}

export interface ExperimentRow {
  id: string;
  occurred_on: LocalDate;
  plan: ExperimentPlan;
  outcome: ExperimentOutcome | null;
}

/** Rows aggregated as JSON: dates arrive as 'YYYY-MM-DD', timestamps as ISO strings. */
export type Timestamp = string;

/** brief_data()'s JSON (database/functions/brief_data.v2.sql). */
export interface BriefData {
  experiments: ExperimentRow[];
  tags: { entry_id: string; barrier_id: BarrierId; status: TagStatus; occurred_on: LocalDate }[];
  assignments: {
    start_on: LocalDate;
    recurrence: Recurrence;
    pauses: Pause[];
    ended_on: LocalDate | null;
    done: LocalDate[];
  }[];
  unread: { id: string; kind: string }[];
  /** Open flags; for a private entry's, entry_id, tier and category are null and findings empty (brief_data v2). */
  flags: {
    id: string;
    entry_id: string | null;
    sharing: string;
    raised_at: Timestamp;
    tier: RiskTier | null;
    category: RiskCategory | null;
    findings: RiskFindingView[];
  }[];
  raised: { id: string; review_comment: string | null }[];
  readiness: ReadinessRow[];
  reviewed_at: Timestamp | null;
}

export interface ProgressRow {
  experiments: (ExperimentRow & { done_on: LocalDate | null })[];
  tags: { barrier_id: BarrierId; status: TagStatus; occurred_on: LocalDate }[];
  reflections: {
    id: string;
    created_at: Timestamp;
    body: { text: string };
    tags: ProgressView['reflections'][number]['tags'];
  }[];
  readiness: ReadinessRow[];
}

/**
 * The SQL of the brief and the progress charts: the client with the access check, and each read with its audit
 * row in the same statement (the statements themselves are in brief.sql.ts).
 */
@Injectable()
export class BriefRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** The client if the actor may see them (the access rule in the statement), with their last session. */
  async visibleClient(
    actor: Actor,
    clientId: string,
    db: Db = this.dataSource,
  ): Promise<BriefClientRow | undefined> {
    return one<BriefClientRow>(
      db,
      sql`SELECT a.time_zone, a.current_rung, a.display_name, s.id AS last_session_id, s.held_on AS last_session_on
            FROM account a
            LEFT JOIN LATERAL (
              SELECT id, held_on FROM client_session WHERE practice_id = a.practice_id AND client_id = a.id
               ORDER BY held_on DESC, created_at DESC LIMIT 1) s ON true
           WHERE a.practice_id = ${actor.practiceId} AND a.id = ${clientId} AND a.role = 'client'
             AND ${visibleClientSql(actor, 'a')}`,
    );
  }

  /** Everything the progress charts read, and the read's audit row, in one statement. */
  async progressAudited(
    audit: AuditEvent,
    practiceId: string,
    clientId: string,
    barrierId: BarrierId | null,
    db: Db = this.dataSource,
  ): Promise<ProgressRow | undefined> {
    return one<ProgressRow>(db, progressSql(auditInsertSql(audit), practiceId, clientId, barrierId));
  }

  /** brief_data() for the period, and the read's audit row, in one statement. */
  async briefAudited(
    audit: AuditEvent,
    a: BriefArgs,
    db: Db = this.dataSource,
  ): Promise<BriefData | undefined> {
    return (await one<{ data: BriefData }>(db, briefSql(auditInsertSql(audit), a)))?.data;
  }

  /** Marks the brief of [from, to] reviewed by `reviewedBy`, with its audit row in the same statement: both or neither. */
  async insertReviewAudited(
    audit: AuditEvent,
    practiceId: string,
    clientId: string,
    reviewedBy: string,
    from: LocalDate,
    to: LocalDate,
    db: Db = this.dataSource,
  ): Promise<Date | undefined> {
    const row = await one<{ reviewed_at: Date }>(
      db,
      sql`WITH audit AS (${auditInsertSql(audit)})
          INSERT INTO brief_review (practice_id, client_id, reviewed_by, period_from, period_to)
          VALUES (${practiceId}, ${clientId}, ${reviewedBy}, ${from}, ${to}) RETURNING reviewed_at`,
    );
    return row?.reviewed_at;
  }
}
