import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { instantPeriod, OffsetInstantSchema } from '@askwell/domain';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { type Actor, CurrentActor, Roles } from '../../common/actor';
import { many } from '../../common/db';
import { CursorKey, cursorCodec, type Page, PageQuerySchema, pageOf } from '../../common/pagination';
import { ZodQuery } from '../../common/zod-query';

const AuditQuerySchema = PageQuerySchema.extend({
  clientId: z.uuid().optional(),
  actorId: z.uuid().optional(),
  action: z.string().max(100).optional(),
  outcome: z.enum(['success', 'denied', 'failure']).optional(),
  from: OffsetInstantSchema.optional(),
  to: OffsetInstantSchema.optional(),
})
  .strict()
  .superRefine(instantPeriod('from', 'to'));

/** Newest first by id: the page's last event. */
const AUDIT_CURSOR = cursorCodec('audit-events', z.tuple([CursorKey.int8]));

export interface AuditEventView {
  id: string;
  at: string;
  actor: { id: string; displayName: string; role: string } | null;
  clientId: string | null;
  clientName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  outcome: string;
}

@ApiTags('audit')
@Controller('audit-events')
export class AuditController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Get()
  @Roles('owner')
  @ApiOperation({
    summary: 'The audit log, newest first; filter by client, actor, action prefix, outcome, time',
  })
  async list(
    @CurrentActor() actor: Actor,
    @ZodQuery(AuditQuerySchema) q: z.output<typeof AuditQuerySchema>,
  ): Promise<Page<AuditEventView>> {
    const after = AUDIT_CURSOR.decode(q.cursor);
    const rows = await many<{
      id: string;
      at: Date;
      actor_account_id: string | null;
      actor_name: string | null;
      actor_role: string | null;
      client_id: string | null;
      client_name: string | null;
      action: string;
      target_type: string | null;
      target_id: string | null;
      ip: string | null;
      outcome: string;
    }>(
      this.dataSource,
      `SELECT e.id::text, e.at, e.actor_account_id, a.display_name AS actor_name, e.actor_role, e.client_id, c.display_name AS client_name,
              e.action, e.target_type, e.target_id, e.ip, e.outcome
         FROM audit_event e
         LEFT JOIN account a ON a.practice_id = e.practice_id AND a.id = e.actor_account_id
         LEFT JOIN account c ON c.practice_id = e.practice_id AND c.id = e.client_id
        WHERE e.practice_id = $1
          AND ($2::uuid IS NULL OR e.client_id = $2) AND ($3::uuid IS NULL OR e.actor_account_id = $3)
          AND ($4::text IS NULL OR e.action LIKE $4 || '%') AND ($5::text IS NULL OR e.outcome = $5)
          AND ($6::timestamptz IS NULL OR e.at >= $6) AND ($7::timestamptz IS NULL OR e.at < $7)
          AND ($8::bigint IS NULL OR e.id < $8)
        ORDER BY e.id DESC LIMIT $9`,
      [
        actor.practiceId,
        q.clientId ?? null,
        q.actorId ?? null,
        q.action?.replace(/[%_\\]/g, '\\$&') ?? null,
        q.outcome ?? null,
        q.from ?? null,
        q.to ?? null,
        after?.[0] ?? null,
        q.limit + 1,
      ],
    );
    const items = rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actor: r.actor_account_id
        ? { id: r.actor_account_id, displayName: r.actor_name ?? '(removed)', role: r.actor_role ?? '' }
        : null,
      clientId: r.client_id,
      clientName: r.client_name,
      action: r.action,
      targetType: r.target_type,
      targetId: r.target_id,
      ip: r.ip,
      outcome: r.outcome,
    }));
    return pageOf(items, q.limit, AUDIT_CURSOR, (e) => [e.id]);
  }
}
