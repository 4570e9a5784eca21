import { createBrowserRouter } from 'react-router';
import { Layout } from '../components/Layout';
import { paths } from '../config/paths';

/** One thin file per screen, loaded on demand so each screen ships only what it needs. */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: paths.home, lazy: async () => ({ Component: (await import('./routes/home')).default }) },
      { path: paths.status, lazy: async () => ({ Component: (await import('./routes/status')).default }) },
      { path: '*', lazy: async () => ({ Component: (await import('./routes/not-found')).default }) },
    ],
  },
]);
