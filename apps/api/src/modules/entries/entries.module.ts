import { Module } from '@nestjs/common';
import { IdempotencyService } from '../../common/idempotency';
import { DraftsService } from './drafts.service';
import { EntriesController } from './entries.controller';
import { EntriesService } from './entries.service';
import { RiskFlagsService } from './risk-flags.service';
import { RiskRescreenService } from './risk-rescreen.service';

@Module({
  controllers: [EntriesController],
  providers: [EntriesService, RiskFlagsService, RiskRescreenService, DraftsService, IdempotencyService],
})
export class EntriesModule {}
