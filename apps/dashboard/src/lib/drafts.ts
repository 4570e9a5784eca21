import { useEffect, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

/**
 * Unsaved form text kept across an idle sign-out, in this tab's memory only: never localStorage or
 * sessionStorage, so nothing stays in the browser once the tab is closed, and a reload loses it (honestly:
 * we do not promise more). Entries belong to one account: a different person signing in clears them, and
 * signing out on purpose clears them too.
 *
 * Forms opt in with useDraftGuard(key, form). Password fields are never kept.
 */
type Values = Record<string, unknown>;

interface DraftStore {
  owner: string | null;
  entries: Map<string, Values>;
  sources: Map<string, () => Values | undefined>;
}

const store: DraftStore = { owner: null, entries: new Map(), sources: new Map() };

const isSecret = (name: string) => /password/i.test(name);

/** Who is signed in now; a different account than the drafts' owner drops them. */
export function setDraftOwner(accountId: string): void {
  if (store.owner !== accountId) store.entries.clear();
  store.owner = accountId;
}

/** Before an idle sign-out: copy every registered form that has unsaved changes. */
export function captureDrafts(): number {
  for (const [key, read] of store.sources) {
    const values = read();
    if (values) store.entries.set(key, values);
  }
  return store.entries.size;
}

/** A deliberate sign-out: nothing of this person stays. */
export function clearDrafts(): void {
  store.entries.clear();
  store.owner = null;
}

export function hasDraft(key: string): boolean {
  return store.entries.has(key);
}

function withoutSecrets(values: Values): Values {
  return Object.fromEntries(Object.entries(values).filter(([name]) => !isSecret(name)));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Registers a form so its unsaved values survive an idle sign-out, and puts them back when it mounts again
 * for the same account. Returns whether values were restored, so the form can say so.
 */
export function useDraftGuard<T extends FieldValues, O = T>(
  key: string,
  form: UseFormReturn<T, unknown, O>,
): { restored: boolean } {
  // Peek (not take) during render: StrictMode may run this twice. The entry is dropped in the effect.
  const [draft] = useState(() => store.entries.get(key));

  useEffect(() => {
    if (!draft) return;
    form.reset({ ...form.formState.defaultValues, ...draft } as T, { keepDefaultValues: true });
    store.entries.delete(key);
  }, [draft, form, key]);

  useEffect(() => {
    store.sources.set(key, () => {
      const values = withoutSecrets(form.getValues());
      const defaults = withoutSecrets(form.formState.defaultValues ?? {});
      return same(values, defaults) ? undefined : values;
    });
    return () => {
      store.sources.delete(key);
    };
  }, [form, key]);

  return { restored: draft !== undefined };
}
