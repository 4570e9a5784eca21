import { Inject, Injectable } from '@nestjs/common';
import {
  type BarrierId,
  DEFAULT_CRISIS_RESOURCES,
  type EntryCreate,
  type EntryKind,
  type EntryReview,
  type ExperimentOutcome,
  type ExperimentPlan,
  type ExperimentState,
  type LocalDate,
  localDateOf,
  nextExperimentState,
  type ObservationEntry,
  RISK_SCREEN_VERSION,
  type ReflectionEntry,
  type RiskCategory,
  type RiskTier,
  type Sharing,
  type TagStatus,
} from '@askwell/domain';
import { z } from 'zod';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { type IfMatchHeader, type RequestKey, type RequestMeta } from '../../common/request';
import { AppError, notFound, orFail } from '../../common/app-error';
import { changed, type Db, many, one } from '../../common/db';
import {} from '../../common/etag';
import { IdempotencyService } from '../../common/idempotency';
import { CursorKey, cursorCodec, type Page, pageOf } from '../../common/pagination';
import { AuditService } from '../audit/audit.service';
import { AccessService } from '../clients/access.service';
import { exerciseOf } from '../exercises/exercise.view';
import { createSql, type NewEntry } from './entry.create';
import { clientTags, type EntryPart, riskOf, suggestionsFor } from './entry.text';
import type { PersonView, TagView, EntryState, EntryView, SubmitResult } from '@askwell/domain';

export type { PersonView, TagView, EntryState, EntryView, SubmitResult };

export interface EntryFilters {
  kind?: EntryKind;
  barrierId?: BarrierId;
  tagStatus?: TagStatus;
  flagged?: boolean;
  unread?: boolean;
}

interface Row {
  id: string;
  /** created_at in microseconds since 1970, as text: the page cursor's key, exact to what is stored. */
  created_us: string;
  client_id: string;
  assignment_id: string | null;
  template_id: string | null;
  custom_title: string | null;
  kind: EntryKind;
  sharing: Sharing;
  state: EntryState;
  occurred_on: LocalDate;
  done_on: LocalDate | null;
  body: ObservationEntry | ReflectionEntry | null;
  plan: ExperimentPlan | null;
  outcome: ExperimentOutcome | null;
  review_comment: string | null;
  raise_in_session: boolean;
  reviewed_at: Date | null;
  reviewed_by: PersonView | null;
  read_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  tags: {
    barrierId: BarrierId;
    status: TagStatus;
    evidence: string | null;
    changedBy: PersonView | null;
    changedAt: string;
  }[];
  flag_raised_at: Date | null;
  flag_tier: RiskTier | null;
  flag_category: RiskCategory | null;
}

const SELECT = `
  SELECT n.*, (extract(epoch FROM n.created_at) * 1000000)::bigint::text AS created_us,
         s.template_id, ce.title AS custom_title,
         CASE WHEN r.id IS NULL THEN NULL ELSE json_build_object('id', r.id, 'displayName', r.display_name, 'role', r.role) END AS reviewed_by,
         COALESCE((SELECT json_agg(json_build_object(
                    'barrierId', t.barrier_id, 'status', t.status, 'evidence', t.evidence, 'changedAt', t.changed_at,
                    'changedBy', CASE WHEN w.id IS NULL THEN NULL ELSE json_build_object('id', w.id, 'displayName', w.display_name, 'role', w.role) END)
                    ORDER BY t.barrier_id)
                     FROM entry_tag t LEFT JOIN account w ON w.practice_id = t.practice_id AND w.id = t.changed_by
                    WHERE t.practice_id = n.practice_id AND t.entry_id = n.id), '[]') AS tags,
         rf.flag_raised_at, rf.flag_tier, rf.flag_category
    FROM entry n
    -- The entry's flags: the newest one's time; the most serious tier (explicit first, then the newest) and its category.
    LEFT JOIN LATERAL (
      SELECT max(f.raised_at) AS flag_raised_at,
             (array_agg(f.tier ORDER BY f.tier = 'explicit' DESC, f.raised_at DESC) FILTER (WHERE f.tier IS NOT NULL))[1] AS flag_tier,
             (array_agg(f.category ORDER BY f.tier = 'explicit' DESC, f.raised_at DESC) FILTER (WHERE f.tier IS NOT NULL))[1] AS flag_category
        FROM risk_flag f WHERE f.practice_id = n.practice_id AND f.entry_id = n.id
    ) rf ON true
    LEFT JOIN assignment s ON s.practice_id = n.practice_id AND s.id = n.assignment_id
    LEFT JOIN custom_exercise ce ON ce.practice_id = s.practice_id AND ce.id = s.custom_exercise_id
    LEFT JOIN account r ON r.practice_id = n.practice_id AND r.id = n.reviewed_by`;

/** Newest first: (created_at, id) of the page's last entry. A client's own list and a practitioner's are apart. */
const ENTRY_KEY = z.tuple([CursorKey.int8, CursorKey.uuid]);
const MY_ENTRIES_CURSOR = cursorCodec('my-entries', ENTRY_KEY);
const CLIENT_ENTRIES_CURSOR = cursorCodec('client-entries', ENTRY_KEY);

/** An entry as answered. A new entry's answer is built in SQL to the same shape (createSql in entry.create.ts). */
function view(r: Row, forPractitioner: boolean): EntryView {
  return {
    id: r.id,
    clientId: r.client_id,
    assignmentId: r.assignment_id,
    exerciseTitle:
      r.assignment_id === null ? null : (r.custom_title ?? exerciseOf(r.template_id, null).title),
    kind: r.kind,
    sharing: r.sharing,
    state: r.state,
    occurredOn: r.occurred_on,
    doneOn: r.done_on,
    observation: r.kind === 'observation' ? (r.body as ObservationEntry) : null,
    reflection: r.kind === 'reflection' ? (r.body as ReflectionEntry) : null,
    plan: r.plan,
    outcome: r.outcome,
    tags: r.tags.map((t) => ({ ...t, changedAt: new Date(t.changedAt).toISOString() })),
    risk: {
      flagged: r.flag_raised_at !== null,
      raisedAt: r.flag_raised_at?.toISOString() ?? null,
      tier: r.flag_tier,
      category: r.flag_category,
    },
    review: forPractitioner
      ? {
          comment: r.review_comment,
          raiseInSession: r.raise_in_session,
          reviewedAt: r.reviewed_at?.toISOString() ?? null,
          reviewedBy: r.reviewed_by,
          readAt: r.read_at?.toISOString() ?? null,
        }
      : null,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}

const invalid = (path: string, message: string): AppError =>
  new AppError('VALIDATION_FAILED', 'The request is not valid', 'Some fields need attention.', [
    { path, message },
  ]);

/**
 * Entries: the client writes them (observation, experiment in two stages, reflection), the practitioner reads
 * the shared ones and reviews their barrier tags. A private entry's text never leaves this service for a
 * practitioner: every practitioner query filters on sharing = 'shared'.
 */
@Injectable()
export class EntriesService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AccessService) private readonly access: AccessService,
    @Inject(IdempotencyService) private readonly idempotency: IdempotencyService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  // ---------------------------------------------------------------- client

  /**
   * One statement after the session's (two with an assignment, whose fit is checked first): the entry, its
   * tags, its risk flag, the draft's removal and the idempotency key are written together and the answer is
   * built from what they return (see createSql). The screen, the suggestions and the client's "today" are
   * computed here, before it.
   */
  async create(
    actor: Actor,
    input: EntryCreate,
    draftKey: string | undefined,
    requestKey: RequestKey | null,
  ): Promise<SubmitResult> {
    let exerciseTitle: string | null = null;
    if (input.assignmentId !== null) {
      const fit = await this.assignmentFit(actor, input.assignmentId, input.kind);
      if (fit instanceof AppError)
        return this.idempotency.createInOneStatement(actor, requestKey, { refuse: fit });
      exerciseTitle = fit.exerciseTitle;
    }
    const today = localDateOf(new Date(), actor.timeZone);
    let part: EntryPart;
    let values: NewEntry;
    switch (input.kind) {
      case 'observation':
        part = { kind: 'observation', observation: input.observation };
        values = {
          sharing: 'shared',
          state: 'submitted',
          occurredOn: input.observation.occurredOn,
          doneOn: today,
          body: input.observation,
          plan: null,
        };
        break;
      case 'reflection':
        part = { kind: 'reflection', reflection: input.reflection };
        values = {
          sharing: input.reflection.sharing,
          state: 'submitted',
          occurredOn: today,
          doneOn: today,
          body: input.reflection,
          plan: null,
        };
        break;
      case 'experiment':
        part = { kind: 'plan', plan: input.plan };
        values = {
          sharing: 'shared',
          state: 'planned',
          occurredOn: input.plan.plannedOn,
          doneOn: null,
          body: null,
          plan: input.plan,
        };
        break;
    }
    return this.idempotency.createInOneStatement(
      actor,
      requestKey,
      createSql(actor, input, values, part, exerciseTitle, draftKey),
    );
  }

  async updatePlan(
    actor: Actor,
    id: string,
    plan: ExperimentPlan,
    ifMatch: IfMatchHeader,
  ): Promise<SubmitResult> {
    return this.dataSource.transaction(async (tx) => {
      const row = await this.lockOwn(tx, actor, id, 'experiment');
      ifMatch.check(row.version);
      orFail(nextExperimentState(row.state as ExperimentState, 'edit-plan'));
      await changed(
        tx,
        `UPDATE entry SET plan = $3, occurred_on = $4, version = version + 1, updated_at = now()
          WHERE practice_id = $1 AND id = $2 RETURNING id`,
        [actor.practiceId, id, JSON.stringify(plan), plan.plannedOn],
      );
      const part: EntryPart = { kind: 'plan', plan };
      await this.writeTags(tx, actor, id, part, 'replace');
      const risk = await this.screen(tx, actor, id, part);
      return { entry: await this.getIn(tx, actor, id, false), risk };
    });
  }

  /** "I have made the request": the plan and prediction are locked from here on. */
  async lock(actor: Actor, id: string, ifMatch: IfMatchHeader): Promise<{ entry: EntryView }> {
    return this.dataSource.transaction(async (tx) => {
      const row = await this.lockOwn(tx, actor, id, 'experiment');
      ifMatch.check(row.version);
      const state = orFail(nextExperimentState(row.state as ExperimentState, 'lock'));
      await changed(
        tx,
        `UPDATE entry SET state = $3, locked_at = now(), version = version + 1, updated_at = now()
          WHERE practice_id = $1 AND id = $2 RETURNING id`,
        [actor.practiceId, id, state],
      );
      return { entry: await this.getIn(tx, actor, id, false) };
    });
  }

  async recordOutcome(
    actor: Actor,
    id: string,
    outcome: ExperimentOutcome,
    draftKey: string | undefined,
    ifMatch: IfMatchHeader,
  ): Promise<SubmitResult> {
    return this.dataSource.transaction(async (tx) => {
      const row = await this.lockOwn(tx, actor, id, 'experiment');
      ifMatch.check(row.version);
      const state = orFail(nextExperimentState(row.state as ExperimentState, 'record-outcome'));
      const doneOn = row.done_on ?? outcome.askedOn ?? localDateOf(new Date(), actor.timeZone);
      await changed(
        tx,
        `UPDATE entry SET state = $3, outcome = $4, done_on = $5, version = version + 1, updated_at = now()
          WHERE practice_id = $1 AND id = $2 RETURNING id`,
        [actor.practiceId, id, state, JSON.stringify(outcome), doneOn],
      );
      const part: EntryPart = { kind: 'outcome', outcome };
      await this.writeTags(tx, actor, id, part, 'add');
      const risk = await this.screen(tx, actor, id, part);
      if (draftKey) await this.deleteDraft(tx, actor, draftKey);
      return { entry: await this.getIn(tx, actor, id, false), risk };
    });
  }

  async listOwn(
    actor: Actor,
    kind: EntryKind | undefined,
    limit: number,
    cursor?: string,
  ): Promise<Page<EntryView>> {
    return this.page(actor, actor.accountId, { kind }, false, limit, cursor);
  }

  // ---------------------------------------------------------- practitioner

  async listForClient(
    actor: Actor,
    clientId: string,
    filters: EntryFilters,
    limit: number,
    cursor: string | undefined,
    ctx: RequestMeta,
  ): Promise<Page<EntryView> & { unreadCount: number }> {
    await this.access.assertClientVisible(actor, clientId);
    const page = await this.page(actor, clientId, filters, true, limit, cursor);
    const unread = await one<{ n: number }>(
      this.dataSource,
      `SELECT count(*)::int AS n FROM entry WHERE practice_id = $1 AND client_id = $2 AND sharing = 'shared' AND read_at IS NULL`,
      [actor.practiceId, clientId],
    );
    await this.audit.record({
      practiceId: actor.practiceId,
      actorAccountId: actor.accountId,
      actorRole: actor.role,
      clientId,
      action: 'client.entries.read',
      targetType: 'client',
      targetId: clientId,
      ip: ctx.ip,
      outcome: 'success',
      detail: { count: page.items.length, filters: { ...filters } },
    });
    return { ...page, unreadCount: unread?.n ?? 0 };
  }

  /** One entry: the client's own, or a shared entry of a client the practitioner may see (marks it read). */
  async get(actor: Actor, id: string, ctx: RequestMeta): Promise<EntryView> {
    if (actor.role === 'client') return this.getIn(this.dataSource, actor, id, false);
    const entry = await this.getIn(this.dataSource, actor, id, true);
    await this.dataSource.query(
      `UPDATE entry SET read_at = now() WHERE practice_id = $1 AND id = $2 AND read_at IS NULL`,
      [actor.practiceId, id],
    );
    await this.audit.record({
      practiceId: actor.practiceId,
      actorAccountId: actor.accountId,
      actorRole: actor.role,
      clientId: entry.clientId,
      action: 'entry.read',
      targetType: 'entry',
      targetId: id,
      ip: ctx.ip,
      outcome: 'success',
    });
    return entry.review && entry.review.readAt === null
      ? { ...entry, review: { ...entry.review, readAt: new Date().toISOString() } }
      : entry;
  }

  async review(
    actor: Actor,
    id: string,
    input: EntryReview,
    ifMatch: IfMatchHeader,
    ctx: RequestMeta,
  ): Promise<EntryView> {
    return this.dataSource.transaction(async (tx) => {
      const row = await one<{ client_id: string; version: number }>(
        tx,
        `SELECT client_id, version FROM entry WHERE practice_id = $1 AND id = $2 AND sharing = 'shared' FOR UPDATE`,
        [actor.practiceId, id],
      );
      if (!row || !(await this.access.canSeeClient(actor, row.client_id, tx))) throw notFound('The entry');
      ifMatch.check(row.version);
      const existing = new Set(
        (
          await many<{ barrier_id: BarrierId }>(
            tx,
            `SELECT barrier_id FROM entry_tag WHERE practice_id = $1 AND entry_id = $2`,
            [actor.practiceId, id],
          )
        ).map((t) => t.barrier_id),
      );
      (input.tagDecisions ?? []).forEach((d, index) => {
        if (!existing.has(d.barrierId)) {
          throw invalid(`tagDecisions[${index}].barrierId`, 'This entry has no such tag. Add it instead.');
        }
      });
      for (const d of input.tagDecisions ?? []) {
        await tx.query(
          `UPDATE entry_tag SET status = $4, changed_by = $5, changed_at = now()
            WHERE practice_id = $1 AND entry_id = $2 AND barrier_id = $3`,
          [
            actor.practiceId,
            id,
            d.barrierId,
            d.decision === 'confirm' ? 'confirmed' : 'rejected',
            actor.accountId,
          ],
        );
      }
      for (const barrierId of input.addTags ?? []) {
        await tx.query(
          `INSERT INTO entry_tag (practice_id, entry_id, barrier_id, status, changed_by) VALUES ($1, $2, $3, 'confirmed', $4)
           ON CONFLICT (practice_id, entry_id, barrier_id) DO UPDATE SET status = 'confirmed', changed_by = $4, changed_at = now()`,
          [actor.practiceId, id, barrierId, actor.accountId],
        );
      }
      await changed(
        tx,
        `UPDATE entry SET
           review_comment = CASE WHEN $3 THEN $4 ELSE review_comment END,
           raise_in_session = COALESCE($5, raise_in_session),
           reviewed_at = CASE WHEN $6::boolean IS NULL THEN reviewed_at WHEN $6 THEN now() ELSE NULL END,
           reviewed_by = CASE WHEN $6::boolean IS NULL THEN reviewed_by WHEN $6 THEN $7::uuid ELSE NULL END,
           read_at = COALESCE(read_at, now()),
           version = version + 1
         WHERE practice_id = $1 AND id = $2 RETURNING id`,
        [
          actor.practiceId,
          id,
          input.comment !== undefined,
          input.comment ?? null,
          input.raiseInSession ?? null,
          input.markReviewed ?? null,
          actor.accountId,
        ],
      );
      await this.audit.record(
        {
          practiceId: actor.practiceId,
          actorAccountId: actor.accountId,
          actorRole: actor.role,
          clientId: row.client_id,
          action: 'entry.review',
          targetType: 'entry',
          targetId: id,
          ip: ctx.ip,
          outcome: 'success',
          detail: {
            decisions: input.tagDecisions ?? [],
            added: input.addTags ?? [],
            comment: input.comment === undefined ? 'unchanged' : input.comment === null ? 'removed' : 'set',
            raiseInSession: input.raiseInSession ?? null,
            markReviewed: input.markReviewed ?? null,
          },
        },
        tx,
      );
      return this.getIn(tx, actor, id, true);
    });
  }

  // --------------------------------------------------------------- helpers

  private async page(
    actor: Actor,
    clientId: string,
    f: EntryFilters,
    forPractitioner: boolean,
    limit: number,
    cursor: string | undefined,
  ): Promise<Page<EntryView>> {
    const codec = forPractitioner ? CLIENT_ENTRIES_CURSOR : MY_ENTRIES_CURSOR;
    const after = codec.decode(cursor);
    const rows = await many<Row>(
      this.dataSource,
      `${SELECT}
        WHERE n.practice_id = $1 AND n.client_id = $2
          AND ($3::boolean IS FALSE OR n.sharing = 'shared')
          AND ($4::text IS NULL OR n.kind = $4)
          AND ($5::text IS NULL AND $6::text IS NULL OR EXISTS (
                SELECT 1 FROM entry_tag t WHERE t.practice_id = n.practice_id AND t.entry_id = n.id
                   AND ($5::text IS NULL OR t.barrier_id = $5)
                   AND (CASE WHEN $6::text IS NULL THEN t.status <> 'rejected' ELSE t.status = $6 END)))
          AND ($7::boolean IS NULL OR $7 = EXISTS (SELECT 1 FROM risk_flag f WHERE f.practice_id = n.practice_id AND f.entry_id = n.id))
          AND ($8::boolean IS NULL OR $8 = (n.read_at IS NULL))
          AND ($9::bigint IS NULL OR (n.created_at, n.id) < ('epoch'::timestamptz + $9::bigint * interval '1 microsecond', $10::uuid))
        ORDER BY n.created_at DESC, n.id DESC
        LIMIT $11`,
      [
        actor.practiceId,
        clientId,
        forPractitioner,
        f.kind ?? null,
        f.barrierId ?? null,
        f.tagStatus ?? null,
        f.flagged ?? null,
        f.unread ?? null,
        after?.[0] ?? null,
        after?.[1] ?? null,
        limit + 1,
      ],
    );
    const page = pageOf(rows, limit, codec, (r) => [r.created_us, r.id]);
    return { ...page, items: page.items.map((r) => view(r, forPractitioner)) };
  }

  private async getIn(db: Db, actor: Actor, id: string, forPractitioner: boolean): Promise<EntryView> {
    const row = await one<Row>(db, `${SELECT} WHERE n.practice_id = $1 AND n.id = $2`, [
      actor.practiceId,
      id,
    ]);
    if (!row) throw notFound('The entry');
    if (forPractitioner) {
      if (row.sharing !== 'shared' || !(await this.access.canSeeClient(actor, row.client_id, db))) {
        throw notFound('The entry');
      }
    } else if (row.client_id !== actor.accountId) {
      throw notFound('The entry');
    }
    return view(row, forPractitioner);
  }

  /** The client's own entry of a kind, locked for update. */
  private async lockOwn(
    tx: EntityManager,
    actor: Actor,
    id: string,
    kind: EntryKind,
  ): Promise<{ state: EntryState; version: number; done_on: LocalDate | null }> {
    const row = await one<{ state: EntryState; version: number; done_on: LocalDate | null }>(
      tx,
      `SELECT state, version, done_on FROM entry WHERE practice_id = $1 AND id = $2 AND client_id = $3 AND kind = $4 FOR UPDATE`,
      [actor.practiceId, id, actor.accountId, kind],
    );
    if (!row) throw notFound(kind === 'experiment' ? 'The experiment' : 'The entry');
    return row;
  }

  /** Whether an entry of this kind may be logged for the assignment: the error to answer, or its title. */
  private async assignmentFit(
    actor: Actor,
    assignmentId: string,
    kind: EntryKind,
  ): Promise<AppError | { exerciseTitle: string }> {
    const a = await one<{
      status: string;
      template_id: string | null;
      record_type: string | null;
      custom_title: string | null;
    }>(
      this.dataSource,
      `SELECT s.status, s.template_id, e.record_type, e.title AS custom_title FROM assignment s
         LEFT JOIN custom_exercise e ON e.practice_id = s.practice_id AND e.id = s.custom_exercise_id
        WHERE s.practice_id = $1 AND s.id = $2 AND s.client_id = $3`,
      [actor.practiceId, assignmentId, actor.accountId],
    );
    if (!a) return invalid('assignmentId', 'This is not one of your assignments.');
    if (a.status === 'ended')
      return invalid('assignmentId', 'This assignment has ended; log it as a free entry instead.');
    const recordType = a.record_type ?? exerciseOf(a.template_id, null).recordType;
    if (recordType !== kind) {
      return invalid(
        'kind',
        `This assignment asks for ${recordType === 'reflection' ? 'a' : 'an'} ${recordType}.`,
      );
    }
    return { exerciseTitle: a.custom_title ?? exerciseOf(a.template_id, null).title };
  }

  /**
   * Client tags and suggestions of a part. 'replace' (a new entry or a re-saved plan) rewrites the unreviewed
   * tags; 'add' (the outcome) only adds. A practitioner's confirmed or rejected tag is never overwritten.
   */
  private async writeTags(
    tx: EntityManager,
    actor: Actor,
    entryId: string,
    part: EntryPart,
    mode: 'replace' | 'add',
  ): Promise<void> {
    if (mode === 'replace') {
      await tx.query(
        `DELETE FROM entry_tag WHERE practice_id = $1 AND entry_id = $2 AND status IN ('client', 'suggested')`,
        [actor.practiceId, entryId],
      );
    }
    const suggestions = suggestionsFor(part);
    const evidence = new Map(suggestions.map((s) => [s.barrierId, s]));
    for (const barrierId of clientTags(part)) {
      const s = evidence.get(barrierId);
      await tx.query(
        `INSERT INTO entry_tag (practice_id, entry_id, barrier_id, status, evidence, score, changed_by)
         VALUES ($1, $2, $3, 'client', $4, $5, $6)
         ON CONFLICT (practice_id, entry_id, barrier_id) DO NOTHING`,
        [actor.practiceId, entryId, barrierId, s?.evidence ?? null, s?.score ?? null, actor.accountId],
      );
    }
    for (const s of suggestions) {
      await tx.query(
        `INSERT INTO entry_tag (practice_id, entry_id, barrier_id, status, evidence, score)
         VALUES ($1, $2, $3, 'suggested', $4, $5)
         ON CONFLICT (practice_id, entry_id, barrier_id) DO UPDATE SET evidence = COALESCE(entry_tag.evidence, EXCLUDED.evidence),
           score = COALESCE(entry_tag.score, EXCLUDED.score)`,
        [actor.practiceId, entryId, s.barrierId, s.evidence, s.score],
      );
    }
  }

  /** The risk screen: on a flag, record it for the practitioner and answer the practice's crisis text. */
  private async screen(
    tx: EntityManager,
    actor: Actor,
    entryId: string,
    part: EntryPart,
  ): Promise<SubmitResult['risk']> {
    const risk = riskOf(part);
    if (!risk.flagged) return { flagged: false, tier: null, crisisResources: null };
    await tx.query(
      `INSERT INTO risk_flag (practice_id, client_id, entry_id, matches, tier, category, findings, screen_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        actor.practiceId,
        actor.accountId,
        entryId,
        risk.matches,
        risk.tier,
        risk.category,
        JSON.stringify(risk.findings),
        RISK_SCREEN_VERSION,
      ],
    );
    const practice = await one<{ crisis_resources: string | null }>(
      tx,
      `SELECT crisis_resources FROM practice WHERE practice_id = $1`,
      [actor.practiceId],
    );
    return {
      flagged: true,
      tier: risk.tier,
      crisisResources: practice?.crisis_resources ?? DEFAULT_CRISIS_RESOURCES,
    };
  }

  private async deleteDraft(db: Db, actor: Actor, key: string): Promise<void> {
    await db.query(`DELETE FROM draft WHERE practice_id = $1 AND account_id = $2 AND key = $3`, [
      actor.practiceId,
      actor.accountId,
      key,
    ]);
  }
}
