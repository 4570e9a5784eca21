import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { notFound } from '../../common/app-error';
import { type Db, one } from '../../common/db';

/**
 * Record-level access to a client, in one place. The owner sees every client of the practice; a
 * practitioner sees the clients in their caseload; a client sees only themselves. Anything else is
 * 404, never 403: an actor may not learn that a record they cannot see exists.
 */
@Injectable()
export class AccessService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Pass a transaction's manager when called inside one (the embedded database has a single connection). */
  async canSeeClient(actor: Actor, clientId: string, db: Db = this.dataSource): Promise<boolean> {
    if (!/^[0-9a-f-]{36}$/i.test(clientId)) return false;
    switch (actor.role) {
      case 'client':
        return actor.accountId === clientId;
      case 'owner':
        return !!(await one(
          db,
          `SELECT 1 FROM account WHERE practice_id = $1 AND id = $2 AND role = 'client'`,
          [actor.practiceId, clientId],
        ));
      case 'practitioner':
        return !!(await one(
          db,
          `SELECT 1 FROM caseload WHERE practice_id = $1 AND practitioner_id = $2 AND client_id = $3`,
          [actor.practiceId, actor.accountId, clientId],
        ));
    }
  }

  async assertClientVisible(actor: Actor, clientId: string, db: Db = this.dataSource): Promise<void> {
    if (!(await this.canSeeClient(actor, clientId, db))) throw notFound('The client');
  }
}
