import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreatedInvitation, InvitationCreateSchema, InvitationView } from '@askwell/domain';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';
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
      api<CreatedInvitation>('/v1/invitations', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationKeys.open() }),
  });
}

export function useWithdrawInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/v1/invitations/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationKeys.open() }),
  });
}
