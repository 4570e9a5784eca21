import type { AuditOutcome, Role } from '@askwell/domain';
import type { Actor } from '../../common/actor';
import type { RequestMeta } from '../../common/request';

export type { AuditOutcome };

export interface AuditEvent {
  practiceId: string;
  actorAccountId?: string | null;
  actorRole?: Role | null;
  clientId?: string | null;
  /** dotted verb, e.g. 'auth.login', 'client.entries.read', 'practice.settings.update' */
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  ip?: string | null;
  outcome: AuditOutcome;
  detail?: Record<string, unknown> | null;
}

/** What happened, in short: the rest of an audit event comes from who acted and where from. */
export interface AuditNote {
  action: string;
  /** 'success' unless said */
  outcome?: AuditOutcome;
  clientId?: string | null;
  /** what was acted on: [type, id] */
  target?: readonly [type: string, id: string] | null;
  detail?: Record<string, unknown> | null;
}

/**
 * The one audit helper: an event by `actor` (null: the system, e.g. a re-screen job) in `practiceId`, from the
 * request's `meta` (null outside a request).
 */
export function auditEvent(
  by: Actor | { practiceId: string; actor: null },
  meta: RequestMeta | null,
  note: AuditNote,
): AuditEvent {
  const actor = 'actor' in by ? null : by;
  return {
    practiceId: by.practiceId,
    actorAccountId: actor?.accountId ?? null,
    actorRole: actor?.role ?? null,
    clientId: note.clientId ?? null,
    action: note.action,
    targetType: note.target?.[0] ?? null,
    targetId: note.target?.[1] ?? null,
    ip: meta?.ip ?? null,
    outcome: note.outcome ?? 'success',
    detail: note.detail ?? null,
  };
}
