import { useEffect, useRef } from 'react';

/**
 * Anything typed that has not reached the server yet (not as a draft, not as the thing itself): each form
 * says so through useUnsent, and the browser asks before the page is closed or reloaded while anything is.
 * The local copy (lib/drafts.ts) keeps the text either way; the warning is for the person, who may be about
 * to leave a phone or a shared computer with their words still only on it.
 */
const sources = new Set<() => boolean>();

export const hasUnsent = (): boolean => [...sources].some((isUnsent) => isUnsent());

function onBeforeUnload(event: BeforeUnloadEvent): void {
  if (!hasUnsent()) return;
  event.preventDefault();
  // Older browsers show the dialog only when returnValue is set (the text itself is never shown).
  event.returnValue = '';
}

let listening = false;

/** Registers a source of unsent text; returns how to unregister it. */
export function registerUnsent(isUnsent: () => boolean): () => void {
  sources.add(isUnsent);
  if (!listening && typeof window !== 'undefined') {
    window.addEventListener('beforeunload', onBeforeUnload);
    listening = true;
  }
  return () => {
    sources.delete(isUnsent);
    if (sources.size === 0 && listening) {
      window.removeEventListener('beforeunload', onBeforeUnload);
      listening = false;
    }
  };
}

/** While mounted, `isUnsent()` (read at the moment the page would close) counts as unsent text. */
export function useUnsent(isUnsent: () => boolean): void {
  const latest = useRef(isUnsent);
  useEffect(() => {
    latest.current = isUnsent;
  });
  useEffect(() => registerUnsent(() => latest.current()), []);
}
