import { DEFAULT_CRISIS_RESOURCES } from '@askwell/domain';
import { FALLBACK_CRISIS_RESOURCES, crisisTextOf } from './flash';

describe('the crisis text after a save', () => {
  it('falls back to the domain’s default words exactly', () => {
    expect(FALLBACK_CRISIS_RESOURCES).toBe(DEFAULT_CRISIS_RESOURCES);
  });

  it('is the practice’s own text when flagged, the default when it is missing, and nothing otherwise', () => {
    expect(crisisTextOf({ flagged: true, crisisResources: 'Call Harbour line 0800.' })).toBe(
      'Call Harbour line 0800.',
    );
    expect(crisisTextOf({ flagged: true, crisisResources: null })).toBe(DEFAULT_CRISIS_RESOURCES);
    expect(crisisTextOf({ flagged: false, crisisResources: 'Call Harbour line 0800.' })).toBeNull();
  });
});
