/**
 * Response shapes of the API (docs/api/core-loop.md and the insight routes): the other half of the wire contract,
 * beside the request schemas. The API builds these; the dashboard reads them. Types only: answers are trusted
 * output of our own server, not input to validate.
 */
import type { Role } from '../accounts/accounts.schema';
import type { Brief } from '../insight/brief';
import type { BarrierFrequencyRow } from '../metrics/barrier-frequency';
import type { Adherence } from '../metrics/schedule';
import type { RiskCategory, RiskTier } from '../language/risk-categories';
import type { Calibration } from '../metrics/experiment-metrics';
import type { ReadinessSuggestion } from '../metrics/readiness';
import type { ExperimentState } from '../rules/experiment-lifecycle';
import type { BarrierId } from '../taxonomy/ids';
import type { LocalDate } from '../time/time';
import type { AssignmentStatus, Pause, Recurrence } from './assignment.schema';
import type { EntryKind, Sharing } from './common.schema';
import type { ExerciseFrequency } from './custom-exercise.schema';
import type { ExperimentOutcome, ExperimentPlan } from './experiment.schema';
import type { ObservationEntry } from './observation.schema';
import type { ReflectionEntry } from './reflection.schema';
import type { TagStatus } from './review.schema';

/** One page of a cursor-paginated list. */
export interface CursorPage<T> {
  items: T[];
  /** Pass as ?cursor= for the next page; null on the last page. */
  nextCursor: string | null;
}

/** A practitioner's view of a client's entries: a page, and how many shared entries are unread in all. */
export type TimelinePage = CursorPage<EntryView> & { unreadCount: number };

/** Someone named in an answer. */
export interface PersonRef {
  id: string;
  displayName: string;
}

/** Someone named in an answer, with the role they acted in. */
export interface PersonView extends PersonRef {
  role: Role;
}

/** A ladder template or a custom exercise, as the library lists it and an assignment carries it. */
export interface ExerciseView {
  source: 'template' | 'custom';
  templateId: string | null;
  exerciseId: string | null;
  title: string;
  instructions: string;
  recordType: EntryKind;
  rung: number | null;
  targetBarriers: BarrierId[];
  suggestedFrequency: ExerciseFrequency;
}

export type CustomExerciseView = ExerciseView & { createdAt: string; author: PersonRef };

/** GET /exercises: the ladder's templates for everyone, and the practice's own exercises. */
export interface ExerciseLibrary {
  templates: ExerciseView[];
  custom: CustomExerciseView[];
}

/** A client as the caseload list and the client's page know them. */
export interface ClientSummary {
  id: string;
  displayName: string;
  email: string;
  joinedAt: string;
  practitioners: PersonRef[];
  currentRung: number | null;
  timeZone: string;
  openRiskFlags: number;
  /** How serious the open flags are, never understated (CaseloadRow.openRiskTier). */
  openRiskTier: RiskTier | null;
  unreadSharedEntries: number;
  lastActivityAt: string | null;
  /** For If-Match on PUT /clients/:id/rung. */
  version: number;
}

export interface AssignmentView {
  id: string;
  clientId: string;
  exercise: ExerciseView;
  startOn: LocalDate;
  recurrence: Recurrence;
  note: string | null;
  status: AssignmentStatus;
  pauses: Pause[];
  endedOn: LocalDate | null;
  assignedBy: PersonRef;
  createdAt: string;
  version: number;
}

export type OccurrenceStatus = 'done' | 'due' | 'overdue' | 'upcoming';

export interface WeekView {
  weekStart: LocalDate;
  weekEnd: LocalDate;
  today: LocalDate;
  items: { assignment: AssignmentView; occurrences: { date: LocalDate; status: OccurrenceStatus }[] }[];
}

export interface TagView {
  barrierId: BarrierId;
  status: TagStatus;
  /** The phrase suggestBarriers found, verbatim from the entry. */
  evidence: string | null;
  /** null for a suggestion nobody has reviewed. */
  changedBy: PersonView | null;
  changedAt: string;
}

export type EntryState = 'submitted' | ExperimentState;

/** The practitioner's review of an entry; null in the client's view. */
export interface ReviewView {
  comment: string | null;
  raiseInSession: boolean;
  reviewedAt: string | null;
  reviewedBy: PersonView | null;
  readAt: string | null;
}

/**
 * One reason the risk screen flagged, as stored with the flag: the kind of statement, the words that show it
 * (verbatim from the entry) and the words placing it in time (null when none).
 */
export interface RiskFindingView {
  tier: RiskTier;
  category: RiskCategory;
  evidence: string;
  when: string | null;
}

/**
 * An entry's risk flags in brief: whether it has any, the newest one's time, and the most serious tier and its
 * category among them (null for a flag raised by the earlier, untiered screen and not yet re-read).
 */
export interface EntryRiskView {
  flagged: boolean;
  raisedAt: string | null;
  tier: RiskTier | null;
  category: RiskCategory | null;
}

export interface EntryView {
  id: string;
  clientId: string;
  assignmentId: string | null;
  exerciseTitle: string | null;
  kind: EntryKind;
  sharing: Sharing;
  state: EntryState;
  occurredOn: LocalDate;
  doneOn: LocalDate | null;
  observation: ObservationEntry | null;
  reflection: ReflectionEntry | null;
  plan: ExperimentPlan | null;
  outcome: ExperimentOutcome | null;
  tags: TagView[];
  risk: EntryRiskView;
  review: ReviewView | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/**
 * What a client's submit answers: the entry, and the risk screen's verdict with the practice's crisis text.
 * `tier` (null when nothing flagged) lets the client's crisis panel be worded gently for `concern`.
 */
export interface SubmitResult {
  entry: EntryView;
  risk: { flagged: boolean; tier: RiskTier | null; crisisResources: string | null };
}

export interface RiskFlagView {
  id: string;
  clientId: string;
  /** null for a private entry: the practitioner learns only that a flag was raised, and when. */
  entryId: string | null;
  private: boolean;
  /**
   * The most serious tier found and that finding's category; null for a private entry, and for a flag the
   * earlier, untiered screen raised that no later screen has classified.
   */
  tier: RiskTier | null;
  category: RiskCategory | null;
  /** Every finding, in the order the entry's fields were read; [] for a private entry. */
  findings: RiskFindingView[];
  /** The phrases that flagged; [] for a private entry. */
  matches: string[];
  raisedAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: PersonView | null;
}

export interface DraftView {
  key: string;
  data: Record<string, unknown>;
  updatedAt: string;
}

export interface CaseloadRow {
  id: string;
  displayName: string;
  email: string;
  currentRung: number | null;
  timeZone: string;
  version: number;
  joinedAt: string;
  today: LocalDate;
  adherence7: Adherence;
  adherence28: Adherence;
  lastActivityAt: string | null;
  unreadSharedEntries: number;
  openRiskFlags: number;
  /**
   * How serious the open flags are, never understated: `explicit` when one of them is; `concern` only when every
   * open flag is a known concern; null when there is no open flag, or when the most serious cannot be told (a
   * private entry's flag, whose tier the practitioner never learns, or one the earlier, untiered screen raised).
   */
  openRiskTier: RiskTier | null;
  readiness: ReadinessSuggestion;
}

/** GET /caseload: one page of the caseload, with what the screen says about the whole of it (the filters applied). */
export interface CaseloadPage {
  items: CaseloadRow[];
  /** Pass as ?cursor= (with the same sort and order) for the next page; null on the last page. */
  nextCursor: string | null;
  /** Clients matching the filters, on every page together. */
  total: number;
  /** Of those, the clients with at least one open risk flag. */
  flagged: number;
}

export interface ProgressExperiment {
  entryId: string;
  on: LocalDate;
  request: string;
  predictedYesChance: number | null;
  actualYes: number | null;
  anticipatedDistress: number | null;
  peakDistress: number | null;
  beliefBefore: number | null;
  beliefAfter: number | null;
}

export interface ProgressReflection {
  entryId: string;
  createdAt: string;
  text: string;
  tags: { barrierId: BarrierId; status: TagStatus; evidence: string | null }[];
}

export interface ProgressView {
  client: { id: string; displayName: string; currentRung: number | null; timeZone: string };
  experiments: ProgressExperiment[];
  calibrationByWeek: ({ week: string } & Calibration)[];
  barrierMap: BarrierFrequencyRow[];
  reflections: ProgressReflection[];
  readiness: ReadinessSuggestion;
}

export type BriefView = Brief & {
  client: { id: string; displayName: string; currentRung: number | null };
  lastSession: { id: string; heldOn: LocalDate } | null;
  reviewedAt: string | null;
};

export interface SessionView {
  id: string;
  clientId: string;
  heldOn: LocalDate;
  /** Private to the practice's practitioners: no client route ever returns it. */
  note: string | null;
  practitioner: PersonRef;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface RungDecisionView {
  id: string;
  decision: 'approve' | 'decline';
  fromRung: number | null;
  toRung: number | null;
  note: string | null;
  decidedBy: PersonRef;
  createdAt: string;
}
