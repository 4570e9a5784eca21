import { Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type CustomExercise, CustomExerciseSchema } from '@askwell/domain';
import { type Actor, CurrentActor, Roles } from '../../common/actor';
import { IdempotencyKey, type RequestKey } from '../../common/request';
import { IDEMPOTENCY_HEADER } from '../../common/idempotency';
import { ZodBody } from '../../common/zod-body';
import type { ExerciseView } from './exercise.view';
import { type CustomExerciseView, ExercisesService } from './exercises.service';

@ApiTags('exercises')
@Controller('exercises')
export class ExercisesController {
  constructor(@Inject(ExercisesService) private readonly exercises: ExercisesService) {}

  @Get()
  @Roles('owner', 'practitioner')
  @ApiOperation({ summary: 'The exercise library: ladder templates and the practice’s custom exercises' })
  library(
    @CurrentActor() actor: Actor,
  ): Promise<{ templates: ExerciseView[]; custom: CustomExerciseView[] }> {
    return this.exercises.library(actor);
  }

  @Post()
  @HttpCode(201)
  @Roles('owner', 'practitioner')
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiOperation({ summary: 'Write a custom exercise for the practice' })
  create(
    @CurrentActor() actor: Actor,
    @ZodBody(CustomExerciseSchema) body: CustomExercise,
    @IdempotencyKey() requestKey: RequestKey | null,
  ): Promise<CustomExerciseView> {
    return this.exercises.create(actor, body, requestKey);
  }
}
