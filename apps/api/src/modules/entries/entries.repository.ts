import { Inject, Injectable } from '@nestjs/common';
import type {
  BarrierId,
  EntryKind,
  EntryReview,
  EntryState,
  ExperimentOutcome,
  ExperimentPlan,
  LocalDate,
  TagStatus,
} from '@askwell/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { changed, type Db, many, one, run, type Sql, sql } from '../../common/db';
import type { NewEntryWrite } from './entry.create';
import { ENTRY_SELECT, newEntryCtes } from './entry.sql';
import type { EntryRow } from './entry.view';

/** An entry row with its page key: created_at in microseconds since 1970, as text (exact to what is stored). */
export type PageRow = EntryRow & { created_us: string };

export interface EntryFilters {
  kind?: EntryKind;
  barrierId?: BarrierId;
  tagStatus?: TagStatus;
  flagged?: boolean;
  unread?: boolean;
}

/** What a page of a client's entries reads: whose, which (`shared` only for a practitioner), after which key. */
export interface PageQuery {
  clientId: string;
  sharedOnly: boolean;
  filters: EntryFilters;
  /** (created_us, id) of the previous page's last entry */
  after: readonly [string, string] | null;
  limit: number;
}

/** An assignment as a new entry for it needs it: whether it is open, and what it asks for. */
export interface AssignmentFitRow {
  status: string;
  template_id: string | null;
  record_type: string | null;
  custom_title: string | null;
}

/**
 * All SQL of the entry rows (the tags' writes are in entry-tags.repository.ts, the flags' in
 * risk-flags.repository.ts): reads as `EntryRow`, the locks updates take first, the updates, and the create's
 * one statement as a fragment for IdempotencyService.createInOneStatement. Every statement is within a practice.
 */
@Injectable()
export class EntriesRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** One entry of the practice, whoever's it is: the caller decides who may see it. */
  async byId(practiceId: string, id: string, db: Db = this.dataSource): Promise<EntryRow | undefined> {
    return one<EntryRow>(db, sql`${ENTRY_SELECT} WHERE n.practice_id = ${practiceId} AND n.id = ${id}`);
  }

  /** A page of a client's entries, newest first: `limit` + 1 rows, so the caller knows whether more follow. */
  async page(practiceId: string, q: PageQuery): Promise<PageRow[]> {
    const f = q.filters;
    const [kind, barrier, status] = [f.kind ?? null, f.barrierId ?? null, f.tagStatus ?? null];
    const [flagged, unread] = [f.flagged ?? null, f.unread ?? null];
    const [afterUs, afterId] = q.after ?? [null, null];
    return many<PageRow>(
      this.dataSource,
      sql`${ENTRY_SELECT}
        WHERE n.practice_id = ${practiceId} AND n.client_id = ${q.clientId}
          AND (${q.sharedOnly}::boolean IS FALSE OR n.sharing = 'shared')
          AND (${kind}::text IS NULL OR n.kind = ${kind}::text)
          AND (${barrier}::text IS NULL AND ${status}::text IS NULL OR EXISTS (
                SELECT 1 FROM entry_tag t WHERE t.practice_id = n.practice_id AND t.entry_id = n.id
                   AND (${barrier}::text IS NULL OR t.barrier_id = ${barrier}::text)
                   AND (CASE WHEN ${status}::text IS NULL THEN t.status <> 'rejected' ELSE t.status = ${status}::text END)))
          AND (${flagged}::boolean IS NULL OR ${flagged}::boolean = EXISTS (
                SELECT 1 FROM risk_flag f WHERE f.practice_id = n.practice_id AND f.entry_id = n.id))
          AND (${unread}::boolean IS NULL OR ${unread}::boolean = (n.read_at IS NULL))
          AND (${afterUs}::bigint IS NULL OR (n.created_at, n.id) <
                ('epoch'::timestamptz + ${afterUs}::bigint * interval '1 microsecond', ${afterId}::uuid))
        ORDER BY n.created_at DESC, n.id DESC
        LIMIT ${q.limit + 1}`,
    );
  }

  /** The client's shared entries no practitioner has opened yet. */
  async unreadCount(practiceId: string, clientId: string): Promise<number> {
    const row = await one<{ n: number }>(
      this.dataSource,
      sql`SELECT count(*)::int AS n FROM entry
           WHERE practice_id = ${practiceId} AND client_id = ${clientId} AND sharing = 'shared' AND read_at IS NULL`,
    );
    return row?.n ?? 0;
  }

  /** A practitioner opened the entry: it is read from now on (the first time counts). */
  async markRead(practiceId: string, id: string): Promise<void> {
    await run(
      this.dataSource,
      sql`UPDATE entry SET read_at = now() WHERE practice_id = ${practiceId} AND id = ${id} AND read_at IS NULL`,
    );
  }

  /** The client's own entry of a kind, locked for update. */
  async lockOwn(
    actor: Actor,
    id: string,
    kind: EntryKind,
    db: Db,
  ): Promise<{ state: EntryState; version: number; done_on: LocalDate | null } | undefined> {
    return one(
      db,
      sql`SELECT state, version, done_on FROM entry
           WHERE practice_id = ${actor.practiceId} AND id = ${id} AND client_id = ${actor.accountId} AND kind = ${kind}
             FOR UPDATE`,
    );
  }

  /** A shared entry of the practice, locked for update (a review); the caller checks access to its client. */
  async lockShared(
    practiceId: string,
    id: string,
    db: Db,
  ): Promise<{ client_id: string; version: number } | undefined> {
    return one(
      db,
      sql`SELECT client_id, version FROM entry
           WHERE practice_id = ${practiceId} AND id = ${id} AND sharing = 'shared' FOR UPDATE`,
    );
  }

  /** The client's own assignment with its exercise's record type and title, for a new entry's fit. */
  async assignmentFor(actor: Actor, assignmentId: string): Promise<AssignmentFitRow | undefined> {
    return one<AssignmentFitRow>(
      this.dataSource,
      sql`SELECT s.status, s.template_id, e.record_type, e.title AS custom_title FROM assignment s
            LEFT JOIN custom_exercise e ON e.practice_id = s.practice_id AND e.id = s.custom_exercise_id
           WHERE s.practice_id = ${actor.practiceId} AND s.id = ${assignmentId} AND s.client_id = ${actor.accountId}`,
    );
  }

  /** The new entry's statement, as CTEs for IdempotencyService.createInOneStatement (see entry.sql.ts). */
  newEntry(w: NewEntryWrite): Sql {
    return newEntryCtes(w);
  }

  /** A re-saved plan: the plan, and the day it is planned for. */
  async savePlan(practiceId: string, id: string, plan: ExperimentPlan, db: Db): Promise<void> {
    await changed(
      db,
      sql`UPDATE entry SET plan = ${JSON.stringify(plan)}, occurred_on = ${plan.plannedOn}, version = version + 1,
                           updated_at = now()
           WHERE practice_id = ${practiceId} AND id = ${id} RETURNING id`,
    );
  }

  /** The request is made: the experiment moves to `state`, its plan locked from now. */
  async lock(practiceId: string, id: string, state: EntryState, db: Db): Promise<void> {
    await changed(
      db,
      sql`UPDATE entry SET state = ${state}, locked_at = now(), version = version + 1, updated_at = now()
           WHERE practice_id = ${practiceId} AND id = ${id} RETURNING id`,
    );
  }

  /** The experiment's outcome, and the day the request was done. */
  async saveOutcome(
    practiceId: string,
    id: string,
    change: { state: EntryState; outcome: ExperimentOutcome; doneOn: LocalDate },
    db: Db,
  ): Promise<void> {
    await changed(
      db,
      sql`UPDATE entry SET state = ${change.state}, outcome = ${JSON.stringify(change.outcome)},
                           done_on = ${change.doneOn}, version = version + 1, updated_at = now()
           WHERE practice_id = ${practiceId} AND id = ${id} RETURNING id`,
    );
  }

  /**
   * A review's own fields: what the input leaves out stays (a comment sent as null is removed); marking it
   * reviewed names the reviewer, un-marking clears both; a reviewed entry is read.
   */
  async saveReview(actor: Actor, id: string, input: EntryReview, db: Db): Promise<void> {
    const comment = input.comment !== undefined;
    const mark = input.markReviewed ?? null;
    await changed(
      db,
      sql`UPDATE entry SET
            review_comment = CASE WHEN ${comment}::boolean THEN ${input.comment ?? null}::text ELSE review_comment END,
            raise_in_session = COALESCE(${input.raiseInSession ?? null}::boolean, raise_in_session),
            reviewed_at = CASE WHEN ${mark}::boolean IS NULL THEN reviewed_at WHEN ${mark}::boolean THEN now() ELSE NULL END,
            reviewed_by = CASE WHEN ${mark}::boolean IS NULL THEN reviewed_by WHEN ${mark}::boolean THEN ${actor.accountId}::uuid ELSE NULL END,
            read_at = COALESCE(read_at, now()),
            version = version + 1
          WHERE practice_id = ${actor.practiceId} AND id = ${id} RETURNING id`,
    );
  }
}
