import { type Adherence, CASELOAD_SORTS, type CaseloadSort } from '@askwell/domain';
import type { CaseloadFilters } from './api/insight';

/** What the caseload shows first: by name, A to Z. */
export const DEFAULT_CASELOAD: CaseloadFilters = { sort: 'name', order: 'asc' };

const isSort = (s: string | null): s is CaseloadSort => CASELOAD_SORTS.some((k) => k === s);
const flag = (s: string | null): boolean | undefined => (s === 'true' ? true : undefined);

/** The page's address holds the caseload's order and filters, so a reload or a shared link keeps them. */
export function filtersFromSearch(params: URLSearchParams): CaseloadFilters {
  const sort = params.get('sort');
  const rung = Number(params.get('rung'));
  const q = params.get('q') ?? '';
  return {
    sort: isSort(sort) ? sort : DEFAULT_CASELOAD.sort,
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
    ...(flag(params.get('flagged')) ? { flagged: true } : {}),
    ...(flag(params.get('unread')) ? { unread: true } : {}),
    ...(flag(params.get('ready')) ? { ready: true } : {}),
    ...(Number.isInteger(rung) && rung >= 1 && rung <= 6 ? { rung } : {}),
    ...(q.trim() ? { q } : {}),
  };
}

/** The inverse of filtersFromSearch, leaving out what is the default. */
export function searchFromFilters(f: CaseloadFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (f.sort !== DEFAULT_CASELOAD.sort || f.order !== DEFAULT_CASELOAD.order) {
    params.set('sort', f.sort);
    params.set('order', f.order);
  }
  if (f.flagged) params.set('flagged', 'true');
  if (f.unread) params.set('unread', 'true');
  if (f.ready) params.set('ready', 'true');
  if (f.rung !== undefined) params.set('rung', String(f.rung));
  if (f.q) params.set('q', f.q);
  return params;
}

/**
 * The order after a click on a column header: the same column flips; another column starts where it is most
 * useful (names A to Z, figures with the most first: lowest adherence is what needs attention, so adherence
 * starts low to high).
 */
export function nextSort(f: CaseloadFilters, column: CaseloadSort): CaseloadFilters {
  if (f.sort === column) return { ...f, order: f.order === 'asc' ? 'desc' : 'asc' };
  const startsDescending: readonly CaseloadSort[] = ['last-activity', 'risk-flags', 'unread'];
  return { ...f, sort: column, order: startsDescending.includes(column) ? 'desc' : 'asc' };
}

export function ariaSort(f: CaseloadFilters, column: CaseloadSort): 'ascending' | 'descending' | 'none' {
  if (f.sort !== column) return 'none';
  return f.order === 'asc' ? 'ascending' : 'descending';
}

/** "3 of 4", or "Nothing due" when nothing was due (never a 0 % that blames nobody). */
export function adherenceText(a: Adherence): string {
  return a.due === 0 ? 'Nothing due' : `${a.completed} of ${a.due}`;
}

/** How many filters narrow the list (for "Clear filters"). */
export function activeFilterCount(f: CaseloadFilters): number {
  return [f.flagged, f.unread, f.ready, f.rung !== undefined, Boolean(f.q?.trim())].filter(Boolean).length;
}
