import { StatusPanel } from '../../features/status';

export default function StatusRoute() {
  return <StatusPanel />;
}
