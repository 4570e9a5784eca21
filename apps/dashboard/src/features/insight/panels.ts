import { lazy } from 'react';

// A client's tabs load when opened (the charts library is large): each is its own chunk.
export const ProgressPanel = lazy(async () => ({
  default: (await import('./components/ProgressPanel')).ProgressPanel,
}));
export const LadderPanel = lazy(async () => ({
  default: (await import('./components/LadderPanel')).LadderPanel,
}));
export const SessionsPanel = lazy(async () => ({
  default: (await import('./components/SessionsPanel')).SessionsPanel,
}));
