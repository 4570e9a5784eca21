import { StatusPanel } from '../../features/status/components/StatusPanel';

export default function StatusRoute() {
  return <StatusPanel />;
}
