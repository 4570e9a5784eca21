import { Alert, Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type SessionCreate, SessionCreateSchema, type SessionView } from '@askwell/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { FocusHeading } from '../../../components/FocusHeading';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { ApiError } from '../../../lib/api-client';
import { recordResolver } from '../../../lib/entry-resolver';
import { applyApiError } from '../../../lib/form-errors';
import { formatDay, todayLocal } from '../../../lib/labels';
import { dropDraft, hasDraft } from '../../../lib/draft-store';
import { useDraft } from '../../../lib/drafts';
import { newIdempotencyKey } from '../../../lib/write';
import { sessionsQuery, useSessions } from '../api/insight';
import { useCreateSession, useUpdateSession } from '../api/mutations';

interface SessionValues {
  heldOn: string;
  note: string;
}

const toBody = (v: SessionValues) => ({ heldOn: v.heldOn, note: v.note.trim() === '' ? null : v.note });
const PRIVATE_HINT = 'Private to practitioners; never shown to the client.';

function SessionForm({
  draftKey,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  /** Where the unsent note is kept on this device (lib/drafts.ts). */
  draftKey: string;
  initial: SessionValues;
  submitLabel: string;
  onSubmit: (body: SessionCreate) => Promise<ApiError | null>;
  onCancel?: () => void;
}) {
  const form = useForm<SessionValues, unknown, SessionCreate>({
    defaultValues: initial,
    resolver: recordResolver(SessionCreateSchema, toBody),
  });
  const draft = useDraft(draftKey, form);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const submit = form.handleSubmit(async (body) => {
    setProblem(null);
    const error = await onSubmit(body);
    if (error) setProblem(applyApiError(error, form.setError, ['heldOn', 'note']));
    else draft.discard();
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <TextInput
          type="date"
          label="Date of the session"
          {...form.register('heldOn')}
          error={errors.heldOn?.message}
          maw={220}
          required
        />
        <Textarea
          label="Private note"
          description={PRIVATE_HINT}
          {...form.register('note')}
          error={errors.note?.message}
          autosize
          minRows={3}
        />
        <FormErrorAlert error={problem} />
        <Group gap="sm">
          <Button type="submit" loading={isSubmitting}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button
              variant="default"
              onClick={() => {
                draft.discard(); // thrown away on purpose
                onCancel();
              }}
            >
              Cancel
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

function SessionItem({ session, clientId }: { session: SessionView; clientId: string }) {
  const queryClient = useQueryClient();
  const update = useUpdateSession(clientId);
  // An edit left unsent (the page closed, the session ended) opens again with its text.
  const [editing, setEditing] = useState(() => hasDraft(`session/${session.id}`));
  const [stale, setStale] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const [latest, setLatest] = useState<SessionView>(session);
  const editButton = useRef<HTMLButtonElement>(null);
  const current = editing ? latest : session;
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      {editing ? (
        <Stack gap="sm">
          {stale && (
            <Alert color="orange" role="alert" title="Changed meanwhile">
              Someone changed this session since you opened it. The form now shows the latest version; make
              your change again if it is still needed.
            </Alert>
          )}
          <SessionForm
            key={formKey}
            draftKey={`session/${session.id}`}
            initial={{ heldOn: current.heldOn, note: current.note ?? '' }}
            submitLabel="Save changes"
            onCancel={() => {
              setEditing(false);
              setStale(false);
              requestAnimationFrame(() => editButton.current?.focus());
            }}
            onSubmit={async (body) => {
              try {
                await update.mutateAsync({ session: current, body });
                setEditing(false);
                setStale(false);
                return null;
              } catch (e) {
                if (e instanceof ApiError && e.status === 412) {
                  const list = await queryClient.fetchQuery({ ...sessionsQuery(clientId), staleTime: 0 });
                  const fresh = list.find((s) => s.id === session.id);
                  if (fresh) setLatest(fresh);
                  setStale(true);
                  dropDraft(`session/${session.id}`); // the form shows the latest now, not the edit
                  setFormKey((k) => k + 1);
                  return null;
                }
                return e instanceof ApiError ? e : new ApiError(0, 'UNEXPECTED', 'Something went wrong');
              }
            }}
          />
        </Stack>
      ) : (
        <Stack gap={4}>
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text fw={600}>{formatDay(session.heldOn)}</Text>
            <Button
              ref={editButton}
              variant="default"
              size="xs"
              aria-label={`Edit the session of ${formatDay(session.heldOn)}`}
              onClick={() => {
                setLatest(session);
                setEditing(true);
              }}
            >
              Edit
            </Button>
          </Group>
          <Text size="sm" c="dark.6">
            With {session.practitioner.displayName}
          </Text>
          <Text size="sm" className="entry-text">
            {session.note ?? 'No note.'}
          </Text>
        </Stack>
      )}
    </Paper>
  );
}

/** Sessions held with the client and their private notes; the brief's period starts after the last one. */
export function SessionsPanel({ clientId }: { clientId: string }) {
  const sessions = useSessions(clientId);
  const create = useCreateSession(clientId);
  const [recording, setRecording] = useState(() => hasDraft(`session/new/${clientId}`));
  const [notice, setNotice] = useState<string | null>(null);
  const keyRef = useRef<string>(newIdempotencyKey());
  const recordButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    setRecording(false);
    // Back to where the person started, so the keyboard does not land at the top of the page.
    requestAnimationFrame(() => recordButton.current?.focus());
  };
  return (
    <Stack gap="lg">
      <Text size="sm" c="dark.6">
        The pre-session brief covers the days after the last session recorded here. {PRIVATE_HINT}
      </Text>
      {notice && (
        <Alert
          color="sage"
          role="status"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setNotice(null)}
        >
          {notice}
        </Alert>
      )}
      {recording ? (
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="record-session-title">
          <div id="record-session-title">
            <FocusHeading order={3}>Record a session</FocusHeading>
          </div>
          <SessionForm
            draftKey={`session/new/${clientId}`}
            initial={{ heldOn: todayLocal(), note: '' }}
            submitLabel="Save the session"
            onCancel={close}
            onSubmit={async (body) => {
              try {
                // One key per session being recorded, kept across retries and a second press until it is stored.
                await create.mutateAsync({ body, idempotencyKey: keyRef.current });
                keyRef.current = newIdempotencyKey();
                close();
                setNotice(`Session of ${formatDay(body.heldOn)} recorded.`);
                return null;
              } catch (e) {
                return e instanceof ApiError ? e : new ApiError(0, 'UNEXPECTED', 'Something went wrong');
              }
            }}
          />
        </Paper>
      ) : (
        <Group>
          <Button ref={recordButton} onClick={() => setRecording(true)}>
            Record a session
          </Button>
        </Group>
      )}
      <Stack gap="xs" component="section" aria-labelledby="sessions-title">
        <Title order={3} size="h4" id="sessions-title">
          Sessions
        </Title>
        {sessions.isPending ? (
          <Text size="sm">Loading…</Text>
        ) : sessions.isError ? (
          <Text size="sm" role="alert">
            The sessions could not be loaded.
          </Text>
        ) : sessions.data.length === 0 ? (
          <Text size="sm">No sessions recorded yet.</Text>
        ) : (
          <Stack
            gap="xs"
            component="ul"
            aria-label="Sessions"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {sessions.data.map((s) => (
              <SessionItem key={s.id} session={s} clientId={clientId} />
            ))}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}
