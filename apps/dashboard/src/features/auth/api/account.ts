import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordSchema } from '@askwell/domain';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';
import { authKeys, storeSession } from './session';
import type { LoginResult, TotpSecret } from '@askwell/domain';

/** Ends every other session; this one continues with a new CSRF token from the answer. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.output<typeof ChangePasswordSchema>) =>
      api<LoginResult>('/v1/auth/password', { method: 'POST', body }),
    onSuccess: (result) => {
      if (result.status === 'signed-in') storeSession(queryClient, result.session);
    },
  });
}

export const useBeginTwoFactor = () =>
  useMutation({ mutationFn: () => api<TotpSecret>('/v1/auth/two-factor/setup', { method: 'POST' }) });

export function useEnableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) =>
      api<{ recoveryCodes: string[] }>('/v1/auth/two-factor/enable', { method: 'POST', body: { code } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authKeys.session() }),
  });
}

export function useDisableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) =>
      api<void>('/v1/auth/two-factor/disable', { method: 'POST', body: { password } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authKeys.session() }),
  });
}
