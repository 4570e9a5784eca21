// The clients feature's public surface: one client's page (which composes assignments, review and insight).
export { prefetchClientPage } from './api/client-page';
export { ClientPage } from './components/ClientPage';
