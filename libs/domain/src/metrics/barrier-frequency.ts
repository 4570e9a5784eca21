/**
 * Barrier frequency: how often each barrier was tagged, per ISO week of the client's calendar.
 * Confirmed tags (the practitioner agreed) and unreviewed ones (the client's own or suggested by the text) are
 * counted apart and never added together; rejected tags are never counted.
 */
import type { BarrierId } from '../taxonomy/ids';
import { BARRIER_IDS } from '../taxonomy/ids';
import type { TagStatus } from '../records/review.schema';
import { isoWeekOf, localDateOf, type IsoWeek } from '../time/time';

export interface BarrierTagEvent {
  barrierId: BarrierId;
  status: TagStatus;
  /** When the tagged entry happened (an instant); its week is taken in the client's time zone. */
  at: string | Date;
}

export interface BarrierFrequencyRow {
  week: IsoWeek;
  barrierId: BarrierId;
  /** Tags the practitioner confirmed. */
  confirmed: number;
  /** Tags from the client or from suggestions, not yet reviewed. Shown apart from `confirmed`, never summed. */
  unreviewed: number;
}

const BARRIER_ORDER = new Map<BarrierId, number>(BARRIER_IDS.map((id, index) => [id, index]));

function column(status: TagStatus): 'confirmed' | 'unreviewed' | null {
  switch (status) {
    case 'confirmed':
      return 'confirmed';
    case 'client':
    case 'suggested':
      return 'unreviewed';
    case 'rejected':
      return null;
  }
}

/** One row per week and barrier with at least one counted tag, by week and then in taxonomy order. */
export function barrierFrequency(tags: readonly BarrierTagEvent[], timeZone: string): BarrierFrequencyRow[] {
  const rows = new Map<string, BarrierFrequencyRow>();
  for (const tag of tags) {
    const counted = column(tag.status);
    if (counted === null) continue;
    const week = isoWeekOf(localDateOf(tag.at, timeZone));
    const key = `${week}|${tag.barrierId}`;
    let row = rows.get(key);
    if (row === undefined) {
      row = { week, barrierId: tag.barrierId, confirmed: 0, unreviewed: 0 };
      rows.set(key, row);
    }
    row[counted] += 1;
  }
  return [...rows.values()].sort(
    (a, b) =>
      a.week.localeCompare(b.week) ||
      (BARRIER_ORDER.get(a.barrierId) ?? 0) - (BARRIER_ORDER.get(b.barrierId) ?? 0),
  );
}
