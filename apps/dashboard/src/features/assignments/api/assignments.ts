import { queryOptions, useQuery } from '@tanstack/react-query';
import type {
  AssignmentCreate,
  AssignmentView,
  CustomExercise,
  CustomExerciseView,
  ExerciseLibrary,
  LocalDate,
} from '@askwell/domain';
import { api, apiResponse, etagOf } from '../../../lib/api-client';
import { queryRoots } from '../../../lib/query-keys';
export const assignmentKeys = {
  all: queryRoots.assignments,
  library: () => [...assignmentKeys.all, 'library'] as const,
  forClient: (clientId: string) => [...assignmentKeys.all, 'client', clientId] as const,
};

export const libraryQuery = () =>
  queryOptions({
    queryKey: assignmentKeys.library(),
    queryFn: ({ signal }) => api<ExerciseLibrary>('/v1/exercises', { signal }),
  });
export const useExerciseLibrary = () => useQuery(libraryQuery());

export const clientAssignmentsQuery = (clientId: string) =>
  queryOptions({
    queryKey: assignmentKeys.forClient(clientId),
    queryFn: ({ signal }) =>
      api<AssignmentView[]>(`/v1/clients/${encodeURIComponent(clientId)}/assignments`, { signal }),
    staleTime: 0,
  });
export const useClientAssignments = (
  clientId: string,
  options: {
    enabled?: boolean;
    refetchOnMount?: (query: { state: { dataUpdatedAt: number } }) => boolean;
  } = {},
) => useQuery({ ...clientAssignmentsQuery(clientId), ...options });

export const createAssignment = (clientId: string, body: AssignmentCreate, idempotencyKey: string) =>
  api<AssignmentView>(`/v1/clients/${encodeURIComponent(clientId)}/assignments`, {
    method: 'POST',
    body,
    headers: { 'idempotency-key': idempotencyKey },
  });

export const createCustomExercise = (body: CustomExercise, idempotencyKey: string) =>
  api<CustomExerciseView>('/v1/exercises', {
    method: 'POST',
    body,
    headers: { 'idempotency-key': idempotencyKey },
  });

export type AssignmentAction = 'pause' | 'resume' | 'end';

export const changeAssignment = (assignment: AssignmentView, action: AssignmentAction, on?: LocalDate) =>
  apiResponse<AssignmentView>(`/v1/assignments/${encodeURIComponent(assignment.id)}`, {
    method: 'PATCH',
    body: on ? { action, on } : { action },
    headers: { 'if-match': etagOf(assignment.version) },
  });
