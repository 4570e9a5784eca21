import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { ApiError, api } from './api-client';

/**
 * No lost text: a client's unfinished entry is saved to the server as they type (debounced), and put back when
 * the form opens again, on any device. Nothing is kept in the browser's storage. The draft is deleted by the
 * server in the same transaction that stores the entry (`?draftKey=`), so this hook only writes and reads.
 *
 * Keys follow the API's rule: lower-case letters, digits and `:._-`, up to 100 characters.
 */
export type DraftStatus = 'loading' | 'idle' | 'saving' | 'saved' | 'not-saved';

export const AUTOSAVE_DELAY_MS = 800;

interface DraftView {
  key: string;
  data: Record<string, unknown>;
  updatedAt: string;
}

const draftPath = (key: string) => `/v1/me/drafts/${encodeURIComponent(key)}`;

export function useServerDraft<T extends FieldValues, O>(
  key: string,
  form: UseFormReturn<T, unknown, O>,
  options: { delayMs?: number } = {},
) {
  const delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
  const [status, setStatus] = useState<DraftStatus>('loading');
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const loaded = useRef(false);
  const typed = useRef(false);
  const stopped = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<unknown> | null>(null);

  const save = useCallback(
    (values: T) => {
      if (stopped.current) return;
      setStatus('saving');
      const write = api<{ key: string; updatedAt: string }>(draftPath(key), {
        method: 'PUT',
        body: { data: values },
      }).then(
        () => {
          if (!stopped.current) setStatus('saved');
        },
        () => {
          if (!stopped.current) setStatus('not-saved');
        },
      );
      inFlight.current = write;
      void write.finally(() => {
        if (inFlight.current === write) inFlight.current = null;
      });
    },
    [key],
  );

  // Open: put the saved draft back, unless the person already started typing.
  useEffect(() => {
    const controller = new AbortController();
    loaded.current = false;
    api<DraftView>(draftPath(key), { signal: controller.signal }).then(
      (draft) => {
        loaded.current = true;
        if (!typed.current) {
          form.reset({ ...form.formState.defaultValues, ...draft.data } as T, { keepDefaultValues: true });
          setRestoredAt(draft.updatedAt);
        }
        setStatus('idle');
      },
      (e: unknown) => {
        if (e instanceof DOMException && e.name === 'AbortError') return;
        loaded.current = true;
        setStatus(e instanceof ApiError && e.status === 404 ? 'idle' : 'not-saved');
      },
    );
    return () => controller.abort();
  }, [form, key]);

  // Type: save a moment after the last change.
  useEffect(() => {
    const sub = form.watch((values, { name }) => {
      if (name === undefined) return; // a reset (the restore itself), not the person
      typed.current = true;
      if (!loaded.current || stopped.current) return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        save(values as T);
      }, delayMs);
    });
    return () => {
      sub.unsubscribe();
      if (timer.current) clearTimeout(timer.current);
    };
  }, [form, save, delayMs]);

  /**
   * Before submitting: the latest words are saved first (should the submit not get through, they are on the
   * server), and then no autosave may land after the entry (it would bring the deleted draft back).
   */
  const hold = useCallback(async () => {
    const pending = timer.current !== null;
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (pending && loaded.current && !stopped.current) save(form.getValues());
    stopped.current = true;
    await inFlight.current;
  }, [form, save]);

  /** The submit did not go through: carry on saving as they type. */
  const resume = useCallback(() => {
    stopped.current = false;
  }, []);

  return { status, restoredAt, hold, resume };
}
