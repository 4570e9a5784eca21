import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Blockquote,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import {
  DEFAULT_CRISIS_RESOURCES,
  IDLE_TIMEOUT_MINUTES,
  PracticeSettingsUpdateSchema,
  type PracticeSettingsUpdate,
  type PracticeView,
} from '@askwell/domain';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { type ApiError } from '../../../lib/api-client';
import { useDraft } from '../../../lib/drafts';
import { applyApiError } from '../../../lib/form-errors';
import { useUpdatePractice } from '../api/practice';

const { min, max } = IDLE_TIMEOUT_MINUTES;

/** Plain messages where the shared schema has none of its own (the schema's own messages always win). */
const resolver = zodResolver(PracticeSettingsUpdateSchema, {
  error: (issue) => {
    switch (issue.path?.[0]) {
      case 'idleTimeoutMinutes':
        return `Choose a whole number of minutes from ${min} to ${max}.`;
      case 'crisisResources':
        return issue.code === 'too_big'
          ? 'Keep the text under 4,000 characters.'
          : 'Write the text your clients should see, or choose the default.';
      default:
        return undefined;
    }
  },
});

interface Values {
  name: string;
  requireTwoFactor: boolean;
  idleTimeoutMinutes: number;
  crisisResources: string | null;
}

const valuesOf = (p: PracticeView): Values => ({
  name: p.name,
  requireTwoFactor: p.requireTwoFactor,
  idleTimeoutMinutes: p.idleTimeoutMinutes,
  crisisResources: p.crisisResourcesIsDefault ? null : p.crisisResources,
});

/** Only what changed is sent, so two owners editing different settings do not undo each other's work. */
function changesBetween(before: Values, after: PracticeSettingsUpdate): PracticeSettingsUpdate {
  const changes: PracticeSettingsUpdate = {};
  if (after.name !== undefined && after.name !== before.name) changes.name = after.name;
  if (after.requireTwoFactor !== undefined && after.requireTwoFactor !== before.requireTwoFactor)
    changes.requireTwoFactor = after.requireTwoFactor;
  if (after.idleTimeoutMinutes !== undefined && after.idleTimeoutMinutes !== before.idleTimeoutMinutes)
    changes.idleTimeoutMinutes = after.idleTimeoutMinutes;
  if (after.crisisResources !== undefined && after.crisisResources !== before.crisisResources)
    changes.crisisResources = after.crisisResources;
  return changes;
}

interface Props {
  practice: PracticeView;
  etag: string | null;
  /** After a save (the signed-in session shows some of these settings). */
  onSaved: () => void;
  /** Someone else changed the settings: load the latest (this form is remounted with them). */
  onReload: () => void;
}

/** Owner's practice settings. Remount it (key by version) when the practice changes underneath. */
export function PracticeSettingsForm({ practice, etag, onSaved, onReload }: Props) {
  const initial = valuesOf(practice);
  const form = useForm({ resolver, defaultValues: initial });
  const draft = useDraft('settings/practice', form);
  const update = useUpdatePractice();
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setProblem(null);
    setNote(null);
    const changes = changesBetween(initial, values);
    if (Object.keys(changes).length === 0) {
      setNote('Nothing has changed yet.');
      return;
    }
    try {
      await update.mutateAsync({ changes, etag });
      draft.discard();
      onSaved();
    } catch (e) {
      setProblem(
        applyApiError(e, form.setError, [
          'name',
          'requireTwoFactor',
          'idleTimeoutMinutes',
          'crisisResources',
        ]),
      );
    }
  });

  const stale = problem?.code === 'PRECONDITION_FAILED';

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Practice settings">
      <Stack gap="lg" maw={640}>
        {draft.restoredAt && (
          <Alert color="sage" title="Your unsaved changes are back" role="status">
            You were signed out before saving. Check the settings below, then save when you are ready.
          </Alert>
        )}
        <FormErrorAlert error={problem}>
          {stale && (
            <Group mt="sm">
              <Button
                variant="default"
                size="sm"
                onClick={() => {
                  draft.discard(); // the latest version replaces these changes, on purpose
                  onReload();
                }}
              >
                Load the latest version
              </Button>
            </Group>
          )}
        </FormErrorAlert>
        <TextInput
          label="Practice name"
          description="Your clients see this name."
          required
          {...form.register('name')}
          error={errors.name?.message}
        />
        <Controller
          control={form.control}
          name="requireTwoFactor"
          render={({ field }) => (
            <Switch
              ref={field.ref}
              name={field.name}
              checked={field.value}
              onChange={(e) => field.onChange(e.currentTarget.checked)}
              onBlur={field.onBlur}
              label="Require two-step sign-in for everyone who works with clients"
              description="Anyone who works with clients and is signed in without it is asked to sign in again and set it up (or enter a code). Turn it on for yourself first. Clients may choose it for themselves."
            />
          )}
        />
        <Controller
          control={form.control}
          name="idleTimeoutMinutes"
          render={({ field }) => (
            <NumberInput
              ref={field.ref}
              name={field.name}
              value={field.value}
              onChange={(v) => field.onChange(typeof v === 'number' ? v : Number.NaN)}
              onBlur={field.onBlur}
              label="Sign out after this many minutes without activity"
              description={`From ${min} to ${max} minutes. Shorter is safer on shared computers.`}
              min={min}
              max={max}
              step={5}
              allowDecimal={false}
              allowNegative={false}
              styles={{ input: { maxWidth: '10rem' } }}
              error={errors.idleTimeoutMinutes?.message}
            />
          )}
        />
        <Controller
          control={form.control}
          name="crisisResources"
          render={({ field }) => (
            <Stack gap="xs">
              <Checkbox
                label="Use Askwell's default crisis text"
                description="Clients see this text if something they write suggests they may be at risk."
                checked={field.value === null}
                onChange={(e) =>
                  field.onChange(
                    e.currentTarget.checked
                      ? null
                      : practice.crisisResourcesIsDefault
                        ? DEFAULT_CRISIS_RESOURCES
                        : practice.crisisResources,
                  )
                }
              />
              {field.value === null ? (
                <Blockquote color="sage" p="md" fz="md" aria-label="Default crisis text">
                  {DEFAULT_CRISIS_RESOURCES}
                </Blockquote>
              ) : (
                <Textarea
                  ref={field.ref}
                  name={field.name}
                  value={field.value}
                  onChange={(e) => field.onChange(e.currentTarget.value)}
                  onBlur={field.onBlur}
                  label="Crisis text for your clients"
                  description="Include local emergency numbers and crisis lines. Say plainly that you do not read entries in real time."
                  autosize
                  minRows={4}
                  maxRows={12}
                  required
                  error={errors.crisisResources?.message}
                />
              )}
            </Stack>
          )}
        />
        {note && (
          <Text role="status" c="dark.6">
            {note}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={isSubmitting}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
