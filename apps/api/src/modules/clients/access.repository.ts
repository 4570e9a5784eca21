import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { type Db, one, raw, type Sql, sql } from '../../common/db';

/**
 * The access rule's SQL (access.service.ts says the rule): whether an owner's practice has the client, whether a
 * practitioner's caseload does, and the same rule as a condition for statements that check access themselves.
 */
@Injectable()
export class AccessRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async practiceHasClient(practiceId: string, clientId: string, db: Db = this.dataSource): Promise<boolean> {
    return !!(await one(
      db,
      sql`SELECT 1 FROM account WHERE practice_id = ${practiceId} AND id = ${clientId} AND role = 'client'`,
    ));
  }

  async caseloadHas(actor: Actor, clientId: string, db: Db = this.dataSource): Promise<boolean> {
    return !!(await one(
      db,
      sql`SELECT 1 FROM caseload
           WHERE practice_id = ${actor.practiceId} AND practitioner_id = ${actor.accountId} AND client_id = ${clientId}`,
    ));
  }
}

/**
 * The rule as a condition on `client`, the alias of an `account` row the statement already restricts to a client
 * of the actor's practice: for a repository's read that checks access in its own statement.
 */
export function visibleClientSql(actor: Actor, client: string): Sql {
  const c = raw(client);
  switch (actor.role) {
    case 'owner':
      return sql`true`;
    case 'client':
      return sql`${c}.id = ${actor.accountId}`;
    case 'practitioner':
      return sql`EXISTS (SELECT 1 FROM caseload k WHERE k.practice_id = ${actor.practiceId}
                           AND k.practitioner_id = ${actor.accountId} AND k.client_id = ${c}.id)`;
  }
}
