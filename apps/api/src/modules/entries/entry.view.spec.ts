import { DEFAULT_CRISIS_RESOURCES, type SubmitResult } from '@askwell/domain';
import { createdAnswer, type CreatedRows, entryView } from './entry.view';

/**
 * The create's answer comes from the rows its statement wrote (as JSON, timestamps as text) through the same
 * entryView() as a read (rows from the driver, timestamps as Dates): the e2e specs hold the two equal on a real
 * database; these hold the mapping's edges.
 */
const rows = (over: Partial<CreatedRows> = {}): CreatedRows => ({
  entry: {
    id: '00000000-0000-4000-8000-000000000010',
    client_id: '00000000-0000-4000-8000-000000000002',
    assignment_id: null,
    kind: 'reflection',
    sharing: 'shared',
    state: 'submitted',
    occurred_on: '2026-12-07',
    done_on: '2026-12-07',
    body: { text: 'Asked.', promptBarrierId: null, sharing: 'shared', clientBarrierTags: [] },
    plan: null,
    outcome: null,
    review_comment: null,
    raise_in_session: false,
    reviewed_at: null,
    read_at: null,
    version: 1,
    created_at: '2026-12-07T23:13:20.137456+00:00',
    updated_at: '2026-12-07T23:13:20.137456+00:00',
  },
  exercise: { template_id: null, custom_title: null },
  tags: [],
  flag: null,
  crisis_resources: null,
  ...over,
});

describe('createdAnswer', () => {
  it('answers the entry as a read of the same row does, to the millisecond', () => {
    const answer = createdAnswer(rows());
    const r = rows().entry;
    const read = entryView(
      {
        ...r,
        created_at: new Date('2026-12-07T23:13:20.137Z'),
        updated_at: new Date('2026-12-07T23:13:20.137Z'),
        template_id: null,
        custom_title: null,
        reviewed_by: null,
        tags: [],
        flag_raised_at: null,
        flag_tier: null,
        flag_category: null,
      },
      false,
    );
    expect(answer.entry).toEqual(read);
    expect(answer.entry.createdAt).toBe('2026-12-07T23:13:20.137Z');
    expect(answer.risk).toEqual({ flagged: false, tier: null, crisisResources: null });
  });

  it('answers a flag with its tier and the practice’s crisis text, or the default one', () => {
    const flag = {
      raised_at: '2026-12-07T23:13:20.2+00:00',
      tier: 'explicit',
      category: 'self-harm',
    } as const;
    const own = createdAnswer(rows({ flag, crisis_resources: 'Call 112.' }));
    expect(own.risk).toEqual({ flagged: true, tier: 'explicit', crisisResources: 'Call 112.' });
    expect(own.entry.risk).toEqual({
      flagged: true,
      raisedAt: '2026-12-07T23:13:20.200Z',
      tier: 'explicit',
      category: 'self-harm',
    });
    expect(createdAnswer(rows({ flag })).risk.crisisResources).toBe(DEFAULT_CRISIS_RESOURCES);
  });

  it('passes on an answer stored whole by the release before (a key replayed across a deploy)', () => {
    const stored = { entry: { id: 'x' }, risk: { flagged: false } } as unknown as SubmitResult;
    expect(createdAnswer(stored)).toBe(stored);
  });
});
