import type { QueryClient } from '@tanstack/react-query';
import { lazy, useState, type ComponentType } from 'react';
import { matchRoutes, useRoutes, type Params, type RouteObject } from 'react-router';
import { paths } from '../config/paths';
import { GuestOnly, HomeRedirect, RequireRole, RequireSession } from '../features/auth';
import { prefetchClientPage } from '../features/clients';
import { RootLayout } from './RootLayout';

const STAFF = ['owner', 'practitioner'] as const;

/** The data a screen needs before it draws, asked for when it is the first screen (preloadScreen). */
type ScreenPrefetch = (queryClient: QueryClient, params: Params, search: URLSearchParams) => void;
type PageModule = { default: ComponentType };

/** Each screen's module, fetched at most once (again after a failed download), and the data it needs first. */
const preloads = new Map<RouteObject, { load: () => Promise<PageModule>; prefetch?: ScreenPrefetch }>();

/**
 * A route whose screen is its own file, loaded on demand. A screen already downloaded (the start-up preload
 * below, or an earlier visit) draws at once: React.lazy would suspend for a moment even then, and a revealed
 * Suspense fallback holds the next content back for at least 300 ms (React's reveal throttle). One that is
 * not goes through React.lazy (RootLayout holds the Suspense boundary).
 */
function page(path: string, load: () => Promise<PageModule>, prefetch?: ScreenPrefetch): RouteObject {
  let loaded: PageModule | null = null;
  let pending: Promise<PageModule> | null = null;
  const once = () =>
    (pending ??= load().then(
      (module) => (loaded = module),
      (e: unknown) => {
        pending = null;
        throw e;
      },
    ));
  const Lazy = lazy(once);
  function Page() {
    // Chosen once per mount, so the screen is never swapped for another component type (and remounted).
    const [Screen] = useState<ComponentType>(() => loaded?.default ?? Lazy);
    return <Screen />;
  }
  const route: RouteObject = { path, element: <Page /> };
  preloads.set(route, { load: once, prefetch });
  return route;
}

/**
 * One thin file per screen, loaded on demand so each screen ships only what it needs. Guards are layout
 * routes: a page renders only for the people it is for (others are redirected before it draws anything).
 *
 * Declarative routes (useRoutes) rather than a data router: the app reads no loaders or actions, and the data
 * router's code is about 14 KiB gzip of every screen's first download. Moving between screens is a React
 * transition (BrowserRouter's default), so the page stays as it is until the next one's code has arrived.
 */
export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      page(paths.status, () => import('./routes/status')),
      page(paths.invite, () => import('./routes/invite')),
      {
        element: <GuestOnly />,
        children: [
          page(paths.login, () => import('./routes/login')),
          page(paths.signUp, () => import('./routes/sign-up')),
        ],
      },
      {
        element: <RequireSession />,
        children: [
          { path: paths.home, element: <HomeRedirect /> },
          page(paths.settings, () => import('./routes/settings')),
          {
            element: <RequireRole roles={['client']} />,
            children: [
              page(paths.me, () => import('./routes/me')),
              page(paths.meWrite, () => import('./routes/me-write')),
              page(paths.meEntry, () => import('./routes/me-entry')),
              page(paths.meHistory, () => import('./routes/me-history')),
            ],
          },
          {
            element: <RequireRole roles={STAFF} />,
            children: [
              page(paths.clients, () => import('./routes/clients')),
              page(
                paths.client,
                () => import('./routes/client'),
                (queryClient, params, search) =>
                  prefetchClientPage(queryClient, params['clientId'] ?? '', search),
              ),
              page(paths.brief, () => import('./routes/brief')),
              page(paths.entry, () => import('./routes/entry')),
            ],
          },
          {
            element: <RequireRole roles={['owner']} />,
            children: [page(paths.audit, () => import('./routes/audit'))],
          },
        ],
      },
      page('*', () => import('./routes/not-found')),
    ],
  },
];

/**
 * Fetches the screen for an address before it renders, and asks for the data it needs first beside the
 * session check. At start-up the first render waits for the screen's code (as the data router did): drawn
 * before it is in, the page would show the Suspense fallback, and React then holds the screen back for at
 * least 300 ms after it arrives. A failed download is not fatal here: rendering tries again and reports it
 * (PageErrorBoundary).
 */
export async function preloadScreen(
  location: { pathname: string; search: string },
  queryClient: QueryClient,
): Promise<void> {
  const search = new URLSearchParams(location.search);
  const loads: Promise<PageModule>[] = [];
  for (const match of matchRoutes(routes, location.pathname) ?? []) {
    const screen = preloads.get(match.route);
    if (!screen) continue;
    screen.prefetch?.(queryClient, match.params, search);
    loads.push(screen.load());
  }
  await Promise.allSettled(loads);
}

export function AppRoutes() {
  return useRoutes(routes);
}
