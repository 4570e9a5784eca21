import { Module } from '@nestjs/common';
import { IdempotencyService } from '../../common/idempotency';
import { AssignmentsController } from './assignments.controller';
import { AssignmentsService } from './assignments.service';

@Module({ controllers: [AssignmentsController], providers: [AssignmentsService, IdempotencyService] })
export class AssignmentsModule {}
