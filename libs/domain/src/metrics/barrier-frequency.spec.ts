import { barrierFrequency, type BarrierTagEvent } from './barrier-frequency';

describe('barrierFrequency', () => {
  it('is empty without tags', () => {
    expect(barrierFrequency([], 'Europe/Berlin')).toEqual([]);
  });

  it('keeps confirmed and unreviewed apart and never counts rejected tags', () => {
    const tags: BarrierTagEvent[] = [
      { barrierId: 'shame', status: 'confirmed', at: '2026-03-03T10:00:00Z' },
      { barrierId: 'shame', status: 'client', at: '2026-03-04T10:00:00Z' },
      { barrierId: 'shame', status: 'suggested', at: '2026-03-05T10:00:00Z' },
      { barrierId: 'shame', status: 'rejected', at: '2026-03-05T11:00:00Z' },
      { barrierId: 'sunk-cost', status: 'rejected', at: '2026-03-05T11:00:00Z' },
    ];
    expect(barrierFrequency(tags, 'UTC')).toEqual([
      { week: '2026-W10', barrierId: 'shame', confirmed: 1, unreviewed: 2 },
    ]);
  });

  it('orders rows by week, then in taxonomy order', () => {
    const tags: BarrierTagEvent[] = [
      { barrierId: 'negativity-bias', status: 'confirmed', at: '2026-03-10T10:00:00Z' },
      { barrierId: 'shame', status: 'confirmed', at: '2026-03-10T10:00:00Z' },
      { barrierId: 'fear-of-rejection', status: 'client', at: '2026-03-03T10:00:00Z' },
      { barrierId: 'independence-bias', status: 'client', at: new Date('2026-03-10T10:00:00Z') },
    ];
    expect(barrierFrequency(tags, 'UTC').map((r) => `${r.week} ${r.barrierId}`)).toEqual([
      '2026-W10 fear-of-rejection',
      '2026-W11 independence-bias',
      '2026-W11 shame',
      '2026-W11 negativity-bias',
    ]);
  });

  it.each([
    // Sunday 23:30 UTC is already Monday in Berlin (after the spring clock change): the next ISO week there.
    ['2026-03-29T23:30:00Z', 'Europe/Berlin', '2026-W14'],
    ['2026-03-29T23:30:00Z', 'UTC', '2026-W13'],
    // Monday 03:00 UTC is still Sunday evening in New York.
    ['2026-03-30T03:00:00Z', 'America/New_York', '2026-W13'],
    // New Year's Eve 23:30 UTC is 1 January in Berlin, which still belongs to 2020-W53.
    ['2020-12-31T23:30:00Z', 'Europe/Berlin', '2020-W53'],
    ['2024-12-29T23:30:00Z', 'Europe/Berlin', '2025-W01'],
    ['2024-12-29T23:30:00Z', 'UTC', '2024-W52'],
  ])('%s in %s counts in %s', (at, timeZone, week) => {
    expect(barrierFrequency([{ barrierId: 'shame', status: 'confirmed', at }], timeZone)).toEqual([
      { week, barrierId: 'shame', confirmed: 1, unreviewed: 0 },
    ]);
  });
});
