import {
  activeFilterCount,
  adherenceText,
  ariaSort,
  DEFAULT_CASELOAD,
  filtersFromSearch,
  nextSort,
  searchFromFilters,
} from './caseload-model';
import { caseloadSearch } from './api/insight';

describe('caseload filters in the address', () => {
  it('reads the defaults from an empty address', () => {
    expect(filtersFromSearch(new URLSearchParams())).toEqual(DEFAULT_CASELOAD);
  });

  it('round-trips every filter', () => {
    const f = filtersFromSearch(
      new URLSearchParams('sort=adherence-7&order=desc&flagged=true&unread=true&ready=true&rung=3&q=jo'),
    );
    expect(f).toEqual({
      sort: 'adherence-7',
      order: 'desc',
      flagged: true,
      unread: true,
      ready: true,
      rung: 3,
      q: 'jo',
    });
    expect(filtersFromSearch(searchFromFilters(f))).toEqual(f);
  });

  it('ignores what it does not know instead of sending it to the API', () => {
    expect(
      filtersFromSearch(new URLSearchParams('sort=shoe-size&order=up&rung=9&flagged=yes&q=%20')),
    ).toEqual(DEFAULT_CASELOAD);
  });

  it('leaves the defaults out of the address', () => {
    expect(searchFromFilters(DEFAULT_CASELOAD).toString()).toBe('');
  });

  it('builds the API query with only the filters set', () => {
    expect(caseloadSearch({ sort: 'rung', order: 'asc', flagged: true, q: '  maya ' })).toBe(
      'sort=rung&order=asc&flagged=true&q=maya',
    );
  });
});

describe('sorting by a column header', () => {
  it('flips the order of the current column', () => {
    expect(nextSort({ sort: 'name', order: 'asc' }, 'name')).toEqual({ sort: 'name', order: 'desc' });
  });

  it('starts adherence low to high (who needs attention) and flags most first', () => {
    expect(nextSort(DEFAULT_CASELOAD, 'adherence-7')).toEqual({ sort: 'adherence-7', order: 'asc' });
    expect(nextSort(DEFAULT_CASELOAD, 'risk-flags')).toEqual({ sort: 'risk-flags', order: 'desc' });
  });

  it('keeps the filters when the order changes', () => {
    expect(nextSort({ sort: 'name', order: 'asc', flagged: true }, 'rung')).toEqual({
      sort: 'rung',
      order: 'asc',
      flagged: true,
    });
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
});
