/** Every screen's path in one place, so links never drift from routes. */
export const paths = {
  home: '/',
  status: '/status',
  login: '/login',
  signUp: '/sign-up',
  invite: '/invite',
  me: '/me',
  clients: '/clients',
  settings: '/settings',
  audit: '/audit',
  meWrite: '/me/write/:kind',
  meEntry: '/me/entries/:entryId',
  meHistory: '/me/history',
  client: '/clients/:clientId',
  brief: '/clients/:clientId/brief',
  entry: '/entries/:entryId',
} as const;

const enc = encodeURIComponent;

/** Links to screens with parameters, built from the same patterns. */
export const links = {
  meWrite: (kind: 'observation' | 'experiment' | 'reflection', assignmentId?: string | null) =>
    `/me/write/${kind}${assignmentId ? `?assignment=${enc(assignmentId)}` : ''}`,
  meEntry: (entryId: string) => `/me/entries/${enc(entryId)}`,
  client: (clientId: string) => `/clients/${enc(clientId)}`,
  entry: (entryId: string) => `/entries/${enc(entryId)}`,
  brief: (clientId: string, since?: string | null, until?: string | null) => {
    const q = new URLSearchParams();
    if (since) q.set('since', since);
    if (until) q.set('until', until);
    const qs = q.toString();
    return `/clients/${enc(clientId)}/brief${qs ? `?${qs}` : ''}`;
  },
};

/** The API is served from the same origin as the dashboard (and proxied by Vite in development). */
export const API_BASE = '/api';
