import { queryOptions, useMutation } from '@tanstack/react-query';
import type { InvitationAcceptSchema, InvitationPreview, LoginResult } from '@askwell/domain';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';
import { authKeys } from './session';

export const invitationPreviewQuery = (token: string) =>
  queryOptions({
    queryKey: [...authKeys.all, 'invitation', token] as const,
    queryFn: ({ signal }) =>
      api<InvitationPreview>(`/v1/invitations/lookup?token=${encodeURIComponent(token)}`, { signal }),
    staleTime: Infinity,
    retry: false,
  });

export const useAcceptInvitation = () =>
  useMutation({
    mutationFn: (body: z.output<typeof InvitationAcceptSchema>) =>
      api<LoginResult>('/v1/invitations/accept', { method: 'POST', body }),
  });

/** The token travels in the URL fragment (#token=…), which browsers never send to a server. */
export function invitationTokenFrom(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && token.length >= 10 ? token : null;
}
