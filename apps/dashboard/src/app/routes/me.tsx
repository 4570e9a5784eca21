import { useSession } from '../../features/auth/api/session';
import { ThisWeek } from '../../features/week/components/ThisWeek';

export default function MeRoute() {
  const session = useSession().data;
  if (!session) return null;
  return <ThisWeek name={session.account.displayName} />;
}
