import { Inject, Injectable } from '@nestjs/common';
import {
  adherence,
  barrierFrequency,
  type BarrierId,
  briefPeriod,
  buildBrief,
  calibration,
  calibrationPairs,
  combineAdherence,
  expandSchedule,
  type ExperimentOutcome,
  type ExperimentPlan,
  isoWeekOf,
  type LocalDate,
  localDateOf,
  type Pause,
  type ReadinessSuggestion,
  type Recurrence,
  responseValue,
  type RiskCategory,
  type RiskFindingView,
  type RiskTier,
  type TagStatus,
} from '@askwell/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { AppError, notFound } from '../../common/app-error';
import { one } from '../../common/db';
import { auditInsert } from '../audit/audit.service';
import type { RequestMeta } from '../../common/request';
import { AccessService, CLIENT_ID_SHAPE } from '../clients/access.service';
import { BRIEF_SQL, PROGRESS_SQL } from './brief.sql';
import { type ReadinessRow, readinessFromRows } from './readiness';
import type { ProgressView, BriefView } from '@askwell/domain';

export type { ProgressView, BriefView };

interface ClientRow {
  time_zone: string;
  current_rung: number | null;
  display_name: string;
  last_session_id: string | null;
  last_session_on: LocalDate | null;
}

interface ExperimentRow {
  id: string;
  occurred_on: LocalDate;
  plan: ExperimentPlan;
  outcome: ExperimentOutcome | null;
}

/** Rows aggregated as JSON: dates arrive as 'YYYY-MM-DD', timestamps as ISO strings. */
type Timestamp = string;
const iso = (t: Timestamp) => new Date(t).toISOString();

/** brief_data()'s JSON (migration BriefData). */
interface BriefData {
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
  /** Open flags; for a private entry's, entry_id, tier and category are null and findings empty (BriefDataRiskTiers). */
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

interface ProgressRow {
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
 * A client's progress over time and the pre-session brief: rows loaded here, meaning decided in libs/domain.
 * Each read is two statements after the session's: the client with the access check and the last session, then
 * everything the view needs with its audit row (round trips, not SQL time, are what these requests cost).
 */
@Injectable()
export class BriefService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AccessService) private readonly access: AccessService,
  ) {}

  /** The client if the actor may see them (else 404), with their last session, in one statement. */
  private async client(actor: Actor, clientId: string): Promise<ClientRow> {
    if (!CLIENT_ID_SHAPE.test(clientId)) throw notFound('The client');
    const params: unknown[] = [actor.practiceId, clientId];
    const visible = this.access.visibleClientSql(actor, 'a', '$1', params);
    const c = await one<ClientRow>(
      this.dataSource,
      `SELECT a.time_zone, a.current_rung, a.display_name, s.id AS last_session_id, s.held_on AS last_session_on
         FROM account a
         LEFT JOIN LATERAL (
           SELECT id, held_on FROM client_session WHERE practice_id = a.practice_id AND client_id = a.id
            ORDER BY held_on DESC, created_at DESC LIMIT 1) s ON true
        WHERE a.practice_id = $1 AND a.id = $2 AND a.role = 'client' AND ${visible}`,
      params,
    );
    if (!c) throw notFound('The client');
    return c;
  }

  async progress(
    actor: Actor,
    clientId: string,
    barrierId: BarrierId | undefined,
    ctx: RequestMeta,
  ): Promise<ProgressView> {
    const c = await this.client(actor, clientId);
    const audit = auditInsert(
      {
        practiceId: actor.practiceId,
        actorAccountId: actor.accountId,
        actorRole: actor.role,
        clientId,
        action: 'client.progress.read',
        targetType: 'client',
        targetId: clientId,
        ip: ctx.ip,
        outcome: 'success',
      },
      3,
    );
    const row = await one<ProgressRow>(this.dataSource, PROGRESS_SQL(audit.sql), [
      actor.practiceId,
      [clientId],
      barrierId ?? null,
      ...audit.params,
    ]);
    if (!row) throw new Error('the progress statement answered no row');
    const { experiments, tags, reflections } = row;
    const readiness = readinessFromRows(row.readiness, [clientId]);
    const byWeek = new Map<string, ExperimentRow[]>();
    for (const e of experiments) {
      const week = isoWeekOf(e.done_on ?? e.occurred_on);
      byWeek.set(week, [...(byWeek.get(week) ?? []), e]);
    }
    const calibrationByWeek = [...byWeek.entries()].flatMap(([week, list]) => {
      const cal = calibration(calibrationPairs(list));
      return cal ? [{ week, ...cal }] : [];
    });
    return {
      client: {
        id: clientId,
        displayName: c.display_name,
        currentRung: c.current_rung,
        timeZone: c.time_zone,
      },
      experiments: experiments.map((e) => ({
        entryId: e.id,
        on: e.done_on ?? e.occurred_on,
        request: e.plan.request,
        predictedYesChance: e.plan.predictedYesChance,
        actualYes:
          e.outcome && e.outcome.didAsk !== 'no' && e.outcome.response !== null
            ? responseValue(e.outcome.response)
            : null,
        anticipatedDistress: e.plan.anticipatedDistress,
        peakDistress: e.outcome?.peakDistress ?? null,
        beliefBefore: e.plan.beliefBefore,
        beliefAfter: e.outcome?.beliefAfter ?? null,
      })),
      calibrationByWeek,
      barrierMap: barrierFrequency(
        // The week of the day it happened (occurred_on, a day of the client's calendar), as the brief counts it:
        // noon UTC read in UTC is that very day.
        tags.map((t) => ({ barrierId: t.barrier_id, status: t.status, at: `${t.occurred_on}T12:00:00Z` })),
        'UTC',
      ),
      reflections: reflections.map((r) => ({
        entryId: r.id,
        createdAt: iso(r.created_at),
        text: r.body.text,
        tags: r.tags,
      })),
      readiness: readiness.get(clientId) as ReadinessSuggestion,
    };
  }

  async brief(
    actor: Actor,
    clientId: string,
    since: LocalDate | undefined,
    until: LocalDate | undefined,
    ctx: RequestMeta,
  ): Promise<BriefView> {
    const c = await this.client(actor, clientId);
    const p = actor.practiceId;
    const lastSession =
      c.last_session_id !== null && c.last_session_on !== null
        ? { id: c.last_session_id, heldOn: c.last_session_on }
        : null;
    const period = briefPeriod({
      since,
      until,
      today: localDateOf(new Date(), c.time_zone),
      lastSessionOn: lastSession?.heldOn ?? null,
    });
    if (!period.ok) {
      throw new AppError('VALIDATION_FAILED', 'The request is not valid', 'Some fields need attention.', [
        { path: period.path, message: period.message },
      ]);
    }
    const { from, to, previousFrom } = period;
    const audit = auditInsert(
      {
        practiceId: p,
        actorAccountId: actor.accountId,
        actorRole: actor.role,
        clientId,
        action: 'client.brief.read',
        targetType: 'client',
        targetId: clientId,
        ip: ctx.ip,
        outcome: 'success',
        detail: { from, to },
      },
      5,
    );
    const row = await one<{ data: BriefData }>(this.dataSource, BRIEF_SQL(audit.sql), [
      p,
      clientId,
      previousFrom,
      from,
      to,
      ...audit.params,
    ]);
    if (!row) throw new Error('the brief statement answered no row');
    const { experiments, tags, assignments, unread, flags, raised, reviewed_at } = row.data;
    const readiness = readinessFromRows(row.data.readiness, [clientId]);
    const window = { from, to };
    const brief = buildBrief({
      period: window,
      experiments: experiments
        .filter((e) => e.occurred_on >= from)
        .map((e) => ({ entryId: e.id, plan: e.plan, outcome: e.outcome })),
      previousExperiments: experiments
        .filter((e) => e.occurred_on < from)
        .map((e) => ({ entryId: e.id, plan: e.plan, outcome: e.outcome })),
      tags: tags.map((t) => ({
        entryId: t.entry_id,
        barrierId: t.barrier_id,
        status: t.status,
        period: t.occurred_on >= from ? ('current' as const) : ('previous' as const),
      })),
      adherence: combineAdherence(
        assignments.map((a) =>
          adherence(
            expandSchedule(
              { startOn: a.start_on, recurrence: a.recurrence, pauses: a.pauses, endedOn: a.ended_on },
              window,
            ),
            a.done,
            window,
          ),
        ),
      ),
      unreadShared: unread.map((u) => ({ entryId: u.id, kind: u.kind })),
      openRiskFlags: flags.map((f) => {
        const shared = f.sharing === 'shared';
        return {
          flagId: f.id,
          entryId: shared ? f.entry_id : null,
          raisedAt: iso(f.raised_at),
          tier: shared ? f.tier : null,
          category: shared ? f.category : null,
          findings: shared
            ? f.findings.map((x) => ({
                tier: x.tier,
                category: x.category,
                evidence: x.evidence,
                when: x.when,
              }))
            : [],
        };
      }),
      raisedForSession: raised.map((r) => ({ entryId: r.id, comment: r.review_comment })),
      readiness: readiness.get(clientId) as ReadinessSuggestion,
      currentRung: c.current_rung,
    });
    return {
      ...brief,
      client: { id: clientId, displayName: c.display_name, currentRung: c.current_rung },
      lastSession,
      reviewedAt: reviewed_at === null ? null : iso(reviewed_at),
    };
  }

  async markReviewed(
    actor: Actor,
    clientId: string,
    from: LocalDate,
    to: LocalDate,
    ctx: RequestMeta,
  ): Promise<{ reviewedAt: string }> {
    await this.client(actor, clientId);
    const audit = auditInsert(
      {
        practiceId: actor.practiceId,
        actorAccountId: actor.accountId,
        actorRole: actor.role,
        clientId,
        action: 'client.brief.review',
        targetType: 'client',
        targetId: clientId,
        ip: ctx.ip,
        outcome: 'success',
        detail: { from, to },
      },
      5,
    );
    // The review and its audit row in one statement: both or neither.
    const row = await one<{ reviewed_at: Date }>(
      this.dataSource,
      `WITH audit AS (${audit.sql})
       INSERT INTO brief_review (practice_id, client_id, reviewed_by, period_from, period_to) VALUES ($1, $2, $3, $4, $5) RETURNING reviewed_at`,
      [actor.practiceId, clientId, actor.accountId, from, to, ...audit.params],
    );
    return { reviewedAt: (row?.reviewed_at ?? new Date()).toISOString() };
  }
}
