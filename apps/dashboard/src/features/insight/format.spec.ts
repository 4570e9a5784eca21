import { orDash, percent, relativeTime } from './format';

describe('formatting figures', () => {
  const now = Date.parse('2026-03-10T12:00:00Z');
  it('says when something happened relative to now', () => {
    expect(relativeTime('2026-03-08T12:00:00Z', now)).toBe('2 days ago');
    expect(relativeTime('2026-03-10T09:00:00Z', now)).toBe('3 hours ago');
    expect(relativeTime('2026-03-10T11:59:50Z', now)).toBe('just now');
  });
  it('never says a time is in the future', () => {
    expect(relativeTime('2026-03-10T20:00:00Z', now)).toBe('just now');
  });
  it('writes shares and numbers, with a dash for none', () => {
    expect(percent(0.416)).toBe('42 %');
    expect(percent(null)).toBe('–');
    expect(orDash(2.345, ' days')).toBe('2.3 days');
    expect(orDash(undefined)).toBe('–');
  });
});
