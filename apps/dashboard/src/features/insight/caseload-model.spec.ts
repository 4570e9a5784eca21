import {
  activeFilterCount,
  adherenceText,
  ariaSort,
  DEFAULT_CASELOAD,
  filtersFromSearch,
  nextSort,
  orderChoices,
  orderValue,
  searchFromFilters,
  shownText,
  withOrder,
} from './caseload-model';
import { caseloadSearch } from './api/insight';

describe('caseload filters in the address', () => {
  it('reads the defaults from an empty address: who needs attention first', () => {
    expect(filtersFromSearch(new URLSearchParams())).toEqual({ sort: 'attention', order: 'desc' });
    expect(DEFAULT_CASELOAD).toEqual({ sort: 'attention', order: 'desc' });
  });

  it('round-trips every filter', () => {
    const f = filtersFromSearch(
      new URLSearchParams('sort=rung&order=desc&flagged=true&unread=true&rung=3&q=jo'),
    );
    expect(f).toEqual({ sort: 'rung', order: 'desc', flagged: true, unread: true, rung: 3, q: 'jo' });
    expect(filtersFromSearch(searchFromFilters(f))).toEqual(f);
  });

  it('gives each sort its own order when the address names none', () => {
    expect(filtersFromSearch(new URLSearchParams('sort=name'))).toEqual({ sort: 'name', order: 'asc' });
    expect(filtersFromSearch(new URLSearchParams('sort=last-activity'))).toEqual({
      sort: 'last-activity',
      order: 'desc',
    });
    expect(searchFromFilters({ sort: 'name', order: 'asc' }).toString()).toBe('sort=name');
    expect(searchFromFilters({ sort: 'name', order: 'desc' }).toString()).toBe('sort=name&order=desc');
  });

  it('ignores what it does not know instead of sending it to the API (sorts that are no more included)', () => {
    expect(
      filtersFromSearch(new URLSearchParams('sort=shoe-size&order=up&rung=9&flagged=yes&q=%20&ready=true')),
    ).toEqual(DEFAULT_CASELOAD);
    expect(filtersFromSearch(new URLSearchParams('sort=adherence-7&order=asc'))).toEqual({
      sort: 'attention',
      order: 'asc',
    });
  });

  it('leaves the defaults out of the address', () => {
    expect(searchFromFilters(DEFAULT_CASELOAD).toString()).toBe('');
  });

  it('builds the API query with only the filters set, a page of 25, and the cursor of the next page', () => {
    expect(caseloadSearch({ sort: 'rung', order: 'asc', flagged: true, q: '  maya ' })).toBe(
      'sort=rung&order=asc&flagged=true&q=maya&limit=25',
    );
    expect(caseloadSearch(DEFAULT_CASELOAD, 'abc')).toBe('sort=attention&order=desc&limit=25&cursor=abc');
  });
});

describe('ordering by a column header or the order switch', () => {
  it('flips the order of the current column', () => {
    expect(nextSort({ sort: 'name', order: 'asc' }, 'name')).toEqual({ sort: 'name', order: 'desc' });
  });

  it('starts names A to Z, rungs low to high, and figures with the most first', () => {
    expect(nextSort(DEFAULT_CASELOAD, 'name')).toEqual({ sort: 'name', order: 'asc' });
    expect(nextSort(DEFAULT_CASELOAD, 'rung')).toEqual({ sort: 'rung', order: 'asc' });
    expect(nextSort(DEFAULT_CASELOAD, 'risk-flags')).toEqual({ sort: 'risk-flags', order: 'desc' });
    expect(nextSort(DEFAULT_CASELOAD, 'last-activity')).toEqual({ sort: 'last-activity', order: 'desc' });
  });

  it('keeps the filters when the order changes', () => {
    expect(nextSort({ sort: 'name', order: 'asc', flagged: true }, 'rung')).toEqual({
      sort: 'rung',
      order: 'asc',
      flagged: true,
    });
    expect(withOrder({ sort: 'name', order: 'asc', q: 'x' }, 'last-activity:asc')).toEqual({
      sort: 'last-activity',
      order: 'asc',
      q: 'x',
    });
    expect(withOrder(DEFAULT_CASELOAD, 'adherence-7:asc')).toBe(DEFAULT_CASELOAD);
  });

  it('offers the useful orders in words, and the current one when a header chose another', () => {
    const labels = orderChoices(DEFAULT_CASELOAD).map((c) => c.label);
    expect(labels[0]).toBe('Needs attention first');
    expect(labels).toContain('Name, A to Z');
    expect(labels).not.toContain('Fewest open risk flags');
    const odd = { sort: 'risk-flags', order: 'asc' } as const;
    expect(orderChoices(odd).at(-1)).toEqual({ value: orderValue(odd), label: 'Fewest open risk flags' });
  });

  it('says the order for screen readers on the sorted column only', () => {
    const f = { sort: 'unread', order: 'desc' } as const;
    expect(ariaSort(f, 'unread')).toBe('descending');
    expect(ariaSort(f, 'name')).toBe('none');
  });
});

describe('figures in words', () => {
  it('says adherence as "n of m"', () => {
    expect(adherenceText({ due: 4, completed: 3, rate: 0.75 })).toBe('3 of 4');
    expect(adherenceText({ due: 0, completed: 0, rate: null })).toBe('Nothing due');
  });

  it('counts the filters in use', () => {
    expect(activeFilterCount(DEFAULT_CASELOAD)).toBe(0);
    expect(activeFilterCount({ ...DEFAULT_CASELOAD, flagged: true, rung: 2, q: 'x' })).toBe(3);
  });

  it('says how many of how many clients are shown', () => {
    expect(shownText(25, 500, false)).toBe('Showing 25 of 500 clients.');
    expect(shownText(3, 3, false)).toBe('Showing all 3 clients.');
    expect(shownText(1, 1, true)).toBe('Showing 1 client that matches.');
    expect(shownText(25, 40, true)).toBe('Showing 25 of 40 clients that match.');
    expect(shownText(0, 0, true)).toBe('No client matches these filters.');
  });
});
