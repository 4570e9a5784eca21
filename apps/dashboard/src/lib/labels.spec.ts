import { ENTRY_KINDS } from '@askwell/domain';
import { ENTRY_KIND_ORDER, KIND_LABELS, isEntryKind } from './labels';

describe('entry kinds', () => {
  it('are the domain’s, in its order, each with words', () => {
    expect([...ENTRY_KIND_ORDER]).toEqual([...ENTRY_KINDS]);
    expect(Object.keys(KIND_LABELS).sort()).toEqual([...ENTRY_KINDS].sort());
  });

  it('tells a kind from anything else', () => {
    for (const kind of ENTRY_KINDS) expect(isEntryKind(kind)).toBe(true);
    expect(isEntryKind('session')).toBe(false);
    expect(isEntryKind(undefined)).toBe(false);
  });
});
