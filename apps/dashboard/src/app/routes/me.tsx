import { useSession } from '../../features/auth';
import { ThisWeek } from '../../features/week';

export default function MeRoute() {
  const session = useSession().data;
  if (!session) return null;
  return <ThisWeek name={session.account.displayName} />;
}
