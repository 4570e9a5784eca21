import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import type { Db } from '../../common/db';
import type { RequestMeta } from '../../common/request';
import { type AuditEvent, auditEvent, type AuditNote } from './audit.event';
import { AuditRepository } from './audit.repository';

export { type AuditEvent, auditEvent, type AuditNote, type AuditOutcome } from './audit.event';

/**
 * The one way to write the audit log. Append-only: there is no update or delete here, and the database
 * refuses them too (trigger in the accounts migration). Pass a transaction's manager to record inside it.
 */
@Injectable()
export class AuditService {
  constructor(@Inject(AuditRepository) private readonly repository: AuditRepository) {}

  /** An event written out in full (sign-in, where the actor is known only by the account found). */
  async record(e: AuditEvent, db?: Db): Promise<void> {
    await this.repository.insert(e, db);
  }

  /** `actor` did `note` from `meta`. */
  async note(actor: Actor, meta: RequestMeta | null, note: AuditNote, db?: Db): Promise<void> {
    await this.repository.insert(auditEvent(actor, meta, note), db);
  }
}
