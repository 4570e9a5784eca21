// Response shapes of the core loop: the wire contract in @askwell/domain (records/views.ts), written once for the
// API and the dashboard. Request shapes are the domain schemas.
import type { EntryView } from '@askwell/domain';

export type {
  AssignmentStatus,
  AssignmentView,
  EntryState,
  EntryView,
  ExerciseView,
  OccurrenceStatus,
  PersonView as Actor,
  ReviewView,
  RiskFlagView,
  SubmitResult,
  TagView,
  WeekView,
} from '@askwell/domain';

export interface EntryPage {
  items: EntryView[];
  nextCursor: string | null;
}

/** The ETag an update must name (If-Match): the header when we have it, else built from the view's version. */
export const etagOf = (version: number): string => `"v${version}"`;
