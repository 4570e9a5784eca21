import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, makeQueryClient } from './app/App';
import { preloadScreen } from './app/router';
import { sessionQuery } from './features/auth';

// Before the first render: the screen's code, the data it asks for and the sign-in check start downloading
// together (instead of the check waiting for React to draw once and the screen waiting for the check); React
// starts once the screen's code is in (router.tsx, preloadScreen).
const queryClient = makeQueryClient();
void queryClient.prefetchQuery(sessionQuery());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
void preloadScreen(window.location, queryClient).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  ),
);
