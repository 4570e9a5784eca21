/** How an assignment reads in a response, and how the week's occurrences of it read. */

import { type AssignmentView, type LocalDate, type OccurrenceStatus } from '@askwell/domain';
import { exerciseOf } from '../exercises/exercise.view';
import type { AssignmentRow } from './assignments.repository';

export const assignmentView = (r: AssignmentRow): AssignmentView => ({
  id: r.id,
  clientId: r.client_id,
  exercise: exerciseOf(r.template_id, r.custom),
  startOn: r.start_on,
  recurrence: r.recurrence,
  note: r.note,
  status: r.status,
  pauses: r.pauses,
  endedOn: r.ended_on,
  assignedBy: { id: r.assigned_by, displayName: r.assigned_by_name },
  createdAt: r.created_at.toISOString(),
  version: r.version,
});

/** Which of the week's occurrences are done: completions cover occurrences in date order (as adherence counts). */
export function occurrenceStatuses(
  due: readonly LocalDate[],
  doneCount: number,
  today: LocalDate,
): { date: LocalDate; status: OccurrenceStatus }[] {
  return due.map((date, i) => ({
    date,
    status: i < doneCount ? 'done' : date < today ? 'overdue' : date === today ? 'due' : 'upcoming',
  }));
}
