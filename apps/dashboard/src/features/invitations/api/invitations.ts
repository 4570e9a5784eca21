import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreatedInvitation, InvitationCreateSchema, InvitationView } from '@askwell/domain';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';
import { withSignIn } from '../../../lib/sign-in-again';
import { sendOnce } from '../../../lib/write';
import { queryRoots } from '../../../lib/query-keys';

export const invitationKeys = {
  all: queryRoots.invitations,
  open: () => [...invitationKeys.all, 'open'] as const,
};

export const openInvitationsQuery = () =>
  queryOptions({
    queryKey: invitationKeys.open(),
    queryFn: ({ signal }) => api<InvitationView[]>('/v1/invitations', { signal }),
  });

export const useOpenInvitations = () => useQuery(openInvitationsQuery());

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.output<typeof InvitationCreateSchema>) =>
      withSignIn(() => api<CreatedInvitation>('/v1/invitations', { method: 'POST', body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationKeys.open() }),
    // No Idempotency-Key on this route: sent once (a repeat would replace the first link with a second).
    ...sendOnce,
  });
}

export function useWithdrawInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      withSignIn(() => api<void>(`/v1/invitations/${encodeURIComponent(id)}`, { method: 'DELETE' })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationKeys.open() }),
    ...sendOnce,
  });
}
