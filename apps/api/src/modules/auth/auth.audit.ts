import type { RequestMeta } from '../../common/request';
import { type AuditEvent, auditEvent, type AuditNote } from '../audit/audit.event';
import type { AccountRow } from './account.repository';

/**
 * An audit event by `account` where no session stands for it yet (sign-up, the sign-in steps, a password
 * reset, accepting an invitation): the actor is the account found, not an Actor. Write it with audit.record.
 */
export function accountEvent(
  account: Pick<AccountRow, 'practice_id' | 'id' | 'role'>,
  meta: RequestMeta,
  note: AuditNote,
): AuditEvent {
  return {
    ...auditEvent({ practiceId: account.practice_id, actor: null }, meta, note),
    actorAccountId: account.id,
    actorRole: account.role,
  };
}
