import { Inject, Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { strToU8, zipSync } from 'fflate';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { many, one } from '../../common/db';
import { AuditService } from '../audit/audit.service';
import type { RequestMeta } from '../../common/request';
import { AccessService } from '../clients/access.service';

type Json = Record<string, unknown>;

export interface ClientExport {
  exportedAt: string;
  client: Json;
  assignments: Json[];
  entries: Json[];
  tags: Json[];
  riskFlags: Json[];
  sessions: Json[];
  rungDecisions: Json[];
}

/** Flattens nested objects into dotted columns, arrays as JSON, so every record type is one CSV table. */
function flatten(
  row: Json,
  prefix = '',
  out: Record<string, string | number | boolean | null> = {},
): Record<string, string | number | boolean | null> {
  for (const [k, v] of Object.entries(row)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date))
      flatten(v as Json, key, out);
    else if (Array.isArray(v)) out[key] = JSON.stringify(v);
    else if (v instanceof Date) out[key] = v.toISOString();
    else out[key] = v as string | number | boolean | null;
  }
  return out;
}

function csv(rows: Json[]): string {
  const flat = rows.map((r) => flatten(r));
  const columns = [...new Set(flat.flatMap((r) => Object.keys(r)))];
  // A leading =, +, - or @ would run as a formula in a spreadsheet: quote it as text (OWASP CSV injection).
  const safe = flat.map((r) =>
    columns.map((c) => {
      const v = r[c] ?? null;
      return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
    }),
  );
  return stringify(safe, { header: true, columns, cast: { boolean: (b) => String(b) } });
}

/**
 * A client's whole record, as the practitioner may see it: shared entries only (a private entry's text never
 * leaves for a practitioner; a private flag keeps only its time). Audited.
 */
@Injectable()
export class ExportService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AccessService) private readonly access: AccessService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async collect(
    actor: Actor,
    clientId: string,
    format: 'json' | 'zip',
    ctx: RequestMeta,
  ): Promise<ClientExport> {
    await this.access.assertClientVisible(actor, clientId);
    const p = actor.practiceId;
    const params = [p, clientId];
    const [client, assignments, entries, tags, riskFlags, sessions, rungDecisions] = await Promise.all([
      one<Json>(
        this.dataSource,
        `SELECT id, display_name AS "displayName", email, current_rung AS "currentRung", time_zone AS "timeZone", created_at AS "joinedAt"
           FROM account WHERE practice_id = $1 AND id = $2`,
        params,
      ),
      many<Json>(
        this.dataSource,
        `SELECT id, template_id AS "templateId", custom_exercise_id AS "customExerciseId", start_on AS "startOn", recurrence, note,
                status, pauses, ended_on AS "endedOn", created_at AS "createdAt"
           FROM assignment WHERE practice_id = $1 AND client_id = $2 ORDER BY created_at`,
        params,
      ),
      many<Json>(
        this.dataSource,
        `SELECT id, kind, assignment_id AS "assignmentId", state, occurred_on AS "occurredOn", done_on AS "doneOn",
                body, plan, outcome, review_comment AS "reviewComment", raise_in_session AS "raiseInSession",
                reviewed_at AS "reviewedAt", created_at AS "createdAt", updated_at AS "updatedAt"
           FROM entry WHERE practice_id = $1 AND client_id = $2 AND sharing = 'shared' ORDER BY created_at`,
        params,
      ),
      many<Json>(
        this.dataSource,
        `SELECT t.entry_id AS "entryId", t.barrier_id AS "barrierId", t.status, t.evidence, t.changed_at AS "changedAt"
           FROM entry_tag t JOIN entry n ON n.practice_id = t.practice_id AND n.id = t.entry_id
          WHERE t.practice_id = $1 AND n.client_id = $2 AND n.sharing = 'shared' ORDER BY n.created_at, t.barrier_id`,
        params,
      ),
      many<Json>(
        this.dataSource,
        `SELECT f.id, CASE WHEN n.sharing = 'shared' THEN f.entry_id END AS "entryId", n.sharing = 'private' AS private,
                CASE WHEN n.sharing = 'shared' THEN f.matches ELSE '{}' END AS matches,
                f.raised_at AS "raisedAt", f.acknowledged_at AS "acknowledgedAt"
           FROM risk_flag f JOIN entry n ON n.practice_id = f.practice_id AND n.id = f.entry_id
          WHERE f.practice_id = $1 AND f.client_id = $2 ORDER BY f.raised_at`,
        params,
      ),
      many<Json>(
        this.dataSource,
        `SELECT id, held_on AS "heldOn", note, practitioner_id AS "practitionerId", created_at AS "createdAt"
           FROM client_session WHERE practice_id = $1 AND client_id = $2 ORDER BY held_on`,
        params,
      ),
      many<Json>(
        this.dataSource,
        `SELECT id, decision, from_rung AS "fromRung", to_rung AS "toRung", note, created_at AS "createdAt"
           FROM rung_decision WHERE practice_id = $1 AND client_id = $2 ORDER BY created_at`,
        params,
      ),
    ]);
    await this.audit.record({
      practiceId: p,
      actorAccountId: actor.accountId,
      actorRole: actor.role,
      clientId,
      action: 'client.export',
      targetType: 'client',
      targetId: clientId,
      ip: ctx.ip,
      outcome: 'success',
      detail: { format, entries: entries.length },
    });
    return {
      exportedAt: new Date().toISOString(),
      client: client ?? {},
      assignments,
      entries,
      tags,
      riskFlags,
      sessions,
      rungDecisions,
    };
  }

  /** One CSV per record type, zipped. */
  zip(data: ClientExport): Uint8Array {
    const byKind = (kind: string) => data.entries.filter((e) => e['kind'] === kind);
    const files: Record<string, Uint8Array> = {
      'client.csv': strToU8(csv([data.client])),
      'assignments.csv': strToU8(csv(data.assignments)),
      'observations.csv': strToU8(csv(byKind('observation'))),
      'experiments.csv': strToU8(csv(byKind('experiment'))),
      'reflections.csv': strToU8(csv(byKind('reflection'))),
      'barrier-tags.csv': strToU8(csv(data.tags)),
      'risk-flags.csv': strToU8(csv(data.riskFlags)),
      'sessions.csv': strToU8(csv(data.sessions)),
      'rung-decisions.csv': strToU8(csv(data.rungDecisions)),
      'README.txt': strToU8(
        `Askwell export of ${typeof data.client['displayName'] === 'string' ? data.client['displayName'] : 'a client'}, ${data.exportedAt}.\n` +
          'One CSV per record type (UTF-8, header row). Nested fields are dotted columns; lists are JSON.\n' +
          'Entries the client kept private are not included.\n',
      ),
    };
    return zipSync(files, { level: 6 });
  }
}
