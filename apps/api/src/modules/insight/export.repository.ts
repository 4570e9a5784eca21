import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Db, many, one, sql } from '../../common/db';

export type Json = Record<string, unknown>;

/** A client's whole record as the export gives it: shared entries only, a private entry's flag without its words. */
export interface ClientRecord {
  client: Json | undefined;
  assignments: Json[];
  entries: Json[];
  tags: Json[];
  riskFlags: Json[];
  sessions: Json[];
  rungDecisions: Json[];
}

/** The SQL of the client export: one read per record type, run side by side. */
@Injectable()
export class ExportRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async clientRecord(practiceId: string, clientId: string, db: Db = this.dataSource): Promise<ClientRecord> {
    const [p, c] = [practiceId, clientId];
    const [client, assignments, entries, tags, riskFlags, sessions, rungDecisions] = await Promise.all([
      one<Json>(
        db,
        sql`SELECT id, display_name AS "displayName", email, current_rung AS "currentRung", time_zone AS "timeZone", created_at AS "joinedAt"
              FROM account WHERE practice_id = ${p} AND id = ${c}`,
      ),
      many<Json>(
        db,
        sql`SELECT id, template_id AS "templateId", custom_exercise_id AS "customExerciseId", start_on AS "startOn", recurrence, note,
                   status, pauses, ended_on AS "endedOn", created_at AS "createdAt"
              FROM assignment WHERE practice_id = ${p} AND client_id = ${c} ORDER BY created_at`,
      ),
      many<Json>(
        db,
        sql`SELECT id, kind, assignment_id AS "assignmentId", state, occurred_on AS "occurredOn", done_on AS "doneOn",
                   body, plan, outcome, review_comment AS "reviewComment", raise_in_session AS "raiseInSession",
                   reviewed_at AS "reviewedAt", created_at AS "createdAt", updated_at AS "updatedAt"
              FROM entry WHERE practice_id = ${p} AND client_id = ${c} AND sharing = 'shared' ORDER BY created_at`,
      ),
      many<Json>(
        db,
        sql`SELECT t.entry_id AS "entryId", t.barrier_id AS "barrierId", t.status, t.evidence, t.changed_at AS "changedAt"
              FROM entry_tag t JOIN entry n ON n.practice_id = t.practice_id AND n.id = t.entry_id
             WHERE t.practice_id = ${p} AND n.client_id = ${c} AND n.sharing = 'shared' ORDER BY n.created_at, t.barrier_id`,
      ),
      many<Json>(
        db,
        sql`SELECT f.id, CASE WHEN n.sharing = 'shared' THEN f.entry_id END AS "entryId", n.sharing = 'private' AS private,
                   CASE WHEN n.sharing = 'shared' THEN f.matches ELSE '{}' END AS matches,
                   f.raised_at AS "raisedAt", f.acknowledged_at AS "acknowledgedAt"
              FROM risk_flag f JOIN entry n ON n.practice_id = f.practice_id AND n.id = f.entry_id
             WHERE f.practice_id = ${p} AND f.client_id = ${c} ORDER BY f.raised_at`,
      ),
      many<Json>(
        db,
        sql`SELECT id, held_on AS "heldOn", note, practitioner_id AS "practitionerId", created_at AS "createdAt"
              FROM client_session WHERE practice_id = ${p} AND client_id = ${c} ORDER BY held_on`,
      ),
      many<Json>(
        db,
        sql`SELECT id, decision, from_rung AS "fromRung", to_rung AS "toRung", note, created_at AS "createdAt"
              FROM rung_decision WHERE practice_id = ${p} AND client_id = ${c} ORDER BY created_at`,
      ),
    ]);
    return { client, assignments, entries, tags, riskFlags, sessions, rungDecisions };
  }
}
