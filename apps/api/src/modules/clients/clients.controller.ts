import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { type Actor, CurrentActor, Roles } from '../../common/actor';
import { IdPipe, Meta, type RequestMeta } from '../../common/request';
import { setEtag } from '../../common/etag';
import { type Page, PageQuerySchema } from '../../common/pagination';
import { ZodQuery } from '../../common/zod-query';
import { type ClientSummary, ClientsService } from './clients.service';

@ApiTags('clients')
@Controller('clients')
export class ClientsController {
  constructor(@Inject(ClientsService) private readonly clients: ClientsService) {}

  @Get()
  @Roles('owner', 'practitioner')
  @ApiOperation({ summary: 'The caseload (owner: every client of the practice), by name, cursor-paginated' })
  list(
    @CurrentActor() actor: Actor,
    @ZodQuery(PageQuerySchema) q: z.output<typeof PageQuerySchema>,
  ): Promise<Page<ClientSummary>> {
    return this.clients.list(actor, q.limit, q.cursor);
  }

  @Get(':clientId')
  @ApiOperation({ summary: 'One client (404 unless in your caseload, or yourself)' })
  async get(
    @CurrentActor() actor: Actor,
    @Param('clientId', new IdPipe('The client')) clientId: string,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ClientSummary> {
    const c = await this.clients.get(actor, clientId, meta);
    setEtag(reply, c.version);
    return c;
  }
}
