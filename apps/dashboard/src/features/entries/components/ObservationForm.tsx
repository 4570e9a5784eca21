import { Button, Group, Stack, Text } from '@mantine/core';
import { BARRIERS } from '@askwell/domain';
import { useForm } from 'react-hook-form';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import type { NewEntryBody } from '../api/me';
import { useCreateEntry } from '../api/mutations';
import type { SubmitResult } from '@askwell/domain';
import {
  CHANNEL_LABELS,
  DIRECTNESS_LABELS,
  OBSERVED_RESPONSE_LABELS,
  SIZE_LABELS,
  optionsOf,
  todayLocal,
} from '../../../lib/labels';
import {
  ChecksField,
  ChoiceField,
  RatingControl,
  SelectField,
  TextField,
} from '../../../components/FormFields';
import { DraftStatusText, SubmitRetryNotice } from '../../../components/SendStatus';
import type { ObservationValues } from '../form-values';
import { NotMonitoredNote } from './Notices';
import { entryValidation, useEntrySubmission } from './useEntrySubmission';

const empty = (): ObservationValues => ({
  occurredOn: todayLocal(),
  where: '',
  whoAsked: '',
  whomAsked: '',
  what: '',
  size: '',
  channel: '',
  directness: '',
  response: '',
  helperReaction: null,
  assumedHelperFeeling: '',
  barrierThoughts: '',
  note: '',
  clientBarrierTags: [],
});

/** Rung 1: a request for help someone else made, and what came of it. */
export function ObservationForm({
  assignmentId,
  draftKey,
  onSaved,
}: {
  assignmentId: string | null;
  draftKey: string;
  onSaved: (result: SubmitResult) => void;
}) {
  const form = useForm<ObservationValues, unknown, NewEntryBody & { kind: 'observation' }>({
    defaultValues: empty(),
    resolver: entryValidation.resolver((v) => v.observationResolver(assignmentId)),
  });
  const create = useCreateEntry(draftKey);
  const { draft, problem, submitter, onSubmit } = useEntrySubmission({
    form,
    draftKey,
    errorPrefix: 'observation',
    mutation: create,
    onDone: onSaved,
  });
  const c = form.control;

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Observation">
      <Stack gap="lg">
        {draft.restoredAt && (
          <Text role="status" size="sm" c="dark.6">
            Your unfinished entry is back from where you left it.
          </Text>
        )}
        <NotMonitoredNote />
        <FormErrorAlert error={problem} />
        <TextField control={c} name="occurredOn" label="When did you see it?" type="date" required />
        <TextField control={c} name="where" label="Where (optional)" />
        <TextField
          control={c}
          name="whoAsked"
          label="Who asked for help?"
          description="A few words, like “a colleague”."
          required
        />
        <TextField control={c} name="whomAsked" label="Whom did they ask?" required />
        <TextField control={c} name="what" label="What did they ask for?" required />
        <ChoiceField
          control={c}
          name="size"
          label="How big was the request?"
          options={optionsOf(SIZE_LABELS)}
        />
        <SelectField
          control={c}
          name="channel"
          label="How did they ask?"
          options={optionsOf(CHANNEL_LABELS)}
          placeholder="Not sure"
        />
        <ChoiceField
          control={c}
          name="directness"
          label="Directly or indirectly?"
          options={optionsOf(DIRECTNESS_LABELS)}
        />
        <ChoiceField
          control={c}
          name="response"
          label="What was the answer?"
          options={optionsOf(OBSERVED_RESPONSE_LABELS)}
        />
        <RatingControl
          control={c}
          name="helperReaction"
          label="How did the helper seem to feel about it?"
          scale="rating"
          anchors={['glad to help', 'very annoyed']}
        />
        <TextField
          control={c}
          name="assumedHelperFeeling"
          label="What did you assume they would feel? (optional)"
          long
        />
        <TextField
          control={c}
          name="barrierThoughts"
          label="What thoughts about asking did you notice in yourself? (optional)"
          long
        />
        <TextField control={c} name="note" label="Anything else (optional)" long />
        <ChecksField
          control={c}
          name="clientBarrierTags"
          label="Did any of these show up in you? (optional)"
          options={BARRIERS.map((b) => ({ value: b.id, label: b.name, description: b.description }))}
        />
        <SubmitRetryNotice waiting={submitter.waiting} onRetry={submitter.retry} />
        <Group justify="space-between" align="center" wrap="wrap">
          <DraftStatusText status={draft.status} onSignIn={draft.signInToSave} />
          <Button type="submit" size="md" loading={submitter.sending}>
            Save observation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
