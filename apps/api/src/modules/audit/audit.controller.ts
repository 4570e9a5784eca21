import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AUDIT_OUTCOMES, type AuditEventView, instantPeriod, OffsetInstantSchema } from '@askwell/domain';
import { z } from 'zod';
import { type Actor, CurrentActor, Roles } from '../../common/actor';
import { CursorKey, cursorCodec, type Page, PageQuerySchema, pageOf } from '../../common/pagination';
import { ZodQuery } from '../../common/zod-query';
import { AuditRepository } from './audit.repository';

const AuditQuerySchema = PageQuerySchema.extend({
  clientId: z.uuid().optional(),
  actorId: z.uuid().optional(),
  action: z.string().max(100).optional(),
  outcome: z.enum(AUDIT_OUTCOMES).optional(),
  from: OffsetInstantSchema.optional(),
  to: OffsetInstantSchema.optional(),
})
  .strict()
  .superRefine(instantPeriod('from', 'to'));

/** Newest first by id: the page's last event. */
const AUDIT_CURSOR = cursorCodec('audit-events', z.tuple([CursorKey.int8]));

@ApiTags('audit')
@Controller('audit-events')
export class AuditController {
  constructor(@Inject(AuditRepository) private readonly audit: AuditRepository) {}

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
    const rows = await this.audit.list(actor.practiceId, {
      clientId: q.clientId ?? null,
      actorId: q.actorId ?? null,
      action: q.action ?? null,
      outcome: q.outcome ?? null,
      from: q.from ?? null,
      to: q.to ?? null,
      before: after?.[0] ?? null,
      limit: q.limit + 1,
    });
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
