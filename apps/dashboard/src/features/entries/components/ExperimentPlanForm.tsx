import { Button, Group, Stack, Text } from '@mantine/core';
import { BARRIERS, LIFE_AREAS, type SubmitResult } from '@askwell/domain';
import { useForm } from 'react-hook-form';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { RatingControl, ChecksField, SelectField, TextField } from '../../../components/FormFields';
import { DraftStatusText, SubmitRetryNotice } from '../../../components/SendStatus';
import { CHANNEL_LABELS, SAFETY_BEHAVIOUR_LABELS, optionsOf, todayLocal } from '../../../lib/labels';
import type { NewEntryBody } from '../api/me';
import { useCreateEntry } from '../api/mutations';
import type { PlanValues } from '../form-values';
import { NotMonitoredNote } from './Notices';
import { entryValidation, useEntrySubmission } from './useEntrySubmission';

const emptyPlan = (): PlanValues => ({
  helper: '',
  request: '',
  channel: '',
  lifeArea: '',
  plannedOn: todayLocal(),
  obstacles: '',
  fearedThought: '',
  beliefBefore: null,
  predictedYesChance: null,
  predictedAnnoyance: null,
  anticipatedDistress: null,
  expectedBarriers: [],
  plannedSafetyBehaviours: [],
});

const barrierOptions = BARRIERS.map((b) => ({ value: b.id, label: b.name, description: b.description }));

/** Stage 1: the request and the prediction, written before asking. */
export function ExperimentPlanForm({
  assignmentId,
  draftKey,
  onSaved,
}: {
  assignmentId: string | null;
  draftKey: string;
  onSaved: (result: SubmitResult) => void;
}) {
  const form = useForm<PlanValues, unknown, NewEntryBody & { kind: 'experiment' }>({
    defaultValues: emptyPlan(),
    resolver: entryValidation.resolver((v) => v.planResolver(assignmentId)),
  });
  const create = useCreateEntry(draftKey);
  const { draft, problem, submitter, onSubmit } = useEntrySubmission({
    form,
    draftKey,
    errorPrefix: 'plan',
    mutation: create,
    onDone: onSaved,
  });
  const c = form.control;

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Plan and prediction">
      <Stack gap="lg">
        {draft.restoredAt && (
          <Text role="status" size="sm" c="dark.6">
            Your unfinished plan is back from where you left it.
          </Text>
        )}
        <NotMonitoredNote />
        <FormErrorAlert error={problem} />
        <TextField
          control={c}
          name="helper"
          label="Whom will you ask?"
          description="Like “my neighbour” or “the pharmacist”."
          required
        />
        <TextField control={c} name="request" label="What will you ask for?" required />
        <SelectField
          control={c}
          name="channel"
          label="How will you ask?"
          options={optionsOf(CHANNEL_LABELS)}
          required
        />
        <SelectField
          control={c}
          name="lifeArea"
          label="Which part of life is it about?"
          options={LIFE_AREAS.map((a) => ({ value: a.id, label: a.name }))}
          required
        />
        <TextField control={c} name="plannedOn" label="When do you plan to ask?" type="date" required />
        <TextField control={c} name="obstacles" label="What might get in the way? (optional)" long />
        <TextField
          control={c}
          name="fearedThought"
          label="The thought you are afraid of, in your own words (optional)"
          description="For example: “They will think I can’t cope.”"
          long
        />
        <RatingControl
          control={c}
          name="beliefBefore"
          label="How true does that thought feel right now?"
          scale="percent"
          anchors={['not true at all', 'completely true']}
        />
        <RatingControl
          control={c}
          name="predictedYesChance"
          label="How likely is a yes?"
          scale="percent"
          anchors={['no chance', 'certain']}
        />
        <RatingControl
          control={c}
          name="predictedAnnoyance"
          label="How annoyed do you expect them to be?"
          scale="rating"
          anchors={['glad to help', 'very annoyed']}
        />
        <RatingControl
          control={c}
          name="anticipatedDistress"
          label="How upset do you expect to feel while asking?"
          scale="rating"
          anchors={['calm', 'the worst distress imaginable']}
        />
        <ChecksField
          control={c}
          name="expectedBarriers"
          label="Which of these do you expect to show up? (optional)"
          options={barrierOptions}
        />
        <ChecksField
          control={c}
          name="plannedSafetyBehaviours"
          label="Things you plan to do to make asking feel safer (optional)"
          options={optionsOf(SAFETY_BEHAVIOUR_LABELS)}
        />
        <SubmitRetryNotice waiting={submitter.waiting} onRetry={submitter.retry} />
        <Group justify="space-between" align="center" wrap="wrap">
          <DraftStatusText status={draft.status} onSignIn={draft.signInToSave} />
          <Button type="submit" size="md" loading={submitter.sending}>
            Save my plan
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
