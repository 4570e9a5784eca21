import {
  type Adherence,
  CASELOAD_DEFAULT_ORDER,
  CASELOAD_SORTS,
  type CaseloadOrder,
  type CaseloadSort,
} from '@askwell/domain';
import type { CaseloadFilters } from './api/insight';

/** What the caseload shows first: who needs attention (open risk flags, then unread entries), most first. */
export const DEFAULT_CASELOAD: CaseloadFilters = {
  sort: 'attention',
  order: CASELOAD_DEFAULT_ORDER.attention,
};

const isSort = (s: string | null): s is CaseloadSort => CASELOAD_SORTS.some((k) => k === s);
const isOrder = (s: string | null): s is CaseloadOrder => s === 'asc' || s === 'desc';
const flag = (s: string | null): boolean | undefined => (s === 'true' ? true : undefined);

/** The page's address holds the caseload's order and filters, so a reload or a shared link keeps them. */
export function filtersFromSearch(params: URLSearchParams): CaseloadFilters {
  const s = params.get('sort');
  const o = params.get('order');
  const sort = isSort(s) ? s : DEFAULT_CASELOAD.sort;
  const rung = Number(params.get('rung'));
  const q = params.get('q') ?? '';
  return {
    sort,
    order: isOrder(o) ? o : CASELOAD_DEFAULT_ORDER[sort],
    ...(flag(params.get('flagged')) ? { flagged: true } : {}),
    ...(flag(params.get('unread')) ? { unread: true } : {}),
    ...(Number.isInteger(rung) && rung >= 1 && rung <= 6 ? { rung } : {}),
    ...(q.trim() ? { q } : {}),
  };
}

/** The inverse of filtersFromSearch, leaving out what is the default. */
export function searchFromFilters(f: CaseloadFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (f.sort !== DEFAULT_CASELOAD.sort) params.set('sort', f.sort);
  if (f.order !== CASELOAD_DEFAULT_ORDER[f.sort]) params.set('order', f.order);
  if (f.flagged) params.set('flagged', 'true');
  if (f.unread) params.set('unread', 'true');
  if (f.rung !== undefined) params.set('rung', String(f.rung));
  if (f.q) params.set('q', f.q);
  return params;
}

/**
 * The order after a click on a column header: the same column flips; another column starts where it is most
 * useful (names A to Z, rungs low to high, the figures with the most first).
 */
export function nextSort(f: CaseloadFilters, column: CaseloadSort): CaseloadFilters {
  if (f.sort === column) return { ...f, order: f.order === 'asc' ? 'desc' : 'asc' };
  return { ...f, sort: column, order: CASELOAD_DEFAULT_ORDER[column] };
}

export function ariaSort(f: CaseloadFilters, column: CaseloadSort): 'ascending' | 'descending' | 'none' {
  if (f.sort !== column) return 'none';
  return f.order === 'asc' ? 'ascending' : 'descending';
}

/** The orders the sort switch offers, in words; the others are reached by the column headers. */
const ORDER_LABELS: Record<`${CaseloadSort}:${CaseloadOrder}`, string> = {
  'attention:desc': 'Needs attention first',
  'attention:asc': 'Needs attention last',
  'name:asc': 'Name, A to Z',
  'name:desc': 'Name, Z to A',
  'last-activity:desc': 'Most recently active',
  'last-activity:asc': 'Least recently active',
  'risk-flags:desc': 'Most open risk flags',
  'risk-flags:asc': 'Fewest open risk flags',
  'unread:desc': 'Most unread entries',
  'unread:asc': 'Fewest unread entries',
  'rung:asc': 'Rung, lowest first',
  'rung:desc': 'Rung, highest first',
};
const OFFERED: readonly (keyof typeof ORDER_LABELS)[] = [
  'attention:desc',
  'name:asc',
  'name:desc',
  'last-activity:desc',
  'last-activity:asc',
  'risk-flags:desc',
  'unread:desc',
  'rung:asc',
  'rung:desc',
];

export const orderValue = (f: Pick<CaseloadFilters, 'sort' | 'order'>): keyof typeof ORDER_LABELS =>
  `${f.sort}:${f.order}`;

/** The sort switch's choices: the useful orders, and the current one if a header chose another. */
export function orderChoices(f: CaseloadFilters): { value: string; label: string }[] {
  const values = OFFERED.includes(orderValue(f)) ? OFFERED : [...OFFERED, orderValue(f)];
  return values.map((value) => ({ value, label: ORDER_LABELS[value] }));
}

/** The filters with the order a choice of the sort switch names (unknown values leave them as they are). */
export function withOrder(f: CaseloadFilters, value: string): CaseloadFilters {
  const [s = null, o = null] = value.split(':');
  return isSort(s) && isOrder(o) ? { ...f, sort: s, order: o } : f;
}

/** "3 of 4", or "Nothing due" when nothing was due (never a 0 % that blames nobody). */
export function adherenceText(a: Adherence): string {
  return a.due === 0 ? 'Nothing due' : `${a.completed} of ${a.due}`;
}

/** How many filters narrow the list (for "Clear filters"). */
export function activeFilterCount(f: CaseloadFilters): number {
  return [f.flagged, f.unread, f.rung !== undefined, Boolean(f.q?.trim())].filter(Boolean).length;
}

/** What the live region says about the list: how many are shown of how many. */
export function shownText(shown: number, total: number, filtered: boolean): string {
  const match = filtered ? ' that match' : '';
  if (total === 0) return filtered ? 'No client matches these filters.' : 'No clients yet.';
  if (total === 1) return `Showing 1 client${filtered ? ' that matches' : ''}.`;
  if (shown >= total) return `Showing all ${total} clients${match}.`;
  return `Showing ${shown} of ${total} clients${match}.`;
}
