import { Alert, Button, Group, Modal, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import {
  AssignmentCreateSchema,
  LADDER,
  type AssignmentCreate,
  type AssignmentView,
  type ExerciseLibrary,
  type ExerciseView,
} from '@askwell/domain';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { ApiError } from '../../../lib/api-client';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { useDraft } from '../../../lib/drafts';
import { recordResolver } from '../../../lib/entry-resolver';
import { useSubmission } from '../../../lib/submission';
import { ChecksField, ChoiceField, TextField } from '../../../components/FormFields';
import { KIND_LABELS, todayLocal } from '../../../lib/labels';
import { applyFieldErrors } from '../../../lib/form-errors';
import { SubmitRetryNotice } from '../../../components/SendStatus';
import { useExerciseLibrary } from '../api/assignments';
import { useCreateAssignment } from '../api/mutations';
import { WEEKDAY_NAMES } from '../describe';
import { assignDraftKey } from '../draft-keys';

export interface AssignValues {
  exercise: string;
  startOn: string;
  recurrenceKind: string;
  dueOn: string;
  count: string;
  weekdays: string[];
  note: string;
}

const exerciseValue = (e: ExerciseView) =>
  e.source === 'template' ? `template:${e.templateId ?? ''}` : `custom:${e.exerciseId ?? ''}`;

function findExercise(library: ExerciseLibrary | undefined, value: string): ExerciseView | undefined {
  if (!library) return undefined;
  return [...library.templates, ...library.custom].find((e) => exerciseValue(e) === value);
}

/** The library as select groups: each rung in ladder order, supporting practices, then the practice's own. */
function exerciseGroups(library: ExerciseLibrary) {
  const option = (e: ExerciseView) => ({
    value: exerciseValue(e),
    label: `${e.title} (${KIND_LABELS[e.recordType].toLowerCase()})`,
  });
  const groups = LADDER.map((r) => ({
    group: `Rung ${r.rung} · ${r.title}`,
    items: library.templates.filter((t) => t.rung === r.rung).map(option),
  }));
  groups.push({
    group: 'Supporting practices (any rung)',
    items: library.templates.filter((t) => t.rung === null).map(option),
  });
  if (library.custom.length > 0)
    groups.push({ group: 'Your practice’s exercises', items: library.custom.map(option) });
  return groups.filter((g) => g.items.length > 0);
}

function toBody(v: AssignValues): unknown {
  const [source, id] = v.exercise.split(/:(.*)/s);
  const count = v.count.trim() === '' ? undefined : Number(v.count);
  const recurrence =
    v.recurrenceKind === 'once'
      ? { kind: 'once', dueOn: v.dueOn }
      : v.recurrenceKind === 'weekdays'
        ? { kind: 'weekdays', weekdays: v.weekdays.map(Number).sort((a, b) => a - b), count }
        : { kind: v.recurrenceKind, count };
  return {
    exerciseRef:
      source === 'template'
        ? { source, templateId: id }
        : source === 'custom'
          ? { source, exerciseId: id }
          : undefined,
    startOn: v.startOn,
    recurrence,
    note: v.note.trim() === '' ? null : v.note,
  };
}

/** Schema paths to the form's fields. */
function fieldOf(path: string): string {
  if (path.startsWith('exerciseRef')) return 'exercise';
  if (path === 'recurrence.dueOn') return 'dueOn';
  if (path === 'recurrence.count') return 'count';
  if (path.startsWith('recurrence.weekdays')) return 'weekdays';
  if (path.startsWith('recurrence')) return 'recurrenceKind';
  return path;
}

function AssignForm({
  clientId,
  library,
  onAssigned,
  onCancel,
}: {
  clientId: string;
  library: ExerciseLibrary;
  onAssigned: (a: AssignmentView) => void;
  onCancel: () => void;
}) {
  const today = todayLocal();
  const form = useForm<AssignValues, unknown, AssignmentCreate>({
    defaultValues: {
      exercise: '',
      startOn: today,
      recurrenceKind: '',
      dueOn: today,
      count: '7',
      weekdays: [],
      note: '',
    },
    resolver: recordResolver(AssignmentCreateSchema, toBody, fieldOf),
  });
  const draft = useDraft(assignDraftKey(clientId), form);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const submitter = useSubmission({
    form,
    draft,
    mutation: useCreateAssignment(clientId),
    onSent: onAssigned,
    onSubmitting: () => setProblem(null),
    onRefused: (e) => setProblem(applyFieldErrors(e, form, '')),
  });
  const exercise = useWatch({ control: form.control, name: 'exercise' });
  const kind = useWatch({ control: form.control, name: 'recurrenceKind' });
  const chosen = findExercise(library, exercise);
  const c = form.control;

  return (
    <form onSubmit={(e) => void submitter.submit(e)} noValidate aria-label="Assign an exercise">
      <Stack gap="md">
        <FormErrorAlert error={problem} />
        <Controller
          control={c}
          name="exercise"
          render={({ field, fieldState }) => (
            <NativeSelect
              ref={field.ref}
              name={field.name}
              value={field.value}
              onChange={(e) => field.onChange(e.currentTarget.value)}
              onBlur={field.onBlur}
              label="Exercise"
              description="Ladder exercises are grouped by rung, lowest first."
              required
              data={[{ value: '', label: 'Choose an exercise…' }, ...exerciseGroups(library)]}
              error={fieldState.error?.message}
            />
          )}
        />
        {chosen && (
          <Paper withBorder p="sm" radius="md" bg="gray.0" aria-label="Instructions for the client">
            <Stack gap={4}>
              <Text fw={600}>{chosen.title}</Text>
              <Text size="sm" c="dark.6">
                {KIND_LABELS[chosen.recordType]}
                {chosen.rung !== null ? ` · rung ${chosen.rung}` : ''}
              </Text>
              <Text size="sm">{chosen.instructions}</Text>
            </Stack>
          </Paper>
        )}
        <TextField control={c} name="startOn" label="Start on" type="date" required />
        <ChoiceField
          control={c}
          name="recurrenceKind"
          label="How often"
          required
          options={[
            { value: 'once', label: 'Once, by a date' },
            { value: 'daily', label: 'Every day' },
            { value: 'weekdays', label: 'On chosen weekdays' },
            { value: 'weekly', label: 'Once a week' },
          ]}
        />
        {kind === 'once' && <TextField control={c} name="dueOn" label="Due by" type="date" required />}
        {kind === 'weekdays' && (
          <ChecksField
            control={c}
            name="weekdays"
            label="Which days"
            options={WEEKDAY_NAMES.map((d, i) => ({ value: String(i + 1), label: d }))}
          />
        )}
        {(kind === 'daily' || kind === 'weekdays' || kind === 'weekly') && (
          <TextField
            control={c}
            name="count"
            label={
              kind === 'weekly'
                ? 'For how many weeks'
                : kind === 'daily'
                  ? 'For how many days'
                  : 'How many times in all'
            }
            required
          />
        )}
        <TextField control={c} name="note" label="A note for your client (optional)" long />
        <SubmitRetryNotice waiting={submitter.waiting} onRetry={submitter.retry} />
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => {
              draft.discard(); // thrown away on purpose
              onCancel();
            }}
          >
            Cancel
          </Button>
          <Button type="submit" loading={submitter.sending}>
            Assign
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Choose an exercise from the library, set when it is due, and add a note. */
export function AssignDialog({
  opened,
  onClose,
  clientId,
  clientName,
  onAssigned,
}: {
  opened: boolean;
  onClose: () => void;
  clientId: string;
  clientName: string;
  onAssigned: (a: AssignmentView) => void;
}) {
  const library = useExerciseLibrary();
  return (
    <Modal opened={opened} onClose={onClose} title={`Assign an exercise to ${clientName}`} size="lg">
      {library.isPending && <Text>Loading the exercise library…</Text>}
      {library.isError && (
        <Alert color="red" role="alert" title="The exercise library could not be loaded">
          Please try again in a moment.
        </Alert>
      )}
      {library.data && (
        <AssignForm clientId={clientId} library={library.data} onAssigned={onAssigned} onCancel={onClose} />
      )}
    </Modal>
  );
}
