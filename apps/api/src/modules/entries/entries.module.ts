import { Module } from '@nestjs/common';
import { IdempotencyService } from '../../common/idempotency';
import { DraftsRepository } from './drafts.repository';
import { DraftsService } from './drafts.service';
import { EntriesController } from './entries.controller';
import { EntriesService } from './entries.service';
import { RiskFlagsRepository } from './risk-flags.repository';
import { RiskFlagsService } from './risk-flags.service';
import { RiskRescreenRepository } from './risk-rescreen.repository';
import { RiskRescreenService } from './risk-rescreen.service';

@Module({
  controllers: [EntriesController],
  providers: [
    EntriesService,
    RiskFlagsService,
    RiskRescreenService,
    DraftsService,
    IdempotencyService,
    RiskFlagsRepository,
    DraftsRepository,
    RiskRescreenRepository,
  ],
})
export class EntriesModule {}
