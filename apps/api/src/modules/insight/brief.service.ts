import { Inject, Injectable } from '@nestjs/common';
import {
  addDays,
  adherence,
  barrierFrequency,
  type BarrierId,
  buildBrief,
  calibration,
  calibrationPairs,
  combineAdherence,
  diffDays,
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
  type TagStatus,
} from '@askwell/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { AppError, notFound } from '../../common/app-error';
import { many, one } from '../../common/db';
import { AuditService } from '../audit/audit.service';
import type { RequestContext } from '../auth/auth.service';
import { AccessService } from '../clients/access.service';
import { readinessFor } from './caseload.service';
import type { ProgressView, BriefView } from '@askwell/domain';

export type { ProgressView, BriefView };

interface ClientRow {
  time_zone: string;
  current_rung: number | null;
  display_name: string;
}

interface ExperimentRow {
  id: string;
  occurred_on: LocalDate;
  plan: ExperimentPlan;
  outcome: ExperimentOutcome | null;
}

/** A client's progress over time and the pre-session brief: rows loaded here, meaning decided in libs/domain. */
@Injectable()
export class BriefService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AccessService) private readonly access: AccessService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  private async client(actor: Actor, clientId: string): Promise<ClientRow> {
    await this.access.assertClientVisible(actor, clientId);
    const c = await one<ClientRow>(
      this.dataSource,
      `SELECT time_zone, current_rung, display_name FROM account WHERE practice_id = $1 AND id = $2 AND role = 'client'`,
      [actor.practiceId, clientId],
    );
    if (!c) throw notFound('The client');
    return c;
  }

  async progress(
    actor: Actor,
    clientId: string,
    barrierId: BarrierId | undefined,
    ctx: RequestContext,
  ): Promise<ProgressView> {
    const c = await this.client(actor, clientId);
    const [experiments, tags, reflections, readiness] = await Promise.all([
      many<ExperimentRow & { done_on: LocalDate | null }>(
        this.dataSource,
        `SELECT id, occurred_on, done_on, plan, outcome FROM entry
          WHERE practice_id = $1 AND client_id = $2 AND kind = 'experiment' AND state = 'completed'
          ORDER BY COALESCE(done_on, occurred_on), created_at LIMIT 2000`,
        [actor.practiceId, clientId],
      ),
      many<{ barrier_id: BarrierId; status: TagStatus; occurred_on: LocalDate }>(
        this.dataSource,
        `SELECT t.barrier_id, t.status, n.occurred_on FROM entry_tag t
           JOIN entry n ON n.practice_id = t.practice_id AND n.id = t.entry_id
          WHERE t.practice_id = $1 AND n.client_id = $2 AND n.sharing = 'shared'`,
        [actor.practiceId, clientId],
      ),
      many<{
        id: string;
        created_at: Date;
        body: { text: string };
        tags: ProgressView['reflections'][number]['tags'];
      }>(
        this.dataSource,
        `SELECT n.id, n.created_at, n.body,
                COALESCE((SELECT json_agg(json_build_object('barrierId', t.barrier_id, 'status', t.status, 'evidence', t.evidence) ORDER BY t.barrier_id)
                            FROM entry_tag t WHERE t.practice_id = n.practice_id AND t.entry_id = n.id AND t.status <> 'rejected'), '[]') AS tags
           FROM entry n
          WHERE n.practice_id = $1 AND n.client_id = $2 AND n.kind = 'reflection' AND n.sharing = 'shared'
            AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM entry_tag t WHERE t.practice_id = n.practice_id AND t.entry_id = n.id
                                              AND t.barrier_id = $3 AND t.status <> 'rejected'))
          ORDER BY n.created_at DESC LIMIT 100`,
        [actor.practiceId, clientId, barrierId ?? null],
      ),
      readinessFor(this.dataSource, actor.practiceId, [clientId]),
    ]);
    const byWeek = new Map<string, ExperimentRow[]>();
    for (const e of experiments) {
      const week = isoWeekOf(e.done_on ?? e.occurred_on);
      byWeek.set(week, [...(byWeek.get(week) ?? []), e]);
    }
    const calibrationByWeek = [...byWeek.entries()].flatMap(([week, list]) => {
      const cal = calibration(calibrationPairs(list));
      return cal ? [{ week, ...cal }] : [];
    });
    await this.audit.record({
      practiceId: actor.practiceId,
      actorAccountId: actor.accountId,
      actorRole: actor.role,
      clientId,
      action: 'client.progress.read',
      targetType: 'client',
      targetId: clientId,
      ip: ctx.ip,
      outcome: 'success',
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
        createdAt: r.created_at.toISOString(),
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
    ctx: RequestContext,
  ): Promise<BriefView> {
    const c = await this.client(actor, clientId);
    const p = actor.practiceId;
    const lastSession = await one<{ id: string; held_on: LocalDate }>(
      this.dataSource,
      `SELECT id, held_on FROM client_session WHERE practice_id = $1 AND client_id = $2 ORDER BY held_on DESC, created_at DESC LIMIT 1`,
      [p, clientId],
    );
    const to = until ?? localDateOf(new Date(), c.time_zone);
    const from =
      since ?? (lastSession && lastSession.held_on < to ? addDays(lastSession.held_on, 1) : addDays(to, -13));
    if (from > to) {
      throw new AppError('VALIDATION_FAILED', 'The request is not valid', 'Some fields need attention.', [
        { path: 'since', message: 'The start of the period cannot be after its end.' },
      ]);
    }
    const length = diffDays(to, from) + 1;
    const previousFrom = addDays(from, -length);
    const [experiments, tags, assignments, unread, flags, raised, readiness, review] = await Promise.all([
      many<ExperimentRow>(
        this.dataSource,
        `SELECT id, occurred_on, plan, outcome FROM entry
          WHERE practice_id = $1 AND client_id = $2 AND kind = 'experiment' AND occurred_on BETWEEN $3 AND $4
          ORDER BY occurred_on, created_at`,
        [p, clientId, previousFrom, to],
      ),
      many<{ entry_id: string; barrier_id: BarrierId; status: TagStatus; occurred_on: LocalDate }>(
        this.dataSource,
        `SELECT t.entry_id, t.barrier_id, t.status, n.occurred_on FROM entry_tag t
           JOIN entry n ON n.practice_id = t.practice_id AND n.id = t.entry_id
          WHERE t.practice_id = $1 AND n.client_id = $2 AND n.sharing = 'shared' AND n.occurred_on BETWEEN $3 AND $4`,
        [p, clientId, previousFrom, to],
      ),
      many<{
        start_on: LocalDate;
        recurrence: Recurrence;
        pauses: Pause[];
        ended_on: LocalDate | null;
        done: LocalDate[];
      }>(
        this.dataSource,
        `SELECT s.start_on, s.recurrence, s.pauses, s.ended_on,
                ARRAY(SELECT n.done_on::text FROM entry n WHERE n.practice_id = s.practice_id AND n.assignment_id = s.id
                        AND n.done_on BETWEEN $3 AND $4) AS done
           FROM assignment s WHERE s.practice_id = $1 AND s.client_id = $2`,
        [p, clientId, from, to],
      ),
      many<{ id: string; kind: string }>(
        this.dataSource,
        `SELECT id, kind FROM entry WHERE practice_id = $1 AND client_id = $2 AND sharing = 'shared' AND read_at IS NULL
          ORDER BY created_at LIMIT 100`,
        [p, clientId],
      ),
      many<{ id: string; entry_id: string; sharing: string; raised_at: Date }>(
        this.dataSource,
        `SELECT f.id, f.entry_id, n.sharing, f.raised_at FROM risk_flag f JOIN entry n ON n.practice_id = f.practice_id AND n.id = f.entry_id
          WHERE f.practice_id = $1 AND f.client_id = $2 AND f.acknowledged_at IS NULL ORDER BY f.raised_at`,
        [p, clientId],
      ),
      many<{ id: string; review_comment: string | null }>(
        this.dataSource,
        `SELECT id, review_comment FROM entry WHERE practice_id = $1 AND client_id = $2 AND sharing = 'shared' AND raise_in_session
          ORDER BY occurred_on DESC LIMIT 50`,
        [p, clientId],
      ),
      readinessFor(this.dataSource, p, [clientId]),
      one<{ reviewed_at: Date }>(
        this.dataSource,
        `SELECT reviewed_at FROM brief_review WHERE practice_id = $1 AND client_id = $2 AND period_from = $3 AND period_to = $4
          ORDER BY reviewed_at DESC LIMIT 1`,
        [p, clientId, from, to],
      ),
    ]);
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
      openRiskFlags: flags.map((f) => ({
        flagId: f.id,
        entryId: f.sharing === 'shared' ? f.entry_id : null,
        raisedAt: f.raised_at.toISOString(),
      })),
      raisedForSession: raised.map((r) => ({ entryId: r.id, comment: r.review_comment })),
      readiness: readiness.get(clientId) as ReadinessSuggestion,
      currentRung: c.current_rung,
    });
    await this.audit.record({
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
    });
    return {
      ...brief,
      client: { id: clientId, displayName: c.display_name, currentRung: c.current_rung },
      lastSession: lastSession ? { id: lastSession.id, heldOn: lastSession.held_on } : null,
      reviewedAt: review?.reviewed_at.toISOString() ?? null,
    };
  }

  async markReviewed(
    actor: Actor,
    clientId: string,
    from: LocalDate,
    to: LocalDate,
    ctx: RequestContext,
  ): Promise<{ reviewedAt: string }> {
    await this.client(actor, clientId);
    const row = await one<{ reviewed_at: Date }>(
      this.dataSource,
      `INSERT INTO brief_review (practice_id, client_id, reviewed_by, period_from, period_to) VALUES ($1, $2, $3, $4, $5) RETURNING reviewed_at`,
      [actor.practiceId, clientId, actor.accountId, from, to],
    );
    await this.audit.record({
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
    });
    return { reviewedAt: (row?.reviewed_at ?? new Date()).toISOString() };
  }
}
