/** The one entry-view builder: an entry's rows (read back, or as the create wrote them) to the answer. */
import {
  type BarrierId,
  DEFAULT_CRISIS_RESOURCES,
  type EntryKind,
  type ExperimentOutcome,
  type ExperimentPlan,
  type LocalDate,
  type ObservationEntry,
  type ReflectionEntry,
  type RiskCategory,
  type RiskTier,
  type Sharing,
  type TagStatus,
} from '@askwell/domain';
import type { PersonView, TagView, EntryState, EntryView, SubmitResult } from '@askwell/domain';
import { exerciseOf } from '../exercises/exercise.view';

export type { PersonView, TagView, EntryState, EntryView, SubmitResult };

/**
 * An instant as a row holds it: a Date from a read, the JSON text of a timestamptz from the create's answer
 * (which goes through JSON, being stored with its idempotency key).
 */
type Instant = Date | string;
const isoOf = (t: Instant): string => new Date(t).toISOString();

/** An entry with what its view shows: the columns, the exercise, the reviewer, the tags and the flags. */
export interface EntryRow {
  id: string;
  client_id: string;
  assignment_id: string | null;
  template_id: string | null;
  custom_title: string | null;
  kind: EntryKind;
  sharing: Sharing;
  state: EntryState;
  occurred_on: LocalDate;
  done_on: LocalDate | null;
  body: ObservationEntry | ReflectionEntry | null;
  plan: ExperimentPlan | null;
  outcome: ExperimentOutcome | null;
  review_comment: string | null;
  raise_in_session: boolean;
  reviewed_at: Instant | null;
  reviewed_by: PersonView | null;
  read_at: Instant | null;
  version: number;
  created_at: Instant;
  updated_at: Instant;
  tags: {
    barrierId: BarrierId;
    status: TagStatus;
    evidence: string | null;
    changedBy: PersonView | null;
    changedAt: string;
  }[];
  /** The entry's flags: the newest one's time; the most serious tier (explicit first, then the newest) and its category. */
  flag_raised_at: Instant | null;
  flag_tier: RiskTier | null;
  flag_category: RiskCategory | null;
}

/** An entry as answered, to its client (`forPractitioner` false: no review) or to a practitioner. */
export function entryView(r: EntryRow, forPractitioner: boolean): EntryView {
  return {
    id: r.id,
    clientId: r.client_id,
    assignmentId: r.assignment_id,
    exerciseTitle:
      r.assignment_id === null ? null : (r.custom_title ?? exerciseOf(r.template_id, null).title),
    kind: r.kind,
    sharing: r.sharing,
    state: r.state,
    occurredOn: r.occurred_on,
    doneOn: r.done_on,
    observation: r.kind === 'observation' ? (r.body as ObservationEntry) : null,
    reflection: r.kind === 'reflection' ? (r.body as ReflectionEntry) : null,
    plan: r.plan,
    outcome: r.outcome,
    tags: r.tags.map((t) => ({ ...t, changedAt: isoOf(t.changedAt) })),
    risk: {
      flagged: r.flag_raised_at !== null,
      raisedAt: r.flag_raised_at === null ? null : isoOf(r.flag_raised_at),
      tier: r.flag_tier,
      category: r.flag_category,
    },
    review: forPractitioner
      ? {
          comment: r.review_comment,
          raiseInSession: r.raise_in_session,
          reviewedAt: r.reviewed_at === null ? null : isoOf(r.reviewed_at),
          reviewedBy: r.reviewed_by,
          readAt: r.read_at === null ? null : isoOf(r.read_at),
        }
      : null,
    createdAt: isoOf(r.created_at),
    updatedAt: isoOf(r.updated_at),
    version: r.version,
  };
}

/** What a submit answers about its own screen: on a flag, the practice's crisis text (or the default one). */
export function screenAnswer(
  flag: { tier: RiskTier | null } | null,
  crisisResources: string | null,
): SubmitResult['risk'] {
  return flag === null
    ? { flagged: false, tier: null, crisisResources: null }
    : { flagged: true, tier: flag.tier, crisisResources: crisisResources ?? DEFAULT_CRISIS_RESOURCES };
}

/**
 * What the create statement returns (and its idempotency key stores): the rows it wrote, as JSON. `entry` is the
 * entry row; `tags` already in the read's shape (the same fragment builds both, entry.sql.ts).
 */
export interface CreatedRows {
  entry: Omit<
    EntryRow,
    'template_id' | 'custom_title' | 'reviewed_by' | 'tags' | 'flag_raised_at' | 'flag_tier' | 'flag_category'
  >;
  exercise: { template_id: string | null; custom_title: string | null };
  tags: EntryRow['tags'];
  flag: { raised_at: string; tier: RiskTier | null; category: RiskCategory | null } | null;
  /** The practice's crisis text, read only when the screen raised a flag. */
  crisis_resources: string | null;
}

/** A new entry's answer from the rows its statement wrote, as a later read answers it. */
export function createdAnswer(rows: CreatedRows | SubmitResult): SubmitResult {
  // A key stored by the release before this one holds the answer itself (keys live 24 hours).
  if (!('exercise' in rows)) return rows;
  const { entry, exercise, tags, flag } = rows;
  const row: EntryRow = {
    ...entry,
    ...exercise,
    reviewed_by: null,
    tags,
    flag_raised_at: flag?.raised_at ?? null,
    flag_tier: flag?.tier ?? null,
    flag_category: flag?.category ?? null,
  };
  return { entry: entryView(row, false), risk: screenAnswer(flag, rows.crisis_resources) };
}
