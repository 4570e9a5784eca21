import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { notFound } from '../../common/app-error';
import type { Db } from '../../common/db';
import { AccessRepository } from './access.repository';

/** What a client id looks like; anything else is a client nobody can see (404), never a database error. */
export const CLIENT_ID_SHAPE = /^[0-9a-f-]{36}$/i;

/**
 * Record-level access to a client, in one place. The owner sees every client of the practice; a
 * practitioner sees the clients in their caseload; a client sees only themselves. Anything else is
 * 404, never 403: an actor may not learn that a record they cannot see exists.
 */
@Injectable()
export class AccessService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AccessRepository) private readonly repository: AccessRepository,
  ) {}

  /** Pass a transaction's manager when called inside one (the embedded database has a single connection). */
  async canSeeClient(actor: Actor, clientId: string, db: Db = this.dataSource): Promise<boolean> {
    if (!CLIENT_ID_SHAPE.test(clientId)) return false;
    switch (actor.role) {
      case 'client':
        return actor.accountId === clientId;
      case 'owner':
        return this.repository.practiceHasClient(actor.practiceId, clientId, db);
      case 'practitioner':
        return this.repository.caseloadHas(actor, clientId, db);
    }
  }

  async assertClientVisible(actor: Actor, clientId: string, db: Db = this.dataSource): Promise<void> {
    if (!(await this.canSeeClient(actor, clientId, db))) throw notFound('The client');
  }
}
