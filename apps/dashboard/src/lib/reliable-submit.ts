import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './api-client';

/**
 * Sending something that must arrive exactly once (a client's entry), over a connection that may drop.
 *
 * One Idempotency-Key per attempt-series: it is made on the first attempt and reused by every retry, however
 * the retry starts (automatically with backoff, when the browser comes back online, or by "Try again"), until
 * the server confirms. The API answers a repeated key with the first result, so a retry after a lost answer
 * can never create a second entry. The key lives in this component's memory only, never in storage.
 *
 * A definite refusal (a 4xx other than "still running") ends the series: the server stored nothing, the
 * person fixes the form, and the next submit starts a new series.
 */
export type ReliableSubmitState<T> =
  | { status: 'idle' }
  | { status: 'sending'; attempt: number }
  | { status: 'waiting'; attempt: number; error: ApiError; retryInMs: number | null }
  | { status: 'failed'; error: ApiError }
  | { status: 'done'; result: T };

export type Send<T> = (idempotencyKey: string) => Promise<T>;

export interface ReliableSubmitOptions<T> {
  onSuccess?: (result: T) => void;
  /** A definite refusal: the series ended without anything stored. */
  onFailure?: (error: ApiError) => void;
  /** First retry delay; doubles each time up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** For tests: where keys come from. */
  makeKey?: () => string;
}

const newKey = () => crypto.randomUUID();

/**
 * "The first request with this key is still running": the API answers 409 REQUEST_IN_PROGRESS (the contract
 * in docs/api/core-loop.md names it IDEMPOTENCY_IN_FLIGHT; both are understood).
 */
const IN_FLIGHT = new Set(['REQUEST_IN_PROGRESS', 'IDEMPOTENCY_IN_FLIGHT']);

/** Worth trying again with the same key: nothing definite came back. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.isNetworkError || error.status >= 500 || IN_FLIGHT.has(error.code);
}

const isOnline = () => typeof navigator === 'undefined' || navigator.onLine !== false;

export function useReliableSubmit<T>(options: ReliableSubmitOptions<T> = {}) {
  const { baseDelayMs = 1000, maxDelayMs = 30_000 } = options;
  const [state, setState] = useState<ReliableSubmitState<T>>({ status: 'idle' });
  const key = useRef<string | null>(null);
  const send = useRef<Send<T> | null>(null);
  const attempt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef(false);
  const mounted = useRef(true);
  const latest = useRef(options);
  const again = useRef<() => void>(() => undefined);
  useEffect(() => {
    latest.current = options;
  });

  const clearTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  const run = useCallback(async (): Promise<void> => {
    const fn = send.current;
    const k = key.current;
    if (!fn || !k || running.current) return;
    running.current = true;
    clearTimer();
    attempt.current += 1;
    const n = attempt.current;
    setState({ status: 'sending', attempt: n });
    try {
      const result = await fn(k);
      running.current = false;
      // Confirmed: the series is over, the next submit gets a new key.
      key.current = null;
      send.current = null;
      attempt.current = 0;
      if (!mounted.current) return;
      setState({ status: 'done', result });
      latest.current.onSuccess?.(result);
    } catch (e) {
      running.current = false;
      if (!mounted.current) return;
      const error = e instanceof ApiError ? e : new ApiError(0, 'NETWORK_ERROR', 'No connection', String(e));
      if (!isRetryable(error)) {
        key.current = null;
        send.current = null;
        attempt.current = 0;
        setState({ status: 'failed', error });
        latest.current.onFailure?.(error);
        return;
      }
      // Offline: wait for the browser to say it is back (the 'online' listener retries). Online: back off.
      const delay = isOnline() ? Math.min(baseDelayMs * 2 ** (n - 1), maxDelayMs) : null;
      setState({ status: 'waiting', attempt: n, error, retryInMs: delay });
      if (delay !== null) timer.current = setTimeout(() => again.current(), delay);
    }
  }, [baseDelayMs, maxDelayMs]);

  useEffect(() => {
    again.current = () => void run();
  }, [run]);

  /** Starts a series (or continues the unconfirmed one, with its key). Resolves after this first attempt. */
  const submit = useCallback(
    (fn: Send<T>): Promise<void> => {
      key.current ??= (latest.current.makeKey ?? newKey)();
      send.current = fn;
      return run();
    },
    [run],
  );

  /** "Try again" now, with the same key. */
  const retry = useCallback(() => run(), [run]);

  useEffect(() => {
    mounted.current = true;
    const onOnline = () => {
      if (send.current && !running.current) void run();
    };
    window.addEventListener('online', onOnline);
    return () => {
      mounted.current = false;
      window.removeEventListener('online', onOnline);
      clearTimer();
    };
  }, [run]);

  return { state, submit, retry };
}
