import { useEffect } from 'react';
import { useSession } from '../../auth';
import { useSendTimeZone } from '../api/mutations';

/** Accounts whose time zone this tab has already sent (memory only; once per sign-in is enough). */
const sent = new Set<string>();

/**
 * After a client signs in, tell the server the browser's time zone once, so "today" and the week are the
 * client's own. A failure is not worth bothering them with: the next sign-in tries again.
 */
export function TimeZoneSync() {
  const session = useSession().data;
  const accountId = session?.account.role === 'client' ? session.account.id : null;
  const { mutate: send } = useSendTimeZone();
  useEffect(() => {
    if (!accountId) {
      sent.clear();
      return;
    }
    if (sent.has(accountId)) return;
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!timeZone) return;
    sent.add(accountId);
    send(timeZone, { onError: () => sent.delete(accountId) });
  }, [accountId, send]);
  return null;
}
