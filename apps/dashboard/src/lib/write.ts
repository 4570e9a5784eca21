import { ApiError } from './api-client';

/**
 * The one way the dashboard writes: a TanStack Query mutation per write, in the feature that owns it
 * (features/<x>/api), with one of the two option sets below and its mutationFn wrapped in withSignIn
 * (lib/sign-in-again.ts). TanStack Query does the retrying and the waiting for the connection; nothing here
 * keeps timers of its own.
 *
 * A create that must arrive exactly once sends an Idempotency-Key. The key belongs to the submission, not to
 * the attempt: it is made when the person submits, travels in the mutation's variables (so every retry
 * TanStack makes sends it again), is reused by "Try again" and by a page reopened after the tab went away
 * (lib/submission.ts keeps it beside the draft), and is dropped only when the server confirms or refuses.
 */

/** The API's answer while the first request with a key is still running (docs/api/core-loop.md names both). */
const IN_FLIGHT = new Set(['REQUEST_IN_PROGRESS', 'IDEMPOTENCY_IN_FLIGHT']);

/** Worth sending again unchanged: nothing definite came back (no connection, a server error, still running). */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.isNetworkError || error.status >= 500 || IN_FLIGHT.has(error.code);
}

/** Automatic attempts after the first, before the form says "not sent yet" and offers "Try again". */
export const WRITE_RETRIES = 4;

/** 1 s, 2 s, 4 s, 8 s … up to 30 s between attempts. */
export const writeRetryDelay = (failures: number): number => Math.min(1000 * 2 ** failures, 30_000);

/**
 * For a write that is safe to send again as it is: a create with an Idempotency-Key, an update that names the
 * version it changes (If-Match), a PUT of a whole value. `offlineFirst`: the first attempt goes out even when
 * the browser believes it is offline (it is sometimes wrong); the retries wait until it is back online.
 */
export const resendable = {
  networkMode: 'offlineFirst',
  retry: (failures: number, error: unknown) => failures < WRITE_RETRIES && isRetryable(error),
  retryDelay: writeRetryDelay,
} as const;

/**
 * For a write that must not be repeated blindly (no key, no version: a decision, say): sent once, and while
 * the browser is offline it waits to be sent rather than fail.
 */
export const sendOnce = { networkMode: 'online', retry: false } as const;

/**
 * For a save in the background (a draft's autosave): tried once, in any network state; a failure is shown,
 * and the next change, the connection's return or a new sign-in sends the latest again.
 */
export const inBackground = { networkMode: 'always', retry: false, meta: { inBackground: true } } as const;

/** A new Idempotency-Key. */
export const newIdempotencyKey = (): string => crypto.randomUUID();
