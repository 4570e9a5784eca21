import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import {
  BARRIERS,
  CustomExerciseSchema,
  ENTRY_KINDS,
  LADDER,
  type CustomExercise,
  type CustomExerciseView,
} from '@askwell/domain';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import type { ApiError } from '../../../lib/api-client';
import { useDraft } from '../../../lib/drafts';
import { recordResolver } from '../../../lib/entry-resolver';
import { useSubmission } from '../../../lib/submission';
import { ChecksField, ChoiceField, SelectField, TextField } from '../../../components/FormFields';
import { SubmitRetryNotice } from '../../../components/SendStatus';
import { applyFieldErrors } from '../../../lib/form-errors';
import { KIND_LABELS } from '../../../lib/labels';
import { useCreateCustomExercise } from '../api/mutations';
import { customExerciseDraftKey } from '../draft-keys';

export interface CustomValues {
  title: string;
  instructions: string;
  recordType: string;
  rung: string;
  targetedBarriers: string[];
  frequencyKind: string;
  frequencyCount: string;
}

const EMPTY: CustomValues = {
  title: '',
  instructions: '',
  recordType: '',
  rung: 'any',
  targetedBarriers: [],
  frequencyKind: 'once',
  frequencyCount: '1',
};

function toBody(v: CustomValues): unknown {
  const count = Number(v.frequencyCount);
  return {
    title: v.title,
    instructions: v.instructions,
    recordType: v.recordType === '' ? undefined : v.recordType,
    rung: v.rung === 'any' ? null : Number(v.rung),
    targetedBarriers: v.targetedBarriers,
    suggestedFrequency: v.frequencyKind === 'once' ? { kind: 'once' } : { kind: v.frequencyKind, count },
  };
}

const fieldOf = (path: string) =>
  path.startsWith('suggestedFrequency.count')
    ? 'frequencyCount'
    : path.startsWith('suggestedFrequency')
      ? 'frequencyKind'
      : path.startsWith('targetedBarriers')
        ? 'targetedBarriers'
        : path;

function CustomExerciseForm({
  onCreated,
  onCancel,
}: {
  onCreated: (e: CustomExerciseView) => void;
  onCancel: () => void;
}) {
  const form = useForm<CustomValues, unknown, CustomExercise>({
    defaultValues: EMPTY,
    resolver: recordResolver(CustomExerciseSchema, toBody, fieldOf),
  });
  const draft = useDraft(customExerciseDraftKey, form);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const submitter = useSubmission({
    form,
    draft,
    mutation: useCreateCustomExercise(),
    onSent: onCreated,
    onSubmitting: () => setProblem(null),
    onRefused: (e) => setProblem(applyFieldErrors(e, form, '')),
  });
  const frequencyKind = useWatch({ control: form.control, name: 'frequencyKind' });
  const c = form.control;
  return (
    <form onSubmit={(e) => void submitter.submit(e)} noValidate aria-label="New custom exercise">
      <Stack gap="md">
        <Text size="sm" c="dark.6">
          Your exercise joins your practice&rsquo;s library beside the ladder&rsquo;s, ready to assign.
        </Text>
        <FormErrorAlert error={problem} />
        <TextField control={c} name="title" label="Title" required />
        <TextField
          control={c}
          name="instructions"
          label="Instructions for the client"
          description="Plain words, second person, at least 20 characters."
          required
          long
        />
        <ChoiceField
          control={c}
          name="recordType"
          label="What the client writes"
          required
          options={ENTRY_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
        />
        <SelectField
          control={c}
          name="rung"
          label="Rung"
          options={[
            { value: 'any', label: 'Any rung (a supporting practice)' },
            ...LADDER.map((r) => ({ value: String(r.rung), label: `${r.rung} · ${r.title}` })),
          ]}
          placeholder="Choose…"
        />
        <ChecksField
          control={c}
          name="targetedBarriers"
          label="Barriers it works on"
          options={BARRIERS.map((b) => ({ value: b.id, label: b.name }))}
        />
        <ChoiceField
          control={c}
          name="frequencyKind"
          label="Suggested frequency"
          options={[
            { value: 'once', label: 'Once' },
            { value: 'daily', label: 'Times a day' },
            { value: 'weekly', label: 'Times a week' },
          ]}
        />
        {frequencyKind !== 'once' && (
          <TextField control={c} name="frequencyCount" label="How many times" required />
        )}
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
            Create exercise
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function CustomExerciseDialog({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (e: CustomExerciseView) => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title="New custom exercise" size="lg">
      <CustomExerciseForm onCreated={onCreated} onCancel={onClose} />
    </Modal>
  );
}
