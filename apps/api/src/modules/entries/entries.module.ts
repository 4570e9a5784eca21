import { Module } from '@nestjs/common';
import { IdempotencyService } from '../../common/idempotency';
import { IdempotencyRepository } from '../../common/idempotency.repository';
import { DraftsRepository } from './drafts.repository';
import { DraftsService } from './drafts.service';
import { EntriesController } from './entries.controller';
import { EntriesRepository } from './entries.repository';
import { EntriesService } from './entries.service';
import { EntryCreateService } from './entry-create.service';
import { EntryReviewService } from './entry-review.service';
import { EntryTagsRepository } from './entry-tags.repository';
import { ExperimentService } from './experiment.service';
import { RiskFlagsRepository } from './risk-flags.repository';
import { RiskFlagsService } from './risk-flags.service';
import { RiskRescreenRepository } from './risk-rescreen.repository';
import { RiskRescreenService } from './risk-rescreen.service';

@Module({
  controllers: [EntriesController],
  providers: [
    EntriesService,
    EntryCreateService,
    ExperimentService,
    EntryReviewService,
    RiskFlagsService,
    RiskRescreenService,
    DraftsService,
    IdempotencyService,
    IdempotencyRepository,
    EntriesRepository,
    EntryTagsRepository,
    RiskFlagsRepository,
    DraftsRepository,
    RiskRescreenRepository,
  ],
})
export class EntriesModule {}
