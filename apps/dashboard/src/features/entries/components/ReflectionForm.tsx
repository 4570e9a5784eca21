import { Button, Group, Stack, Text } from '@mantine/core';
import { BARRIERS, getBarrier, isBarrierId } from '@askwell/domain';
import { useForm, useWatch } from 'react-hook-form';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import type { NewEntryBody } from '../api/me';
import { useCreateEntry } from '../api/mutations';
import type { SubmitResult } from '@askwell/domain';
import type { ReflectionValues } from '../form-values';
import { ChecksField, ChoiceField, SelectField, TextField } from '../../../components/FormFields';
import { DraftStatusText, SubmitRetryNotice } from '../../../components/SendStatus';
import { NotMonitoredNote, PRIVATE_FLAG_NOTE } from './Notices';
import { entryValidation, useEntrySubmission } from './useEntrySubmission';

const EMPTY: ReflectionValues = { text: '', promptBarrierId: '', clientBarrierTags: [], sharing: '' };

const barrierOptions = BARRIERS.map((b) => ({ value: b.id, label: b.name, description: b.description }));

/** Free writing, optionally answering a barrier's prompt, shared with the practitioner or kept private. */
export function ReflectionForm({
  assignmentId,
  draftKey,
  onSaved,
}: {
  assignmentId: string | null;
  draftKey: string;
  onSaved: (result: SubmitResult) => void;
}) {
  const form = useForm<ReflectionValues, unknown, NewEntryBody & { kind: 'reflection' }>({
    defaultValues: EMPTY,
    resolver: entryValidation.resolver((v) => v.reflectionResolver(assignmentId)),
  });
  const create = useCreateEntry(draftKey);
  const { draft, problem, submitter, onSubmit } = useEntrySubmission({
    form,
    draftKey,
    errorPrefix: 'reflection',
    mutation: create,
    onDone: onSaved,
  });
  const prompt = useWatch({ control: form.control, name: 'promptBarrierId' });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Reflection">
      <Stack gap="lg">
        {draft.restoredAt && (
          <Text role="status" size="sm" c="dark.6">
            Your unfinished text is back from where you left it.
          </Text>
        )}
        <NotMonitoredNote />
        <FormErrorAlert error={problem} />
        <SelectField
          control={form.control}
          name="promptBarrierId"
          label="A question to think about (optional)"
          options={BARRIERS.map((b) => ({ value: b.id, label: b.name }))}
          placeholder="No question, just write"
        />
        {isBarrierId(prompt) && (
          <Text fs="italic" className="entry-text">
            {getBarrier(prompt).prompt}
          </Text>
        )}
        <TextField
          control={form.control}
          name="text"
          label="Your reflection"
          description="In your own words. Nobody marks this."
          required
          long
        />
        <ChecksField
          control={form.control}
          name="clientBarrierTags"
          label="Did any of these show up? (optional)"
          options={barrierOptions}
        />
        <ChoiceField
          control={form.control}
          name="sharing"
          label="Who can read this?"
          required
          options={[
            { value: 'shared', label: 'Share with my practitioner' },
            { value: 'private', label: 'Keep private (only I can read it)' },
          ]}
        />
        <Text size="sm" c="dark.6">
          {PRIVATE_FLAG_NOTE}
        </Text>
        <SubmitRetryNotice waiting={submitter.waiting} onRetry={submitter.retry} />
        <Group justify="space-between" align="center" wrap="wrap">
          <DraftStatusText status={draft.status} onSignIn={draft.signInToSave} />
          <Button type="submit" size="md" loading={submitter.sending}>
            Save reflection
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
