import type { DraftView } from '@askwell/domain';

/**
 * The local copies of unsent form text (lib/drafts.ts explains the mechanism): one localStorage entry per
 * account and form, `askwell.draft.v1:<account id>:<form key>`, and who they belong to. Apart from the hook so
 * that the app shell (sign-in, sign-out) carries only this much.
 */

/** Local copies nobody came back to for this long are dropped when their account signs in. */
const MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

export type Values = Record<string, unknown>;

/** One form's local copy. */
export interface LocalDraft {
  values: Values;
  /** When the person last changed it (this device's clock). */
  updatedAt: string;
  /** The server draft's updatedAt when it last held exactly these values; null while it does not. */
  syncedAt: string | null;
  /** The Idempotency-Key of a submission that started and was not confirmed (lib/submission.ts). */
  submitKey: string | null;
}

const PREFIX = 'askwell.draft.v1';

let owner: string | null = null;
/** This tab's memory of an account's copies after an idle sign-out: [storage key, JSON]. */
let stash: { owner: string; entries: [string, string][] } | null = null;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // storage disabled: forms still work, without a local copy
  }
}

const accountPrefix = (account: string) => `${PREFIX}:${account}:`;

function keysOf(account: string): string[] {
  const store = storage();
  if (!store) return [];
  const prefix = accountPrefix(account);
  const keys: string[] = [];
  for (let i = 0; i < store.length; i += 1) {
    const k = store.key(i);
    if (k?.startsWith(prefix)) keys.push(k);
  }
  return keys;
}

function parse(json: string | null): LocalDraft | null {
  if (!json) return null;
  try {
    const d = JSON.parse(json) as Partial<LocalDraft>;
    if (typeof d !== 'object' || d === null || typeof d.values !== 'object' || d.values === null) return null;
    if (typeof d.updatedAt !== 'string') return null;
    return {
      values: d.values,
      updatedAt: d.updatedAt,
      syncedAt: typeof d.syncedAt === 'string' ? d.syncedAt : null,
      submitKey: typeof d.submitKey === 'string' ? d.submitKey : null,
    };
  } catch {
    return null;
  }
}

/** Who is signed in now (the auth feature calls this whenever it learns the session). */
export function setDraftOwner(accountId: string | null): void {
  owner = accountId;
  if (!accountId) return;
  const store = storage();
  if (stash && store) {
    if (stash.owner === accountId) for (const [k, v] of stash.entries) store.setItem(k, v);
    stash = null;
  }
  const now = Date.now();
  for (const k of keysOf(accountId)) {
    const d = parse(store?.getItem(k) ?? null);
    if (!d || now - Date.parse(d.updatedAt) > MAX_AGE_MS) store?.removeItem(k);
  }
}

/** A deliberate sign-out: nothing of this person stays, in storage or in memory. */
export function clearDrafts(): void {
  const store = storage();
  if (owner) for (const k of keysOf(owner)) store?.removeItem(k);
  stash = null;
  owner = null;
}

/**
 * Signed out by the idle timer (or a session the server ended): the copies leave storage and wait in this
 * tab's memory for the same person. Returns how many there were.
 */
export function stashDrafts(): number {
  const store = storage();
  if (!owner || !store) return stash?.entries.length ?? 0;
  const entries: [string, string][] = [];
  for (const k of keysOf(owner)) {
    const v = store.getItem(k);
    if (v !== null) entries.push([k, v]);
    store.removeItem(k);
  }
  if (entries.length > 0) stash = { owner, entries };
  owner = null;
  return entries.length;
}

export function readDraft(key: string): LocalDraft | null {
  if (!owner) return null;
  return parse(storage()?.getItem(`${accountPrefix(owner)}${key}`) ?? null);
}

export function writeDraft(key: string, draft: LocalDraft): void {
  if (!owner) return;
  try {
    storage()?.setItem(`${accountPrefix(owner)}${key}`, JSON.stringify(draft));
  } catch {
    // Storage full or refused: the form and the server draft still hold the text.
  }
}

export function dropDraft(key: string): void {
  if (owner) storage()?.removeItem(`${accountPrefix(owner)}${key}`);
}

/** Whether this form has unsent text on this device (a page can reopen the dialog that holds it). */
export const hasDraft = (key: string): boolean => readDraft(key) !== null;

/**
 * Which copy to put back when a form opens: the server's only when it changed after this device last saw
 * it and is newer than this device's last change (the two clocks are compared only then).
 */
export function newerDraft(local: LocalDraft | null, server: DraftView | null): 'local' | 'server' | null {
  if (!server) return local ? 'local' : null;
  if (!local) return 'server';
  if (local.syncedAt === server.updatedAt) return 'local';
  return Date.parse(server.updatedAt) > Date.parse(local.updatedAt) ? 'server' : 'local';
}

const isSecret = (name: string) => /password/i.test(name);
/** A form's values without its password fields (never kept). */
export const withoutSecrets = (values: Values): Values =>
  Object.fromEntries(Object.entries(values).filter(([name]) => !isSecret(name)));
export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
