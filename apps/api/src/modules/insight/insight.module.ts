import { Module } from '@nestjs/common';
import { IdempotencyService } from '../../common/idempotency';
import { IdempotencyRepository } from '../../common/idempotency.repository';
import { BriefRepository } from './brief.repository';
import { BriefService } from './brief.service';
import { CaseloadRepository } from './caseload.repository';
import { CaseloadService } from './caseload.service';
import { ExportRepository } from './export.repository';
import { ExportService } from './export.service';
import { InsightController } from './insight.controller';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';

@Module({
  controllers: [InsightController],
  providers: [
    CaseloadService,
    CaseloadRepository,
    BriefService,
    BriefRepository,
    SessionsService,
    SessionsRepository,
    ExportService,
    ExportRepository,
    IdempotencyService,
    IdempotencyRepository,
  ],
})
export class InsightModule {}
