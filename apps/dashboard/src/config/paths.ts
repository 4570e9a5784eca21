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
} as const;

/** The API is served from the same origin as the dashboard (and proxied by Vite in development). */
export const API_BASE = '/api';
