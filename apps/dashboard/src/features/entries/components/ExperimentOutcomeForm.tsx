import { Button, Group, Stack, Text } from '@mantine/core';
import type { ExperimentOutcome } from '@askwell/domain';
import { useForm, useWatch } from 'react-hook-form';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { ChecksField, ChoiceField, RatingControl, TextField } from '../../../components/FormFields';
import { DraftStatusText, SubmitRetryNotice } from '../../../components/SendStatus';
import { blanksToNull } from '../../../lib/entry-resolver';
import {
  DID_ASK_LABELS,
  NEXT_STEP_LABELS,
  RESPONSE_LABELS,
  SAFETY_BEHAVIOUR_LABELS,
  optionsOf,
  todayLocal,
} from '../../../lib/labels';
import { useSaveOutcome, type SavedOutcome } from '../api/mutations';
import type { OutcomeValues } from '../form-values';
import { NotMonitoredNote } from './Notices';
import { entryValidation, useEntrySubmission } from './useEntrySubmission';

const emptyOutcome = (): OutcomeValues => ({
  didAsk: '',
  whatGotInTheWay: '',
  askedOn: todayLocal(),
  whatHappened: '',
  response: '',
  helperReaction: null,
  peakDistress: null,
  safetyBehavioursUsed: [],
  fitWithPrediction: '',
  meaningForFearedThought: '',
  beliefAfter: null,
  learning: '',
  nextStep: '',
});

/** Answers that do not apply when the client did not ask are sent empty, whatever the hidden fields hold. */
function prepareOutcome(values: OutcomeValues): unknown {
  const v = blanksToNull(values);
  return values.didAsk === 'no'
    ? { ...v, askedOn: null, response: null, helperReaction: null }
    : { ...v, whatGotInTheWay: null };
}

/** Stage 2: what really happened. The form only; the page shows the client's own prediction beside it. */
export function ExperimentOutcomeForm({
  entryId,
  draftKey,
  hasFearedThought,
  onSaved,
}: {
  entryId: string;
  draftKey: string;
  hasFearedThought: boolean;
  onSaved: (result: SavedOutcome) => void;
}) {
  const form = useForm<OutcomeValues, unknown, ExperimentOutcome>({
    defaultValues: emptyOutcome(),
    resolver: entryValidation.resolver((v) => v.outcomeResolver(prepareOutcome)),
  });
  // Saving an outcome is an update (If-Match), not a create: the same answer may safely be sent again.
  const save = useSaveOutcome(entryId, draftKey);
  const { draft, problem, submitter, onSubmit } = useEntrySubmission({
    form,
    draftKey,
    errorPrefix: 'outcome',
    mutation: save,
    onDone: onSaved,
  });
  const c = form.control;
  const didAsk = useWatch({ control: c, name: 'didAsk' });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="What happened">
      <Stack gap="lg">
        {draft.restoredAt && (
          <Text role="status" size="sm" c="dark.6">
            Your unfinished answers are back from where you left them.
          </Text>
        )}
        <NotMonitoredNote />
        <FormErrorAlert error={problem} />
        <ChoiceField
          control={c}
          name="didAsk"
          label="Did you ask?"
          options={optionsOf(DID_ASK_LABELS)}
          required
        />
        {didAsk === 'no' ? (
          <TextField
            control={c}
            name="whatGotInTheWay"
            label="What got in the way?"
            description="Not asking is worth understanding too."
            long
            required
          />
        ) : (
          <>
            <TextField control={c} name="askedOn" label="When did you ask?" type="date" required />
            <ChoiceField
              control={c}
              name="response"
              label="What was the answer?"
              options={optionsOf(RESPONSE_LABELS)}
              required
            />
            <RatingControl
              control={c}
              name="helperReaction"
              label="How did they seem to feel about it?"
              scale="rating"
              anchors={['glad to help', 'very annoyed']}
            />
          </>
        )}
        <TextField control={c} name="whatHappened" label="What happened? (optional)" long />
        <RatingControl
          control={c}
          name="peakDistress"
          label="How upset did you feel at the worst moment?"
          scale="rating"
          anchors={['calm', 'the worst distress imaginable']}
        />
        <ChecksField
          control={c}
          name="safetyBehavioursUsed"
          label="Did you do any of these? (optional)"
          options={optionsOf(SAFETY_BEHAVIOUR_LABELS)}
        />
        <TextField
          control={c}
          name="fitWithPrediction"
          label="How did it fit with what you predicted? (optional)"
          long
        />
        {hasFearedThought && (
          <>
            <TextField
              control={c}
              name="meaningForFearedThought"
              label="What does this mean for the thought you were afraid of? (optional)"
              long
            />
            <RatingControl
              control={c}
              name="beliefAfter"
              label="How true does that thought feel now?"
              scale="percent"
              anchors={['not true at all', 'completely true']}
            />
          </>
        )}
        <TextField control={c} name="learning" label="What did you learn? (optional)" long />
        <ChoiceField
          control={c}
          name="nextStep"
          label="What next? (optional)"
          options={optionsOf(NEXT_STEP_LABELS)}
        />
        <SubmitRetryNotice waiting={submitter.waiting} onRetry={submitter.retry} />
        <Group justify="space-between" align="center" wrap="wrap">
          <DraftStatusText status={draft.status} onSignIn={draft.signInToSave} />
          <Button type="submit" size="md" loading={submitter.sending}>
            Save what happened
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
