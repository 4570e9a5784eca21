// The status feature's public surface.
export { StatusPanel } from './components/StatusPanel';
