import { Module } from '@nestjs/common';
import { IdempotencyService } from '../../common/idempotency';
import { ExercisesController } from './exercises.controller';
import { ExercisesService } from './exercises.service';

@Module({ controllers: [ExercisesController], providers: [ExercisesService, IdempotencyService] })
export class ExercisesModule {}
