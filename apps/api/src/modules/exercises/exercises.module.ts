import { Module } from '@nestjs/common';
import { IdempotencyService } from '../../common/idempotency';
import { IdempotencyRepository } from '../../common/idempotency.repository';
import { ExercisesController } from './exercises.controller';
import { ExercisesRepository } from './exercises.repository';
import { ExercisesService } from './exercises.service';

@Module({
  controllers: [ExercisesController],
  providers: [ExercisesService, ExercisesRepository, IdempotencyService, IdempotencyRepository],
})
export class ExercisesModule {}
