import type {
  BarrierId,
  EntryKind,
  ExperimentOutcome,
  ExperimentPlan,
  LocalDate,
  ObservationEntry,
  Recurrence,
  ReflectionEntry,
  Role,
  Sharing,
  TagStatus,
} from '@askwell/domain';

// Response shapes of the core loop (docs/api/core-loop.md); request shapes are the domain schemas. Kept here
// because the API's view types live in apps/api, which the dashboard may not import.

export interface Actor {
  id: string;
  displayName: string;
  role: Role;
}

export interface ExerciseView {
  source: 'template' | 'custom';
  templateId: string | null;
  exerciseId: string | null;
  title: string;
  instructions: string;
  recordType: EntryKind;
  rung: number | null;
  targetBarriers: BarrierId[];
}

export type AssignmentStatus = 'active' | 'paused' | 'ended';

export interface AssignmentView {
  id: string;
  clientId: string;
  exercise: ExerciseView;
  startOn: LocalDate;
  recurrence: Recurrence;
  note: string | null;
  status: AssignmentStatus;
  pauses: { from: LocalDate; to: LocalDate | null }[];
  endedOn: LocalDate | null;
  assignedBy: Actor;
  createdAt: string;
  version: number;
}

export interface TagView {
  barrierId: BarrierId;
  status: TagStatus;
  evidence: string | null;
  changedBy: Actor | null;
  changedAt: string;
}

export type EntryState = 'submitted' | 'planned' | 'locked' | 'completed';

export interface ReviewView {
  comment: string | null;
  raiseInSession: boolean;
  reviewedAt: string | null;
  reviewedBy: Actor | null;
  readAt: string | null;
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
  risk: { flagged: boolean; raisedAt: string | null };
  review: ReviewView | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface SubmitResult {
  entry: EntryView;
  risk: { flagged: boolean; crisisResources: string | null };
}

export interface RiskFlagView {
  id: string;
  clientId: string;
  entryId: string | null;
  private: boolean;
  matches: string[];
  raisedAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: Actor | null;
}

export type OccurrenceStatus = 'done' | 'due' | 'overdue' | 'upcoming';

export interface WeekView {
  weekStart: LocalDate;
  weekEnd: LocalDate;
  today: LocalDate;
  items: { assignment: AssignmentView; occurrences: { date: LocalDate; status: OccurrenceStatus }[] }[];
}

export interface EntryPage {
  items: EntryView[];
  nextCursor: string | null;
}

/** The ETag an update must name (If-Match): the header when we have it, else built from the view's version. */
export const etagOf = (version: number): string => `"v${version}"`;
