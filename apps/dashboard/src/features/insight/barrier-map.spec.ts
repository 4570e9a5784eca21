import { barrierMap, cellLabel, shade, shortWeek, weeksBetween } from './barrier-map';

describe('the barrier map', () => {
  it('is empty without tags', () => {
    expect(barrierMap([])).toEqual({ weeks: [], rows: [], max: 0 });
  });

  it('spans every week from the first to the last, across a year end, gaps included', () => {
    expect(weeksBetween('2026-W52', '2027-W02')).toEqual(['2026-W52', '2026-W53', '2027-W01', '2027-W02']);
    expect(weeksBetween('2025-W52', '2026-W01')).toEqual(['2025-W52', '2026-W01']);
  });

  it('keeps confirmed and unreviewed apart in every cell and never sums them', () => {
    const map = barrierMap([
      { week: '2026-W10', barrierId: 'shame', confirmed: 2, unreviewed: 1 },
      { week: '2026-W12', barrierId: 'shame', confirmed: 0, unreviewed: 3 },
      { week: '2026-W12', barrierId: 'fear-of-rejection', confirmed: 1, unreviewed: 0 },
    ]);
    expect(map.weeks).toEqual(['2026-W10', '2026-W11', '2026-W12']);
    // Taxonomy order: fear-of-rejection comes before shame.
    expect(map.rows.map((r) => r.barrierId)).toEqual(['fear-of-rejection', 'shame']);
    const shame = map.rows[1];
    expect(shame?.cells).toEqual([
      { week: '2026-W10', confirmed: 2, unreviewed: 1 },
      { week: '2026-W11', confirmed: 0, unreviewed: 0 },
      { week: '2026-W12', confirmed: 0, unreviewed: 3 },
    ]);
    expect(shame?.totalConfirmed).toBe(2);
    expect(shame?.totalUnreviewed).toBe(4);
    expect(map.max).toBe(3);
  });

  it('labels and shades cells', () => {
    expect(cellLabel({ week: '2026-W01', confirmed: 0, unreviewed: 0 })).toBe('none');
    expect(cellLabel({ week: '2026-W01', confirmed: 1, unreviewed: 2 })).toBe('1 confirmed, 2 not reviewed');
    expect(shade(0, 4)).toBe(0);
    expect(shade(1, 4)).toBe(1);
    expect(shade(4, 4)).toBe(4);
    expect(shade(1, 100)).toBe(1);
    expect(shortWeek('2026-W07')).toBe('W07');
  });
});
