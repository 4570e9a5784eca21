import { Inject, Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { strToU8, zipSync } from 'fflate';
import type { Actor } from '../../common/actor';
import { AuditService } from '../audit/audit.service';
import type { RequestMeta } from '../../common/request';
import { AccessService } from '../clients/access.service';
import { ExportRepository, type Json } from './export.repository';

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
    @Inject(ExportRepository) private readonly repository: ExportRepository,
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
    const record = await this.repository.clientRecord(actor.practiceId, clientId);
    await this.audit.note(actor, ctx, {
      action: 'client.export',
      clientId,
      target: ['client', clientId],
      detail: { format, entries: record.entries.length },
    });
    return {
      exportedAt: new Date().toISOString(),
      ...record,
      client: record.client ?? {},
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
