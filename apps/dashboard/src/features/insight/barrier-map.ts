import {
  addDays,
  BARRIER_IDS,
  type BarrierFrequencyRow,
  type BarrierId,
  type IsoWeek,
  isoWeekOf,
  isoWeekStart,
} from '@askwell/domain';

export interface BarrierMapCell {
  week: IsoWeek;
  confirmed: number;
  unreviewed: number;
}

export interface BarrierMapRow {
  barrierId: BarrierId;
  cells: BarrierMapCell[];
  totalConfirmed: number;
  totalUnreviewed: number;
}

export interface BarrierMap {
  /** Every ISO week from the first to the last with a tag, gaps included (a quiet week is information). */
  weeks: IsoWeek[];
  /** Barriers with at least one counted tag, in the taxonomy's order. */
  rows: BarrierMapRow[];
  /** The largest count in any cell (confirmed or unreviewed), for shading. */
  max: number;
}

/** Weeks from `first` to `last` inclusive. */
export function weeksBetween(first: IsoWeek, last: IsoWeek): IsoWeek[] {
  const weeks: IsoWeek[] = [];
  let day = isoWeekStart(first);
  for (let week = first; week <= last; week = isoWeekOf(day)) {
    weeks.push(week);
    day = addDays(day, 7);
    if (weeks.length > 520) break;
  }
  return weeks;
}

/**
 * The grid of the barrier map: weeks across, barriers down. Confirmed and unreviewed counts stay apart in
 * every cell, as the API sends them (they are never added together).
 */
export function barrierMap(rows: readonly BarrierFrequencyRow[]): BarrierMap {
  if (rows.length === 0) return { weeks: [], rows: [], max: 0 };
  const sortedWeeks = [...new Set(rows.map((r) => r.week))].sort();
  const weeks = weeksBetween(sortedWeeks[0] ?? '', sortedWeeks[sortedWeeks.length - 1] ?? '');
  const byKey = new Map(rows.map((r) => [`${r.barrierId}|${r.week}`, r]));
  const present = new Set(rows.map((r) => r.barrierId));
  let max = 0;
  const out = BARRIER_IDS.filter((id) => present.has(id)).map((barrierId): BarrierMapRow => {
    const cells = weeks.map((week) => {
      const r = byKey.get(`${barrierId}|${week}`);
      const cell = { week, confirmed: r?.confirmed ?? 0, unreviewed: r?.unreviewed ?? 0 };
      max = Math.max(max, cell.confirmed, cell.unreviewed);
      return cell;
    });
    return {
      barrierId,
      cells,
      totalConfirmed: cells.reduce((n, c) => n + c.confirmed, 0),
      totalUnreviewed: cells.reduce((n, c) => n + c.unreviewed, 0),
    };
  });
  return { weeks, rows: out, max };
}

/** "W07" from "2026-W07", for a narrow column header. */
export const shortWeek = (week: IsoWeek): string => week.slice(5);

/** What a screen reader says for one cell. */
export function cellLabel(cell: BarrierMapCell): string {
  if (cell.confirmed === 0 && cell.unreviewed === 0) return 'none';
  return `${cell.confirmed} confirmed, ${cell.unreviewed} not reviewed`;
}

/** 0–4, how strongly a count is shaded against the largest count in the map. */
export function shade(count: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4))) as 1 | 2 | 3 | 4;
}
