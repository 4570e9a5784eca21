import { useMutation } from '@tanstack/react-query';
import type { DraftView } from '@askwell/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { ApiError, api } from './api-client';
import { isSessionGone, onSignedInAgain, signInAgain } from './sign-in-again';
import { useUnsent } from './unsent';
import { inBackground } from './write';
import {
  dropDraft,
  newerDraft,
  readDraft,
  same,
  withoutSecrets,
  writeDraft,
  type Values,
} from './draft-store';

/**
 * Nothing typed is lost: the one draft mechanism, for every form.
 *
 * - A local copy in localStorage, written synchronously on every change (so a reload a moment after the
 *   last keystroke, a closed tab or a phone that discards the page keeps every word), namespaced by account
 *   (`askwell.draft.v1:<account id>:<form key>`). Password fields are never kept.
 * - For a client's entries, also the server draft (PUT /v1/me/drafts/:key, a moment after the last change),
 *   so the text follows them to another device. The server deletes it in the same transaction that stores
 *   the entry (`?draftKey=`).
 * - When a form opens, the newer of the two comes back (newerDraft).
 * - Signing out on purpose removes this account's copies from the device. An idle sign-out moves them out of
 *   storage into this tab's memory, and back when the same person signs in again here (another person's
 *   sign-in drops them).
 *
 * Not encrypted at rest, on purpose: Web Crypto only encrypts asynchronously (the copy would no longer be
 * written before a reload right after a keystroke), and the key would have to live beside the data in the
 * same browser profile (no protection from whoever holds the unlocked device) or on the server (no restore
 * while offline). docs/architecture.md says more.
 */
export type DraftStatus = 'loading' | 'idle' | 'saving' | 'saved' | 'not-saved' | 'signed-out';

export const AUTOSAVE_DELAY_MS = 800;

export interface Draft {
  /** The server draft's autosave ('idle' for forms kept on this device only). */
  status: DraftStatus;
  /** When the text put back was last changed; null when the form opened empty. */
  restoredAt: string | null;
  /** The key of a submission that was under way when the page last went away: send it again with it. */
  pendingSubmitKey: string | null;
  /** Before sending: the key is noted beside the copy, the latest words go to the server, autosave stops. */
  holdForSubmit: (submitKey: string) => Promise<void>;
  /** The submission was refused: the key is forgotten, autosave goes on. */
  resume: () => void;
  /** Sent, or thrown away on purpose: the copy goes. */
  discard: () => void;
  /** For a "sign in again" button beside an autosave the ended session refused. */
  signInToSave: () => void;
}

const draftPath = (key: string) => `/v1/me/drafts/${encodeURIComponent(key)}`;

/**
 * Keeps a form's text: the local copy always; `server: true` adds the client's server draft. Forms call it
 * once, right after useForm. Keys for server drafts follow the API's rule (lower-case letters, digits and
 * `:._-`, up to 100 characters).
 */
export function useDraft<T extends FieldValues, O>(
  key: string,
  form: UseFormReturn<T, unknown, O>,
  options: { server?: boolean; delayMs?: number } = {},
): Draft {
  const server = options.server ?? false;
  const delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
  // Read once, as the form opens: what comes back is what was there then.
  const [initial] = useState(() => readDraft(key));
  const [status, setStatus] = useState<DraftStatus>(server ? 'loading' : 'idle');
  const [restoredAt, setRestoredAt] = useState<string | null>(() => {
    const defaults = withoutSecrets(form.formState.defaultValues ?? {});
    return initial && !same(withoutSecrets(initial.values), defaults) ? initial.updatedAt : null;
  });
  const typed = useRef(false);
  const stopped = useRef(false);
  const discarded = useRef(false);
  const submitting = useRef(false);
  const unsynced = useRef(initial !== null && (!server || initial.syncedAt === null));
  const loaded = useRef(!server);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<unknown> | null>(null);

  const saveDraft = useMutation({
    mutationFn: (data: Values) =>
      api<{ key: string; updatedAt: string }>(draftPath(key), { method: 'PUT', body: { data } }),
    // One at a time and in order: an older autosave can never land after a newer one.
    scope: { id: `draft:${key}` },
    ...inBackground,
  });
  const { mutateAsync } = saveDraft;

  const current = useCallback(() => withoutSecrets(form.getValues() as Values), [form]);

  const saveNow = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!server || stopped.current || !loaded.current) return Promise.resolve();
    const values = current();
    setStatus('saving');
    const write = mutateAsync(values).then(
      (answer) => {
        if (same(values, current())) {
          unsynced.current = false;
          const d = readDraft(key);
          if (d) writeDraft(key, { ...d, syncedAt: answer.updatedAt });
        }
        if (!stopped.current) setStatus('saved');
      },
      (e: unknown) => {
        if (!stopped.current) setStatus(isSessionGone(e) ? 'signed-out' : 'not-saved');
      },
    );
    inFlight.current = write;
    return write;
  }, [current, key, mutateAsync, server]);

  // Open: put the local copy back at once (it is there even offline, even before the server answers).
  useEffect(() => {
    if (!initial) return;
    form.reset({ ...form.formState.defaultValues, ...initial.values } as T, { keepDefaultValues: true });
  }, [form, initial]);

  // …then the server's draft, if it is newer; or send it the local copy it does not have.
  useEffect(() => {
    if (!server) return;
    const controller = new AbortController();
    loaded.current = false;
    api<DraftView>(draftPath(key), { signal: controller.signal }).then(
      (found) => settle(found),
      (e: unknown) => {
        if (e instanceof DOMException && e.name === 'AbortError') return;
        if (e instanceof ApiError && e.status === 404) settle(null);
        else {
          loaded.current = true;
          setStatus(isSessionGone(e) ? 'signed-out' : 'not-saved');
        }
      },
    );
    function settle(found: DraftView | null) {
      loaded.current = true;
      const local = readDraft(key);
      if (!typed.current && !stopped.current && found && newerDraft(local, found) === 'server') {
        form.reset({ ...form.formState.defaultValues, ...found.data } as T, { keepDefaultValues: true });
        setRestoredAt(found.updatedAt);
        writeDraft(key, {
          values: withoutSecrets(found.data),
          updatedAt: found.updatedAt,
          syncedAt: found.updatedAt,
          submitKey: null,
        });
        unsynced.current = false;
        setStatus('idle');
        return;
      }
      setStatus('idle');
      if (local && (typed.current || local.syncedAt === null || local.syncedAt !== found?.updatedAt))
        void saveNow();
    }
    return () => controller.abort();
  }, [form, key, saveNow, server]);

  // Type: the local copy now, the server a moment after the last change.
  useEffect(() => {
    const sub = form.watch((_values, { name }) => {
      if (name === undefined || discarded.current) return; // a reset (a restore), not the person
      typed.current = true;
      const values = current();
      const defaults = withoutSecrets(form.formState.defaultValues ?? {});
      const keep = readDraft(key)?.submitKey ?? null;
      if (!server && same(values, defaults) && !keep) {
        dropDraft(key);
        unsynced.current = false;
      } else {
        writeDraft(key, { values, updatedAt: new Date().toISOString(), syncedAt: null, submitKey: keep });
        unsynced.current = true;
      }
      // While a submission is under way the copy still follows every change, but the server draft waits.
      if (!server || !loaded.current || stopped.current) return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), delayMs);
    });
    return () => {
      sub.unsubscribe();
      if (timer.current) clearTimeout(timer.current);
    };
  }, [current, delayMs, form, key, saveNow, server]);

  // Back online, or signed in again: send what the server has not got.
  useEffect(() => {
    if (!server) return;
    const retry = () => {
      if (unsynced.current && !stopped.current) void saveNow();
    };
    window.addEventListener('online', retry);
    const off = onSignedInAgain(retry);
    return () => {
      window.removeEventListener('online', retry);
      off();
    };
  }, [saveNow, server]);

  useUnsent(() => submitting.current || unsynced.current);

  const holdForSubmit = useCallback(
    async (submitKey: string) => {
      const pending = timer.current !== null || unsynced.current;
      submitting.current = true;
      const d = readDraft(key);
      writeDraft(key, {
        values: d?.values ?? current(),
        updatedAt: d?.updatedAt ?? new Date().toISOString(),
        syncedAt: d?.syncedAt ?? null,
        submitKey,
      });
      if (pending) await saveNow().catch(() => undefined);
      else if (timer.current) clearTimeout(timer.current);
      stopped.current = true;
      await inFlight.current?.catch(() => undefined);
    },
    [current, key, saveNow],
  );

  const resume = useCallback(() => {
    discarded.current = false;
    stopped.current = false;
    submitting.current = false;
    const d = readDraft(key);
    if (d) writeDraft(key, { ...d, submitKey: null });
  }, [key]);

  const discard = useCallback(() => {
    // A server draft's form is done (its entry is stored): nothing after this may bring the draft back. A
    // form kept on this device only stays in use (a comment saved, another typed): new words, a new copy.
    discarded.current = server;
    stopped.current = server;
    submitting.current = false;
    unsynced.current = false;
    if (timer.current) clearTimeout(timer.current);
    dropDraft(key);
  }, [key, server]);

  const signInToSave = useCallback(() => {
    signInAgain().catch(() => undefined);
  }, []);

  return {
    status,
    restoredAt,
    pendingSubmitKey: initial?.submitKey ?? null,
    holdForSubmit,
    resume,
    discard,
    signInToSave,
  };
}
