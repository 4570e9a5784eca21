import {
  type BarrierId,
  type CustomExercise,
  type ExerciseTemplate,
  getTemplate,
  type RecordType,
} from '@askwell/domain';
import type { ExerciseView } from '@askwell/domain';

export type { ExerciseView };

export interface CustomExerciseRow {
  id: string;
  title: string;
  instructions: string;
  record_type: RecordType;
  rung: number | null;
  target_barriers: BarrierId[];
  suggested_frequency: CustomExercise['suggestedFrequency'];
}

export const templateView = (t: ExerciseTemplate): ExerciseView => ({
  source: 'template',
  templateId: t.id,
  exerciseId: null,
  title: t.title,
  instructions: t.instructions,
  recordType: t.recordType,
  rung: t.rung,
  targetBarriers: [...t.targetedBarriers],
  suggestedFrequency: t.suggestedFrequency,
});

export const customView = (r: CustomExerciseRow): ExerciseView => ({
  source: 'custom',
  templateId: null,
  exerciseId: r.id,
  title: r.title,
  instructions: r.instructions,
  recordType: r.record_type,
  rung: r.rung,
  targetBarriers: r.target_barriers,
  suggestedFrequency: r.suggested_frequency,
});

/** The exercise of an assignment row: its template by id, or its joined custom exercise columns. */
export function exerciseOf(templateId: string | null, custom: CustomExerciseRow | null): ExerciseView {
  if (templateId !== null) {
    const t = getTemplate(templateId);
    if (t) return templateView(t);
  }
  if (custom) return customView(custom);
  // A template id no longer in the ladder: keep the assignment readable rather than failing the page.
  return {
    source: 'template',
    templateId,
    exerciseId: null,
    title: 'An exercise that is no longer in the library',
    instructions: '',
    recordType: 'reflection',
    rung: null,
    targetBarriers: [],
    suggestedFrequency: { kind: 'once' },
  };
}
