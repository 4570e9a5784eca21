import { Controller, Get, Inject, Patch, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PracticeSettingsUpdateSchema } from '@askwell/domain';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { type Actor, CurrentActor, Roles } from '../../common/actor';
import { IfMatch, type IfMatchHeader, Meta, type RequestMeta } from '../../common/request';
import { setEtag } from '../../common/etag';
import { ZodBody } from '../../common/zod-body';
import { type MemberView, PracticeService, type PracticeView } from './practice.service';

@ApiTags('practice')
@Controller('practice')
export class PracticeController {
  constructor(@Inject(PracticeService) private readonly practice: PracticeService) {}

  @Get()
  @ApiOperation({
    summary: 'The practice and its settings (crisis text included, for every member); ETag for updates',
  })
  async get(
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PracticeView> {
    const p = await this.practice.get(actor);
    setEtag(reply, p.version);
    return p;
  }

  @Patch()
  @Roles('owner')
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag from GET /practice' })
  @ApiOperation({
    summary: 'Change settings: name, require 2FA, idle timeout (10–120 min), crisis-resources text',
  })
  async update(
    @CurrentActor() actor: Actor,
    @ZodBody(PracticeSettingsUpdateSchema) body: z.output<typeof PracticeSettingsUpdateSchema>,
    @IfMatch() ifMatch: IfMatchHeader,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PracticeView> {
    const p = await this.practice.update(actor, body, ifMatch, meta);
    setEtag(reply, p.version);
    return p;
  }

  @Get('members')
  @Roles('owner')
  @ApiOperation({ summary: 'Practitioners of the practice, with 2FA status and caseload size' })
  members(@CurrentActor() actor: Actor): Promise<MemberView[]> {
    return this.practice.members(actor);
  }
}
