import { createBrowserRouter } from 'react-router';
import { paths } from '../config/paths';
import { GuestOnly, HomeRedirect, RequireRole, RequireSession } from '../features/auth/components/Guards';
import { RootLayout } from './RootLayout';

const STAFF = ['owner', 'practitioner'] as const;

/**
 * One thin file per screen, loaded on demand so each screen ships only what it needs. Guards are layout
 * routes: a page renders only for the people it is for (others are redirected before it draws anything).
 */
export const router = createBrowserRouter([
  {
    element: <RootLayout />,
    children: [
      { path: paths.status, lazy: async () => ({ Component: (await import('./routes/status')).default }) },
      { path: paths.invite, lazy: async () => ({ Component: (await import('./routes/invite')).default }) },
      {
        element: <GuestOnly />,
        children: [
          { path: paths.login, lazy: async () => ({ Component: (await import('./routes/login')).default }) },
          {
            path: paths.signUp,
            lazy: async () => ({ Component: (await import('./routes/sign-up')).default }),
          },
        ],
      },
      {
        element: <RequireSession />,
        children: [
          { path: paths.home, element: <HomeRedirect /> },
          {
            path: paths.settings,
            lazy: async () => ({ Component: (await import('./routes/settings')).default }),
          },
          {
            element: <RequireRole roles={['client']} />,
            children: [
              { path: paths.me, lazy: async () => ({ Component: (await import('./routes/me')).default }) },
              {
                path: paths.meWrite,
                lazy: async () => ({ Component: (await import('./routes/me-write')).default }),
              },
              {
                path: paths.meEntry,
                lazy: async () => ({ Component: (await import('./routes/me-entry')).default }),
              },
              {
                path: paths.meHistory,
                lazy: async () => ({ Component: (await import('./routes/me-history')).default }),
              },
            ],
          },
          {
            element: <RequireRole roles={STAFF} />,
            children: [
              {
                path: paths.clients,
                lazy: async () => ({ Component: (await import('./routes/clients')).default }),
              },
              {
                path: paths.client,
                lazy: async () => ({ Component: (await import('./routes/client')).default }),
              },
              {
                path: paths.brief,
                lazy: async () => ({ Component: (await import('./routes/brief')).default }),
              },
              {
                path: paths.entry,
                lazy: async () => ({ Component: (await import('./routes/entry')).default }),
              },
            ],
          },
          {
            element: <RequireRole roles={['owner']} />,
            children: [
              {
                path: paths.audit,
                lazy: async () => ({ Component: (await import('./routes/audit')).default }),
              },
            ],
          },
        ],
      },
      { path: '*', lazy: async () => ({ Component: (await import('./routes/not-found')).default }) },
    ],
  },
]);
