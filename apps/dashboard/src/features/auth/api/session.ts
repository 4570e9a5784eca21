import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { AccountSession, Role } from '@askwell/domain';
import { paths } from '../../../config/paths';
import { forgetAccountMemory } from '../../../lib/account-memory';
import { ApiError, api, isTwoFactorRequired, setCsrfToken } from '../../../lib/api-client';
import { queryRoots } from '../../../lib/query-keys';
import { clearDrafts, setDraftOwner, stashDrafts } from '../../../lib/draft-store';
import { canSignInAgain, isAskingToSignIn, signInAgain } from '../../../lib/sign-in-again';
import { hasUnsent } from '../../../lib/unsent';

export const authKeys = {
  all: queryRoots.auth,
  session: () => [...authKeys.all, 'session'] as const,
};

/** Every place that learns the session goes through here: the CSRF token and the drafts' owner follow it. */
function applySession(session: AccountSession | null): AccountSession | null {
  setCsrfToken(session?.csrfToken ?? null);
  if (session) setDraftOwner(session.account.id);
  return session;
}

async function fetchSession(signal?: AbortSignal): Promise<AccountSession | null> {
  try {
    return applySession(await api<AccountSession>('/v1/auth/session', { signal }));
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return applySession(null);
    if (isTwoFactorRequired(e)) {
      // The practice requires two-step sign-in now; the server ended this session: sign-in will set it up.
      notice = { reason: 'two-factor', keptDrafts: stashDrafts() > 0 };
      return applySession(null);
    }
    throw e;
  }
}

/** The signed-in session, or null when nobody is signed in (401 is an answer here, not an error). */
export const sessionQuery = () =>
  queryOptions({
    queryKey: authKeys.session(),
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

export const useSession = () => useQuery(sessionQuery());

/** After login, sign-up, accepting an invitation or a password change: the answer carries the new session. */
export function storeSession(queryClient: QueryClient, session: AccountSession): void {
  applySession(session);
  clearSignOutNotice();
  queryClient.setQueryData(authKeys.session(), session);
}

/**
 * Asks the server again; also counts as activity for the server's idle timer. A session the server has ended
 * meanwhile goes through sessionEndedByServer (which may ask to sign in again over the page).
 */
export async function refreshSession(queryClient: QueryClient): Promise<AccountSession | null> {
  let session: AccountSession | null;
  try {
    session = await api<AccountSession>('/v1/auth/session');
  } catch (e) {
    if (isTwoFactorRequired(e)) {
      sessionEndedByServer(queryClient, 'two-factor');
      return null;
    }
    if (!(e instanceof ApiError) || e.status !== 401) throw e;
    session = null;
  }
  if (session) {
    applySession(session);
    queryClient.setQueryData(authKeys.session(), session);
  } else sessionEndedByServer(queryClient);
  return session;
}

/** Where each role starts. */
export function homeFor(role: Role): string {
  return role === 'client' ? paths.me : paths.clients;
}

export const isStaff = (role: Role) => role === 'owner' || role === 'practitioner';

// Why the last session ended, for the sign-in page to say so. Module memory, not router state, so every way
// of reaching /login after the event (the guard's redirect, a reload-free navigation) shows it.
export type SignOutNotice =
  | { reason: 'signed-out' }
  | { reason: 'idle'; minutes: number; keptDrafts: boolean }
  | { reason: 'expired'; keptDrafts: boolean }
  | { reason: 'two-factor'; keptDrafts: boolean };
let notice: SignOutNotice | null = null;
export const peekSignOutNotice = (): SignOutNotice | null => notice;
export const clearSignOutNotice = (): void => {
  notice = null;
};

/**
 * Forget everything of the person held in memory: every query and mutation (queryClient.clear() in effect),
 * what features keep in memory for them (lib/account-memory.ts), and the CSRF token. The session entry itself is kept and set to "nobody" rather than removed: observers of
 * a removed query never hear of later changes, so the guards and the header would go on showing the
 * previous person. Setting it to null makes them redirect and redraw at once.
 */
function forget(queryClient: QueryClient): void {
  applySession(null);
  forgetAccountMemory();
  queryClient.setQueryData(authKeys.session(), null);
  queryClient.removeQueries({ predicate: (query) => !isSessionKey(query.queryKey) });
  queryClient.getMutationCache().clear();
}

const isSessionKey = (key: readonly unknown[]) => JSON.stringify(key) === JSON.stringify(authKeys.session());

async function logoutOnServer(): Promise<void> {
  try {
    await api<void>('/v1/auth/logout', { method: 'POST' });
  } catch {
    // Already ended on the server (or offline): forgetting it here is still right.
  }
}

/** Sign out on purpose: nothing of this person, drafts included, stays in the tab or on the device. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [pending, setPending] = useState(false);
  const signOut = async () => {
    setPending(true);
    await logoutOnServer();
    clearDrafts();
    notice = { reason: 'signed-out' };
    forget(queryClient);
    setPending(false);
    await navigate(paths.login, { replace: true });
  };
  return { signOut, pending };
}

/**
 * Signed out for inactivity: unsent form text leaves the browser's storage and is kept in this tab's memory
 * for the same person's return (lib/drafts.ts).
 */
export async function signOutForInactivity(queryClient: QueryClient, minutes: number): Promise<void> {
  const keptDrafts = stashDrafts() > 0;
  await logoutOnServer();
  notice = { reason: 'idle', minutes, keptDrafts };
  forget(queryClient);
}

/**
 * The server said the session is gone (a 401, or a 403 asking for two-step sign-in, while we thought we were
 * signed in). A 401 with unsent text on the page keeps the page and opens a sign-in dialog over it
 * (SignInAgain); once signed in, the page's data is asked for again. Otherwise (two-step sign-in must be set
 * up first, or nothing is unsent), to the sign-in page, saying why.
 */
export function sessionEndedByServer(
  queryClient: QueryClient,
  reason: 'expired' | 'two-factor' = 'expired',
): void {
  if (!queryClient.getQueryData(authKeys.session()) || isAskingToSignIn()) return;
  if (reason === 'expired' && hasUnsent() && canSignInAgain()) {
    signInAgain().then(
      () => queryClient.invalidateQueries({ predicate: (query) => !isSessionKey(query.queryKey) }),
      () => undefined, // the dialog ends the session itself (endExpiredSession)
    );
    return;
  }
  endExpiredSession(queryClient, reason);
}

/** Not signing in again here: to the sign-in page; unsent text waits in this tab for the same person. */
export function endExpiredSession(
  queryClient: QueryClient,
  reason: 'expired' | 'two-factor' = 'expired',
): void {
  if (!queryClient.getQueryData(authKeys.session())) return;
  notice = { reason, keptDrafts: stashDrafts() > 0 };
  forget(queryClient);
}

/**
 * Signed in through the dialog as someone else: the first person's page and data go, the new session stays.
 * The first person's local copies stay on the device under their own account, out of the new one's reach.
 */
export function replaceSession(queryClient: QueryClient, session: AccountSession): void {
  forget(queryClient);
  storeSession(queryClient, session);
}
