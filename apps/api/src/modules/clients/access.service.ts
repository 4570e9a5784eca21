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

  /** @deprecated use visibleClientSql (access.repository.ts), a tagged fragment; goes with its last caller.
   * canSeeClient's rule as a SQL condition, for a read that checks access in its own statement. `client` is the
   * alias of an `account` row the statement already restricts to a client of the actor's practice; `practice`
   * the placeholder of the practice id. The actor's id, where the rule needs it, is appended to `params`.
   */
  visibleClientSql(actor: Actor, client: string, practice: string, params: unknown[]): string {
    switch (actor.role) {
      case 'owner':
        return 'true';
      case 'client':
        params.push(actor.accountId);
        return `${client}.id = $${params.length}`;
      case 'practitioner':
        params.push(actor.accountId);
        return `EXISTS (SELECT 1 FROM caseload k WHERE k.practice_id = ${practice} AND k.practitioner_id = $${params.length} AND k.client_id = ${client}.id)`;
    }
  }

  async assertClientVisible(actor: Actor, clientId: string, db: Db = this.dataSource): Promise<void> {
    if (!(await this.canSeeClient(actor, clientId, db))) throw notFound('The client');
  }
}
