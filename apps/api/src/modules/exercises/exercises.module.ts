import { Module } from '@nestjs/common';
import { IdempotencyService } from '../../common/idempotency';
import { ExercisesController } from './exercises.controller';
import { ExercisesRepository } from './exercises.repository';
import { ExercisesService } from './exercises.service';

@Module({
  controllers: [ExercisesController],
  providers: [ExercisesService, ExercisesRepository, IdempotencyService],
})
export class ExercisesModule {}
