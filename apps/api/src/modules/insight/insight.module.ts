import { Module } from '@nestjs/common';
import { IdempotencyService } from '../../common/idempotency';
import { BriefService } from './brief.service';
import { CaseloadService } from './caseload.service';
import { ExportService } from './export.service';
import { InsightController } from './insight.controller';
import { SessionsService } from './sessions.service';

@Module({
  controllers: [InsightController],
  providers: [CaseloadService, BriefService, SessionsService, ExportService, IdempotencyService],
})
export class InsightModule {}
