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
  isoWeekOf,
  type LocalDate,
  localDateOf,
  type ReadinessSuggestion,
  responseValue,
} from '@askwell/domain';
import type { Actor } from '../../common/actor';
import { AppError, notFound } from '../../common/app-error';
import type { RequestMeta } from '../../common/request';
import { auditEvent } from '../audit/audit.event';
import { CLIENT_ID_SHAPE } from '../clients/access.service';
import { type BriefClientRow, BriefRepository, type ExperimentRow, type Timestamp } from './brief.repository';
import { readinessFromRows } from './readiness';
import type { ProgressView, BriefView } from '@askwell/domain';

export type { ProgressView, BriefView };

const iso = (t: Timestamp) => new Date(t).toISOString();

/**
 * A client's progress over time and the pre-session brief: rows loaded here, meaning decided in libs/domain.
 * Each read is two statements after the session's: the client with the access check and the last session, then
 * everything the view needs with its audit row (round trips, not SQL time, are what these requests cost).
 */
@Injectable()
export class BriefService {
  constructor(@Inject(BriefRepository) private readonly repository: BriefRepository) {}

  /** The client if the actor may see them (else 404), with their last session, in one statement. */
  private async client(actor: Actor, clientId: string): Promise<BriefClientRow> {
    if (!CLIENT_ID_SHAPE.test(clientId)) throw notFound('The client');
    const c = await this.repository.visibleClient(actor, clientId);
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
    const row = await this.repository.progressAudited(
      auditEvent(actor, ctx, {
        action: 'client.progress.read',
        clientId,
        target: ['client', clientId],
      }),
      actor.practiceId,
      clientId,
      barrierId ?? null,
    );
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
    const data = await this.repository.briefAudited(
      auditEvent(actor, ctx, {
        action: 'client.brief.read',
        clientId,
        target: ['client', clientId],
        detail: { from, to },
      }),
      { practiceId: actor.practiceId, clientId, previousFrom, from, to },
    );
    if (!data) throw new Error('the brief statement answered no row');
    const { experiments, tags, assignments, unread, flags, raised, reviewed_at } = data;
    const readiness = readinessFromRows(data.readiness, [clientId]);
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
    // The review and its audit row in one statement: both or neither.
    const reviewedAt = await this.repository.insertReviewAudited(
      auditEvent(actor, ctx, {
        action: 'client.brief.review',
        clientId,
        target: ['client', clientId],
        detail: { from, to },
      }),
      actor.practiceId,
      clientId,
      actor.accountId,
      from,
      to,
    );
    return { reviewedAt: (reviewedAt ?? new Date()).toISOString() };
  }
}
