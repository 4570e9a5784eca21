import { useSyncExternalStore } from 'react';
import { ApiError } from './api-client';

/**
 * Signing in again without leaving the page. When the server has ended the session (idle limit, a password
 * change elsewhere) while someone has unsent text on screen, the page stays as it is and a sign-in dialog
 * opens over it; once they are signed in again, every write that met the ended session is sent again, with
 * what they typed.
 *
 * This module is the question and its answer, with no UI: the auth feature mounts the dialog (it calls
 * `answerSignIn` / `declineSignIn`), writes wait in `withSignIn`. One question at a time: every write that
 * meets the ended session waits for the same answer.
 */
export const isSessionGone = (error: unknown): boolean =>
  error instanceof ApiError && error.status === 401 && error.code === 'UNAUTHENTICATED';

interface Question {
  promise: Promise<void>;
  resolve: () => void;
  reject: (reason: unknown) => void;
}

let question: Question | null = null;
let hosts = 0;
const listeners = new Set<() => void>();
const signedInListeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

/** The person chose not to sign in here (or signed in as someone else): the write fails as it was. */
export class SignInDeclined extends Error {
  constructor() {
    super('Not signed in again');
    this.name = 'SignInDeclined';
  }
}

/** Whether a sign-in dialog can be shown (the auth feature's host is mounted). */
export const canSignInAgain = (): boolean => hosts > 0;

/** The auth feature's dialog host says it is there; returns how to say it is gone. */
export function registerSignInHost(): () => void {
  hosts += 1;
  return () => {
    hosts -= 1;
  };
}

/** Asks for a sign-in (or joins the question already asked). Resolves once signed in again. */
export function signInAgain(): Promise<void> {
  if (!canSignInAgain()) return Promise.reject(new SignInDeclined());
  if (!question) {
    let resolve!: () => void;
    let reject!: (reason: unknown) => void;
    const promise = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    question = { promise, resolve, reject };
    notify();
  }
  return question.promise;
}

export const isAskingToSignIn = (): boolean => question !== null;

/** The dialog: signed in again as the same person. */
export function answerSignIn(): void {
  const q = question;
  question = null;
  notify();
  q?.resolve();
  signedInListeners.forEach((l) => l());
}

/** The dialog: not signing in here. */
export function declineSignIn(): void {
  const q = question;
  question = null;
  notify();
  q?.reject(new SignInDeclined());
}

/** Called after every sign-in through the dialog (a draft's autosave starts again, say). */
export function onSignedInAgain(listener: () => void): () => void {
  signedInListeners.add(listener);
  return () => signedInListeners.delete(listener);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** For the dialog host: whether the question is open. */
export const useSignInQuestion = (): boolean =>
  useSyncExternalStore(subscribe, isAskingToSignIn, () => false);

/**
 * Sends a write; when the answer is "the session is gone", asks to sign in again and sends it once more (the
 * CSRF token is read per request, so the new session's goes with it). Declined, the original 401 is thrown,
 * and the app's usual handling (back to the sign-in page) takes over.
 */
export async function withSignIn<T>(send: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      return await send();
    } catch (error) {
      if (!isSessionGone(error) || !canSignInAgain()) throw error;
      try {
        await signInAgain();
      } catch {
        throw error;
      }
    }
  }
}
