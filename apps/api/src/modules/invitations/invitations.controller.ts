import { Controller, Delete, Get, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InvitationAcceptSchema, InvitationCreateSchema } from '@askwell/domain';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { type Actor, CurrentActor, Public, Roles } from '../../common/actor';
import { IdPipe, Meta, type RequestMeta } from '../../common/request';
import { ZodBody } from '../../common/zod-body';
import { ZodQuery } from '../../common/zod-query';
import type { LoginResult } from '../auth/auth.views';
import { SessionCookie } from '../auth/session.cookie';
import { InvitationsService, type InvitationView } from './invitations.service';
import { ApiProblems } from '../../openapi/problems';

const LookupSchema = z.object({ token: z.string().min(10).max(200) }).strict();

@ApiTags('invitations')
@Controller('invitations')
export class InvitationsController {
  constructor(
    @Inject(InvitationsService) private readonly invitations: InvitationsService,
    @Inject(SessionCookie) private readonly cookie: SessionCookie,
  ) {}

  @Post()
  @Roles('owner', 'practitioner')
  @ApiProblems('NOT_FOUND', 'EMAIL_TAKEN')
  @ApiOperation({
    summary:
      'Invite a practitioner (owner) or a client; the link is emailed, or returned to copy when email is not set up',
  })
  create(
    @CurrentActor() actor: Actor,
    @ZodBody(InvitationCreateSchema) body: z.output<typeof InvitationCreateSchema>,
    @Meta() meta: RequestMeta,
  ) {
    return this.invitations.create(actor, body, meta);
  }

  @Get()
  @Roles('owner', 'practitioner')
  @ApiOperation({ summary: 'Open invitations (owner: all; practitioner: their own)' })
  list(@CurrentActor() actor: Actor): Promise<InvitationView[]> {
    return this.invitations.listOpen(actor);
  }

  @Delete(':id')
  @Roles('owner', 'practitioner')
  @HttpCode(204)
  @ApiOperation({ summary: 'Withdraw an open invitation' })
  revoke(
    @CurrentActor() actor: Actor,
    @Param('id', new IdPipe('The invitation')) id: string,
    @Meta() meta: RequestMeta,
  ): Promise<void> {
    return this.invitations.revoke(actor, id, meta);
  }

  @Public()
  @Get('lookup')
  @ApiProblems('INVITATION_INVALID')
  @ApiOperation({ summary: 'What an invitation link is for (practice, name, email), while it is usable' })
  lookup(@ZodQuery(LookupSchema) query: z.output<typeof LookupSchema>) {
    return this.invitations.lookup(query.token);
  }

  @Public()
  @Post('accept')
  @HttpCode(200)
  @ApiProblems('INVITATION_INVALID', 'WEAK_PASSWORD', 'EMAIL_TAKEN', 'RATE_LIMITED')
  @ApiOperation({ summary: 'Accept an invitation by choosing a password; signs the new account in' })
  async accept(
    @ZodBody(InvitationAcceptSchema) body: z.output<typeof InvitationAcceptSchema>,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResult> {
    const signed = await this.invitations.accept(body, meta);
    if ('cookie' in signed && signed.cookie) this.cookie.set(reply, signed.cookie);
    return signed.result;
  }
}
