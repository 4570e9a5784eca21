import { Module } from '@nestjs/common';
import { IdempotencyService } from '../../common/idempotency';
import { AssignmentsController } from './assignments.controller';
import { AssignmentsRepository } from './assignments.repository';
import { AssignmentsService } from './assignments.service';

@Module({
  controllers: [AssignmentsController],
  providers: [AssignmentsService, AssignmentsRepository, IdempotencyService],
})
export class AssignmentsModule {}
