import { DEFAULT_CRISIS_RESOURCES } from '@askwell/domain';
import { FALLBACK_CRISIS_RESOURCES, crisisNoticeOf, crisisTextOf } from './flash';

describe('the crisis text after a save', () => {
  it('falls back to the domain’s default words exactly', () => {
    expect(FALLBACK_CRISIS_RESOURCES).toBe(DEFAULT_CRISIS_RESOURCES);
  });

  it('is the practice’s own text when flagged, the default when it is missing, and nothing otherwise', () => {
    expect(
      crisisTextOf({ flagged: true, tier: 'explicit', crisisResources: 'Call Harbour line 0800.' }),
    ).toBe('Call Harbour line 0800.');
    expect(crisisTextOf({ flagged: true, tier: 'concern', crisisResources: null })).toBe(
      DEFAULT_CRISIS_RESOURCES,
    );
    expect(
      crisisTextOf({ flagged: false, tier: null, crisisResources: 'Call Harbour line 0800.' }),
    ).toBeNull();
  });

  it('keeps the tier that words the panel, only when flagged', () => {
    expect(crisisNoticeOf({ flagged: true, tier: 'concern', crisisResources: 'Call 0800.' })).toEqual({
      crisisResources: 'Call 0800.',
      riskTier: 'concern',
    });
    expect(crisisNoticeOf({ flagged: false, tier: null, crisisResources: null })).toEqual({
      crisisResources: null,
      riskTier: null,
    });
  });
});
