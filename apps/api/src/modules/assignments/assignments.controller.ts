import { Controller, Get, HttpCode, Inject, Param, Patch, Post, Put, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type AssignmentActionRequest,
  AssignmentActionSchema,
  type AssignmentCreate,
  AssignmentCreateSchema,
  type ClientRung,
  ClientRungSchema,
  LocalDateSchema,
  type Preferences,
  PreferencesSchema,
} from '@askwell/domain';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { type Actor, CurrentActor, Roles } from '../../common/actor';
import {
  IdPipe,
  IdempotencyKey,
  type RequestKey,
  IfMatch,
  type IfMatchHeader,
  Meta,
  type RequestMeta,
} from '../../common/request';
import { setEtag, IF_MATCH_HEADER } from '../../common/etag';
import { IDEMPOTENCY_HEADER } from '../../common/idempotency';
import { ZodBody } from '../../common/zod-body';
import { ZodQuery } from '../../common/zod-query';
import { type AssignmentView, AssignmentsService, type WeekView } from './assignments.service';
import { ApiProblems } from '../../openapi/problems';

const WeekQuerySchema = z.object({ on: LocalDateSchema.optional() }).strict();

@ApiTags('assignments')
@Controller()
export class AssignmentsController {
  constructor(@Inject(AssignmentsService) private readonly assignments: AssignmentsService) {}

  @Get('clients/:clientId/assignments')
  @Roles('owner', 'practitioner')
  @ApiOperation({ summary: 'A client’s assignments, open ones first' })
  list(
    @CurrentActor() actor: Actor,
    @Param('clientId', new IdPipe('The client')) clientId: string,
  ): Promise<AssignmentView[]> {
    return this.assignments.listForClient(actor, clientId);
  }

  @Post('clients/:clientId/assignments')
  @HttpCode(201)
  @Roles('owner', 'practitioner')
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiOperation({ summary: 'Assign a ladder template or custom exercise on a schedule' })
  create(
    @CurrentActor() actor: Actor,
    @Param('clientId', new IdPipe('The client')) clientId: string,
    @ZodBody(AssignmentCreateSchema) body: AssignmentCreate,
    @IdempotencyKey() requestKey: RequestKey | null,
    @Meta() meta: RequestMeta,
  ): Promise<AssignmentView> {
    return this.assignments.create(actor, clientId, body, requestKey, meta);
  }

  @Patch('assignments/:id')
  @Roles('owner', 'practitioner')
  @ApiHeader(IF_MATCH_HEADER)
  @ApiProblems('INVALID_TRANSITION', 'ASSIGNMENT_ENDED')
  @ApiOperation({ summary: 'Pause, resume or end an assignment' })
  async act(
    @CurrentActor() actor: Actor,
    @Param('id', new IdPipe('The assignment')) id: string,
    @ZodBody(AssignmentActionSchema) body: AssignmentActionRequest,
    @IfMatch() ifMatch: IfMatchHeader,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AssignmentView> {
    const a = await this.assignments.act(actor, id, body.action, body.on, ifMatch, meta);
    setEtag(reply, a.version);
    return a;
  }

  @Put('clients/:clientId/rung')
  @Roles('owner', 'practitioner')
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOperation({ summary: 'Set the client’s current rung (If-Match: the client’s version)' })
  async setRung(
    @CurrentActor() actor: Actor,
    @Param('clientId', new IdPipe('The client')) clientId: string,
    @ZodBody(ClientRungSchema) body: ClientRung,
    @IfMatch() ifMatch: IfMatchHeader,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ version: number; currentRung: number | null }> {
    const r = await this.assignments.setRung(actor, clientId, body.rung, ifMatch, meta);
    setEtag(reply, r.version);
    return r;
  }

  @Get('me/assignments')
  @Roles('client')
  @ApiOperation({ summary: 'My open assignments' })
  mine(@CurrentActor() actor: Actor): Promise<AssignmentView[]> {
    return this.assignments.listForClient(actor, actor.accountId, true);
  }

  @Get('me/week')
  @Roles('client')
  @ApiOperation({ summary: 'This week (Monday–Sunday around ?on, my today by default): due, done, overdue' })
  week(
    @CurrentActor() actor: Actor,
    @ZodQuery(WeekQuerySchema) q: z.output<typeof WeekQuerySchema>,
  ): Promise<WeekView> {
    return this.assignments.week(actor, q.on);
  }

  @Patch('me/preferences')
  @ApiOperation({ summary: 'My time zone (IANA name), for what “today” means' })
  preferences(
    @CurrentActor() actor: Actor,
    @ZodBody(PreferencesSchema) body: Preferences,
  ): Promise<Preferences> {
    return this.assignments.setTimeZone(actor, body.timeZone);
  }
}
