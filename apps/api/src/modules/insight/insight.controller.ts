import { Controller, Get, HttpCode, Inject, Param, Patch, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  BarrierIdSchema,
  type BriefQuery,
  BriefQuerySchema,
  type BriefReview,
  BriefReviewSchema,
  type CaseloadQuery,
  CaseloadQuerySchema,
  type RungDecision,
  RungDecisionSchema,
  type SessionCreate,
  SessionCreateSchema,
  type SessionUpdate,
  SessionUpdateSchema,
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
import { type BriefView, BriefService, type ProgressView } from './brief.service';
import { type CaseloadPage, CaseloadService } from './caseload.service';
import { ExportService } from './export.service';
import { type RungDecisionView, SessionsService, type SessionView } from './sessions.service';
import { ApiProblems } from '../../openapi/problems';

const ProgressQuery = z.object({ barrierId: BarrierIdSchema.optional() }).strict();
const ExportQuery = z.object({ format: z.enum(['json', 'zip']).default('json') }).strict();

@ApiTags('insight')
@Controller()
@Roles('owner', 'practitioner')
export class InsightController {
  constructor(
    @Inject(CaseloadService) private readonly caseload: CaseloadService,
    @Inject(BriefService) private readonly briefs: BriefService,
    @Inject(SessionsService) private readonly sessions: SessionsService,
    @Inject(ExportService) private readonly exports: ExportService,
  ) {}

  @Get('caseload')
  @ApiOperation({
    summary:
      'A page of the caseload (default: who needs attention first — explicit risk, then a flag whose tier cannot be told, then concern — 25 a page; keyset cursor) with adherence (7 and 28 days), activity, unread, open flags and their tier (never understated), rung, readiness; total and flagged over every page',
  })
  overview(
    @CurrentActor() actor: Actor,
    @ZodQuery(CaseloadQuerySchema) q: CaseloadQuery,
  ): Promise<CaseloadPage> {
    return this.caseload.overview(actor, q);
  }

  @Get('clients/:clientId/progress')
  @ApiOperation({
    summary: 'Charts’ data: predictions vs outcomes, calibration by week, barrier map, reflections',
  })
  progress(
    @CurrentActor() actor: Actor,
    @Param('clientId', new IdPipe('The client')) clientId: string,
    @ZodQuery(ProgressQuery) q: z.output<typeof ProgressQuery>,
    @Meta() meta: RequestMeta,
  ): Promise<ProgressView> {
    return this.briefs.progress(actor, clientId, q.barrierId, meta);
  }

  @Get('clients/:clientId/brief')
  @ApiOperation({
    summary:
      'The pre-session brief: since the last session (or ?since) until today (or ?until); open risk flags with tier, category and evidence (a private entry’s: only when)',
  })
  brief(
    @CurrentActor() actor: Actor,
    @Param('clientId', new IdPipe('The client')) clientId: string,
    @ZodQuery(BriefQuerySchema) q: BriefQuery,
    @Meta() meta: RequestMeta,
  ): Promise<BriefView> {
    return this.briefs.brief(actor, clientId, q.since, q.until, meta);
  }

  @Post('clients/:clientId/brief/review')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark the brief of a period as reviewed' })
  reviewBrief(
    @CurrentActor() actor: Actor,
    @Param('clientId', new IdPipe('The client')) clientId: string,
    @ZodBody(BriefReviewSchema) body: BriefReview,
    @Meta() meta: RequestMeta,
  ): Promise<{ reviewedAt: string }> {
    return this.briefs.markReviewed(actor, clientId, body.from, body.to, meta);
  }

  @Get('clients/:clientId/sessions')
  @ApiOperation({ summary: 'Sessions with their private notes (never shown to the client)' })
  listSessions(
    @CurrentActor() actor: Actor,
    @Param('clientId', new IdPipe('The client')) clientId: string,
  ): Promise<SessionView[]> {
    return this.sessions.list(actor, clientId);
  }

  @Post('clients/:clientId/sessions')
  @HttpCode(201)
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiOperation({ summary: 'Record a session held with the client, with a private note' })
  createSession(
    @CurrentActor() actor: Actor,
    @Param('clientId', new IdPipe('The client')) clientId: string,
    @ZodBody(SessionCreateSchema) body: SessionCreate,
    @IdempotencyKey() requestKey: RequestKey | null,
    @Meta() meta: RequestMeta,
  ): Promise<SessionView> {
    return this.sessions.create(actor, clientId, body, requestKey, meta);
  }

  @Patch('sessions/:id')
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOperation({ summary: 'Change a session’s date or note' })
  async updateSession(
    @CurrentActor() actor: Actor,
    @Param('id', new IdPipe('The session')) id: string,
    @ZodBody(SessionUpdateSchema) body: SessionUpdate,
    @IfMatch() ifMatch: IfMatchHeader,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionView> {
    const s = await this.sessions.update(actor, id, body, ifMatch, meta);
    setEtag(reply, s.version);
    return s;
  }

  @Get('clients/:clientId/rung-decisions')
  @ApiOperation({ summary: 'Decisions on moving the client up the ladder' })
  decisions(
    @CurrentActor() actor: Actor,
    @Param('clientId', new IdPipe('The client')) clientId: string,
  ): Promise<RungDecisionView[]> {
    return this.sessions.decisions(actor, clientId);
  }

  @Post('clients/:clientId/rung-decisions')
  @HttpCode(201)
  @ApiProblems('INVALID_TRANSITION')
  @ApiOperation({ summary: 'Approve (one rung up) or decline the readiness suggestion; audited' })
  decide(
    @CurrentActor() actor: Actor,
    @Param('clientId', new IdPipe('The client')) clientId: string,
    @ZodBody(RungDecisionSchema) body: RungDecision,
    @Meta() meta: RequestMeta,
  ): Promise<RungDecisionView> {
    return this.sessions.decide(actor, clientId, body, meta);
  }

  @Get('clients/:clientId/export')
  @ApiProduces('application/json', 'application/zip')
  @ApiOperation({ summary: 'The client’s whole record (shared entries) as JSON or zipped CSV; audited' })
  async export(
    @CurrentActor() actor: Actor,
    @Param('clientId', new IdPipe('The client')) clientId: string,
    @ZodQuery(ExportQuery) q: z.output<typeof ExportQuery>,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<unknown> {
    const data = await this.exports.collect(actor, clientId, q.format, meta);
    const stem = `askwell-client-${clientId}-${data.exportedAt.slice(0, 10)}`;
    if (q.format === 'json') {
      const body = JSON.stringify(data, null, 2);
      void reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${stem}.json"`)
        .header('content-length', Buffer.byteLength(body));
      return body;
    }
    const zip = Buffer.from(this.exports.zip(data));
    void reply
      .header('content-type', 'application/zip')
      .header('content-disposition', `attachment; filename="${stem}.zip"`)
      .header('content-length', zip.length);
    return zip;
  }
}
