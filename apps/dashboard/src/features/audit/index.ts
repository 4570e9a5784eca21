// The audit feature's public surface.
export { AuditLog } from './components/AuditLog';
