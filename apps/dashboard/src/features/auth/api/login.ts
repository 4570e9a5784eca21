import { queryOptions, useMutation } from '@tanstack/react-query';
import type { LoginSchema, SignUpSchema } from '@askwell/domain';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';
import { authKeys } from './session';
import type { AccountSession, LoginResult, TotpSecret } from '@askwell/domain';

/** Signed in with nothing more to show? Then the caller can go on; otherwise the next step. */
export const isDone = (r: LoginResult): r is { status: 'signed-in'; session: AccountSession } =>
  r.status === 'signed-in' && !r.recoveryCodes?.length;

export type TwoFactorAnswer =
  { challenge: string; code: string } | { challenge: string; recoveryCode: string };

export const useLogin = () =>
  useMutation({
    mutationFn: (body: z.output<typeof LoginSchema>) =>
      api<LoginResult>('/v1/auth/login', { method: 'POST', body }),
  });

export const useTwoFactorLogin = () =>
  useMutation({
    mutationFn: (body: TwoFactorAnswer) =>
      api<LoginResult>('/v1/auth/login/two-factor', { method: 'POST', body }),
  });

/**
 * During sign-in, when the practice requires two-factor and this person has none yet: a fresh secret.
 * A query (though a POST) so that it is asked exactly once per challenge, even when React mounts twice;
 * each call makes a new secret, and only the last one shown must be the one the server keeps.
 */
export const loginTwoFactorSetupQuery = (challenge: string) =>
  queryOptions({
    queryKey: [...authKeys.all, 'login-two-factor-setup', challenge] as const,
    queryFn: () =>
      api<TotpSecret>('/v1/auth/login/two-factor/setup', { method: 'POST', body: { challenge } }),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });

export const useSignUp = () =>
  useMutation({
    mutationFn: (body: z.output<typeof SignUpSchema>) =>
      api<LoginResult>('/v1/auth/sign-up', { method: 'POST', body }),
  });
