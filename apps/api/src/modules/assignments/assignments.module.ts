import { Module } from '@nestjs/common';
import { IdempotencyService } from '../../common/idempotency';
import { IdempotencyRepository } from '../../common/idempotency.repository';
import { AssignmentsController } from './assignments.controller';
import { AssignmentsRepository } from './assignments.repository';
import { AssignmentsService } from './assignments.service';

@Module({
  controllers: [AssignmentsController],
  providers: [AssignmentsService, AssignmentsRepository, IdempotencyService, IdempotencyRepository],
})
export class AssignmentsModule {}
