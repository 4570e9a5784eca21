import { Inject, Injectable } from '@nestjs/common';
import {
  type Adherence,
  type CaseloadQuery,
  type ReadinessExperiment,
  readinessSuggestion,
  type ReadinessSuggestion,
} from '@askwell/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { type Db, many } from '../../common/db';
import { CASELOAD_SQL, READINESS_EXPERIMENTS_SQL } from './insight.sql';
import type { CaseloadRow } from '@askwell/domain';

export type { CaseloadRow };

interface SqlRow {
  id: string;
  display_name: string;
  email: string;
  current_rung: number | null;
  time_zone: string;
  version: number;
  created_at: Date;
  today: string;
  due7: number;
  done7: number;
  due28: number;
  done28: number;
  last_activity_at: Date | null;
  unread: number;
  open_flags: number;
}

/** One collator for every sort (localeCompare with options builds a new one per comparison). */
const BY_NAME = new Intl.Collator('en', { sensitivity: 'base' });

const adherenceOf = (due: number, completed: number): Adherence => ({
  due,
  completed,
  rate: due === 0 ? null : completed / due,
});

interface ReadinessRow {
  client_id: string;
  helper: string;
  channel: ReadinessExperiment['plan']['channel'];
  life_area: ReadinessExperiment['plan']['lifeArea'];
  predicted_yes_chance: number | null;
  belief_before: number | null;
  anticipated_distress: number | null;
  has_outcome: boolean;
  did_ask: NonNullable<ReadinessExperiment['outcome']>['didAsk'];
  response: NonNullable<ReadinessExperiment['outcome']>['response'];
  learning: string | null;
  belief_after: number | null;
  peak_distress: number | null;
}

/** Experiments for the readiness rule, per client, in one statement (only the fields the rule reads). */
export async function readinessFor(
  db: Db,
  practiceId: string,
  clientIds: string[],
): Promise<Map<string, ReadinessSuggestion>> {
  const rows =
    clientIds.length === 0
      ? []
      : await many<ReadinessRow>(db, READINESS_EXPERIMENTS_SQL, [practiceId, clientIds]);
  const byClient = new Map<string, ReadinessExperiment[]>();
  for (const r of rows) {
    const list = byClient.get(r.client_id) ?? [];
    list.push({
      plan: {
        helper: r.helper,
        channel: r.channel,
        lifeArea: r.life_area,
        predictedYesChance: r.predicted_yes_chance,
        beliefBefore: r.belief_before,
        anticipatedDistress: r.anticipated_distress,
      },
      outcome: r.has_outcome
        ? {
            didAsk: r.did_ask,
            response: r.response,
            learning: r.learning,
            beliefAfter: r.belief_after,
            peakDistress: r.peak_distress,
          }
        : null,
    });
    byClient.set(r.client_id, list);
  }
  return new Map(clientIds.map((id) => [id, readinessSuggestion(byClient.get(id) ?? [])]));
}

/**
 * The caseload overview: two statements whatever the caseload size (the figures, then the experiments the
 * readiness rule reads); sorting and filtering on the computed figures.
 */
@Injectable()
export class CaseloadService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async overview(actor: Actor, q: CaseloadQuery, asOf: string | null = null): Promise<CaseloadRow[]> {
    const rows = await many<SqlRow>(this.dataSource, CASELOAD_SQL, [
      actor.practiceId,
      actor.role === 'owner' ? null : actor.accountId,
      asOf,
    ]);
    const readiness = await readinessFor(
      this.dataSource,
      actor.practiceId,
      rows.map((r) => r.id),
    );
    const needle = q.q?.trim().toLocaleLowerCase('en');
    const items = rows
      .map((r): CaseloadRow => ({
        id: r.id,
        displayName: r.display_name,
        email: r.email,
        currentRung: r.current_rung,
        timeZone: r.time_zone,
        version: r.version,
        joinedAt: r.created_at.toISOString(),
        today: r.today,
        adherence7: adherenceOf(r.due7, r.done7),
        adherence28: adherenceOf(r.due28, r.done28),
        lastActivityAt: r.last_activity_at?.toISOString() ?? null,
        unreadSharedEntries: r.unread,
        openRiskFlags: r.open_flags,
        readiness: readiness.get(r.id) ?? readinessSuggestion([]),
      }))
      .filter(
        (c) =>
          (q.flagged === undefined || q.flagged === c.openRiskFlags > 0) &&
          (q.unread === undefined || q.unread === c.unreadSharedEntries > 0) &&
          (q.ready === undefined || q.ready === c.readiness.ready) &&
          (q.rung === undefined || q.rung === c.currentRung) &&
          (!needle || c.displayName.toLocaleLowerCase('en').includes(needle) || c.email.includes(needle)),
      );
    const byName = (a: CaseloadRow, b: CaseloadRow) =>
      BY_NAME.compare(a.displayName, b.displayName) || a.id.localeCompare(b.id);
    const value: Record<CaseloadQuery['sort'], (c: CaseloadRow) => number | null> = {
      name: () => 0,
      'last-activity': (c) => (c.lastActivityAt ? Date.parse(c.lastActivityAt) : null),
      'adherence-7': (c) => c.adherence7.rate,
      'adherence-28': (c) => c.adherence28.rate,
      'risk-flags': (c) => c.openRiskFlags,
      unread: (c) => c.unreadSharedEntries,
      rung: (c) => c.currentRung,
    };
    const direction = q.order === 'desc' ? -1 : 1;
    const of = value[q.sort];
    // Clients without the figure (nothing due, no activity) come last whichever way the list is sorted.
    const compare = (a: CaseloadRow, b: CaseloadRow): number => {
      const x = of(a);
      const y = of(b);
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      return direction * (x - y);
    };
    if (q.sort === 'name') return items.sort((a, b) => direction * byName(a, b));
    return items.sort((a, b) => compare(a, b) || byName(a, b));
  }
}
