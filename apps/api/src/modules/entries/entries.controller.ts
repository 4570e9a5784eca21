import { Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Put, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  BarrierIdSchema,
  DraftKeySchema,
  type DraftSave,
  DraftSaveSchema,
  type EntryCreate,
  EntryCreateSchema,
  EntryKindSchema,
  type EntryReview,
  EntryReviewSchema,
  type OutcomeUpdate,
  OutcomeUpdateSchema,
  type PlanUpdate,
  PlanUpdateSchema,
  TagStatusSchema,
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
import { AppError } from '../../common/app-error';
import { setEtag, IF_MATCH_HEADER } from '../../common/etag';
import { IDEMPOTENCY_HEADER } from '../../common/idempotency';
import { type Page, PageQuerySchema } from '../../common/pagination';
import { ZodBody } from '../../common/zod-body';
import { ZodQuery } from '../../common/zod-query';
import { DraftsService, type DraftView } from './drafts.service';
import { EntriesService } from './entries.service';
import { EntryCreateService } from './entry-create.service';
import { EntryReviewService } from './entry-review.service';
import type { EntryView, SubmitResult } from './entry.view';
import { ExperimentService } from './experiment.service';
import { RiskFlagsService, type RiskFlagView } from './risk-flags.service';
import { ApiProblems } from '../../openapi/problems';

const page = PageQuerySchema.shape;
const DraftKeyQuery = z.object({ draftKey: DraftKeySchema.optional() }).strict();
const OwnEntriesQuery = z.object({ ...page, kind: EntryKindSchema.optional() }).strict();
const ClientEntriesQuery = z
  .object({
    ...page,
    kind: EntryKindSchema.optional(),
    barrierId: BarrierIdSchema.optional(),
    tagStatus: TagStatusSchema.optional(),
    flagged: z.stringbool().optional(),
    unread: z.stringbool().optional(),
  })
  .strict();
const FlagsQuery = z.object({ open: z.stringbool().optional() }).strict();

function draftKey(key: string): string {
  const parsed = DraftKeySchema.safeParse(key);
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', 'The request is not valid', 'Some fields need attention.', [
      { path: 'key', message: parsed.error.issues[0]?.message ?? 'Not a draft key.' },
    ]);
  }
  return parsed.data;
}

@ApiTags('entries')
@Controller()
export class EntriesController {
  constructor(
    @Inject(EntriesService) private readonly entries: EntriesService,
    @Inject(EntryCreateService) private readonly creates: EntryCreateService,
    @Inject(ExperimentService) private readonly experiments: ExperimentService,
    @Inject(EntryReviewService) private readonly reviews: EntryReviewService,
    @Inject(RiskFlagsService) private readonly flags: RiskFlagsService,
    @Inject(DraftsService) private readonly drafts: DraftsService,
  ) {}

  // ------------------------------------------------------------------ client

  @Get('me/entries')
  @Roles('client')
  @ApiOperation({ summary: 'My entries, newest first' })
  listOwn(
    @CurrentActor() actor: Actor,
    @ZodQuery(OwnEntriesQuery) q: z.output<typeof OwnEntriesQuery>,
  ): Promise<Page<EntryView>> {
    return this.entries.listOwn(actor, q.kind, q.limit, q.cursor);
  }

  @Post('me/entries')
  @HttpCode(201)
  @Roles('client')
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiOperation({
    summary:
      'Submit an observation, reflection, or an experiment’s plan; suggests barrier tags and screens for risk',
  })
  create(
    @CurrentActor() actor: Actor,
    @ZodBody(EntryCreateSchema) body: EntryCreate,
    @ZodQuery(DraftKeyQuery) q: z.output<typeof DraftKeyQuery>,
    @IdempotencyKey() requestKey: RequestKey | null,
  ): Promise<SubmitResult> {
    return this.creates.create(actor, body, q.draftKey, requestKey);
  }

  @Patch('me/entries/:id/plan')
  @Roles('client')
  @ApiHeader(IF_MATCH_HEADER)
  @ApiProblems('PREDICTION_LOCKED')
  @ApiOperation({
    summary: 'Change an experiment’s plan and prediction (only before the request is marked done)',
  })
  async updatePlan(
    @CurrentActor() actor: Actor,
    @Param('id', new IdPipe('The entry')) id: string,
    @ZodBody(PlanUpdateSchema) body: PlanUpdate,
    @IfMatch() ifMatch: IfMatchHeader,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SubmitResult> {
    const r = await this.experiments.updatePlan(actor, id, body.plan, ifMatch);
    setEtag(reply, r.entry.version);
    return r;
  }

  @Post('me/entries/:id/lock')
  @HttpCode(200)
  @Roles('client')
  @ApiHeader(IF_MATCH_HEADER)
  @ApiProblems('INVALID_TRANSITION')
  @ApiOperation({
    summary: 'Mark the request done: the plan and prediction are locked, the outcome stage opens',
  })
  async lock(
    @CurrentActor() actor: Actor,
    @Param('id', new IdPipe('The entry')) id: string,
    @IfMatch() ifMatch: IfMatchHeader,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ entry: EntryView }> {
    const r = await this.experiments.lock(actor, id, ifMatch);
    setEtag(reply, r.entry.version);
    return r;
  }

  @Put('me/entries/:id/outcome')
  @Roles('client')
  @ApiHeader(IF_MATCH_HEADER)
  @ApiProblems('OUTCOME_BEFORE_LOCK')
  @ApiOperation({ summary: 'Record (or correct) what happened and what I learned' })
  async outcome(
    @CurrentActor() actor: Actor,
    @Param('id', new IdPipe('The entry')) id: string,
    @ZodBody(OutcomeUpdateSchema) body: OutcomeUpdate,
    @ZodQuery(DraftKeyQuery) q: z.output<typeof DraftKeyQuery>,
    @IfMatch() ifMatch: IfMatchHeader,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SubmitResult> {
    const r = await this.experiments.recordOutcome(actor, id, body.outcome, q.draftKey, ifMatch);
    setEtag(reply, r.entry.version);
    return r;
  }

  @Get('me/drafts')
  @Roles('client')
  @ApiOperation({ summary: 'My unsent drafts' })
  listDrafts(@CurrentActor() actor: Actor): Promise<DraftView[]> {
    return this.drafts.list(actor);
  }

  @Get('me/drafts/:key')
  @Roles('client')
  @ApiProblems('NOT_FOUND', 'VALIDATION_FAILED')
  @ApiOperation({ summary: 'One draft' })
  getDraft(@CurrentActor() actor: Actor, @Param('key') key: string): Promise<DraftView> {
    return this.drafts.get(actor, draftKey(key));
  }

  @Put('me/drafts/:key')
  @Roles('client')
  @ApiOperation({ summary: 'Autosave a draft (last write wins)' })
  saveDraft(
    @CurrentActor() actor: Actor,
    @Param('key') key: string,
    @ZodBody(DraftSaveSchema) body: DraftSave,
  ): Promise<{ key: string; updatedAt: string }> {
    return this.drafts.save(actor, draftKey(key), body.data);
  }

  @Delete('me/drafts/:key')
  @HttpCode(204)
  @Roles('client')
  @ApiProblems('VALIDATION_FAILED')
  @ApiOperation({ summary: 'Discard a draft' })
  async deleteDraft(@CurrentActor() actor: Actor, @Param('key') key: string): Promise<void> {
    await this.drafts.remove(actor, draftKey(key));
  }

  // ------------------------------------------------------------ either side

  @Get('entries/:id')
  @ApiOperation({
    summary: 'One entry: my own, or a shared entry of a client in your caseload (marks it read)',
  })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', new IdPipe('The entry')) id: string,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EntryView> {
    const e = await this.entries.get(actor, id, meta);
    setEtag(reply, e.version);
    return e;
  }

  // ------------------------------------------------------------ practitioner

  @Post('entries/:id/review')
  @HttpCode(200)
  @Roles('owner', 'practitioner')
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOperation({
    summary: 'Review an entry: confirm or reject tags, add tags, comment, raise in session, mark reviewed',
  })
  async review(
    @CurrentActor() actor: Actor,
    @Param('id', new IdPipe('The entry')) id: string,
    @ZodBody(EntryReviewSchema) body: EntryReview,
    @IfMatch() ifMatch: IfMatchHeader,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EntryView> {
    const e = await this.reviews.review(actor, id, body, ifMatch, meta);
    setEtag(reply, e.version);
    return e;
  }

  @Get('clients/:clientId/entries')
  @Roles('owner', 'practitioner')
  @ApiOperation({ summary: 'A client’s shared entries, newest first, with filters and the unread count' })
  listForClient(
    @CurrentActor() actor: Actor,
    @Param('clientId', new IdPipe('The client')) clientId: string,
    @ZodQuery(ClientEntriesQuery) q: z.output<typeof ClientEntriesQuery>,
    @Meta() meta: RequestMeta,
  ): Promise<Page<EntryView> & { unreadCount: number }> {
    const { limit, cursor, ...filters } = q;
    return this.entries.listForClient(actor, clientId, filters, limit, cursor, meta);
  }

  @Get('clients/:clientId/risk-flags')
  @Roles('owner', 'practitioner')
  @ApiOperation({
    summary:
      'A client’s risk flags, newest first, with tier, category and findings (a private entry’s: only that and when); acknowledged ones keep who and when (?open=true: only those not yet acknowledged)',
  })
  flagsFor(
    @CurrentActor() actor: Actor,
    @Param('clientId', new IdPipe('The client')) clientId: string,
    @ZodQuery(FlagsQuery) q: z.output<typeof FlagsQuery>,
  ): Promise<RiskFlagView[]> {
    return this.flags.list(actor, clientId, q.open ?? false);
  }

  @Post('risk-flags/:id/acknowledge')
  @HttpCode(200)
  @Roles('owner', 'practitioner')
  @ApiOperation({ summary: 'Acknowledge a risk flag (audited)' })
  acknowledge(
    @CurrentActor() actor: Actor,
    @Param('id', new IdPipe('The risk flag')) id: string,
    @Meta() meta: RequestMeta,
  ): Promise<RiskFlagView> {
    return this.flags.acknowledge(actor, id, meta);
  }
}
