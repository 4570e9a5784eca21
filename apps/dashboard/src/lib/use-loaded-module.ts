import { useEffect, useState } from 'react';

/**
 * Code a screen needs only after it has drawn (a dialog, say): fetched in the background once `when` holds
 * (the screen is on), and `null` until then. Not React.lazy: a Suspense fallback, even an empty one, holds the rest of the
 * screen back (React keeps a revealed fallback for at least 300 ms). A failed download stays `null` and is
 * tried again on the next mount.
 */
export function useLoadedModule<M>(load: () => Promise<M>, when = true): M | null {
  const [loaded, setLoaded] = useState<M | null>(null);
  useEffect(() => {
    if (!when) return;
    let live = true;
    load().then(
      (module) => {
        if (live) setLoaded(() => module);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [load, when]);
  return loaded;
}
