import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthService, type Readiness } from './health.service';
import { Public } from '../../common/actor';
import { ApiProblems } from '../../openapi/problems';

@ApiTags('health')
@Public()
@Controller('api/health')
export class HealthController {
  constructor(@Inject(HealthService) private readonly health: HealthService) {}

  @Get()
  @ApiOperation({ summary: 'Liveness: the process is up and answering' })
  @ApiOkResponse({ schema: { type: 'object', properties: { status: { type: 'string', enum: ['ok'] } } } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiProblems('SERVICE_UNAVAILABLE')
  @ApiOperation({ summary: 'Readiness: the database answers and every migration is applied' })
  @ApiOkResponse({
    schema: {
      type: 'object',
      properties: {
        status: { type: 'string' },
        database: { type: 'string' },
        migrations: { type: 'string' },
      },
    },
  })
  @ApiServiceUnavailableResponse({
    description: 'Database unreachable or migrations pending (problem details)',
  })
  ready(): Promise<Readiness> {
    return this.health.readiness();
  }
}
