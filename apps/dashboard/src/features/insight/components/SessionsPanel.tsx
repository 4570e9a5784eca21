import { Alert, Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type SessionCreate, SessionCreateSchema } from '@askwell/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { FocusHeading } from '../../../components/FocusHeading';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { ApiError } from '../../../lib/api-client';
import { recordResolver } from '../../../lib/entry-resolver';
import { applyApiError } from '../../../lib/form-errors';
import { formatDay, todayLocal } from '../../../lib/labels';
import {
  createSession,
  insightKeys,
  sessionsQuery,
  type SessionView,
  updateSession,
  useSessions,
} from '../api/insight';

interface SessionValues {
  heldOn: string;
  note: string;
}

const toBody = (v: SessionValues) => ({ heldOn: v.heldOn, note: v.note.trim() === '' ? null : v.note });
const PRIVATE_HINT = 'Private to practitioners; never shown to the client.';

function SessionForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: SessionValues;
  submitLabel: string;
  onSubmit: (body: SessionCreate) => Promise<ApiError | null>;
  onCancel?: () => void;
}) {
  const form = useForm<SessionValues, unknown, SessionCreate>({
    defaultValues: initial,
    resolver: recordResolver(SessionCreateSchema, toBody),
  });
  const [problem, setProblem] = useState<ApiError | null>(null);
  const submit = form.handleSubmit(async (body) => {
    setProblem(null);
    const error = await onSubmit(body);
    if (error) setProblem(applyApiError(error, form.setError, ['heldOn', 'note']));
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
            <Button variant="default" onClick={onCancel}>
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
  const [editing, setEditing] = useState(false);
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
            initial={{ heldOn: current.heldOn, note: current.note ?? '' }}
            submitLabel="Save changes"
            onCancel={() => {
              setEditing(false);
              setStale(false);
              requestAnimationFrame(() => editButton.current?.focus());
            }}
            onSubmit={async (body) => {
              try {
                await updateSession(current, body);
                setEditing(false);
                setStale(false);
                await queryClient.invalidateQueries({ queryKey: insightKeys.sessions(clientId) });
                void queryClient.invalidateQueries({ queryKey: insightKeys.briefs(clientId) });
                return null;
              } catch (e) {
                if (e instanceof ApiError && e.status === 412) {
                  const list = await queryClient.fetchQuery({ ...sessionsQuery(clientId), staleTime: 0 });
                  const fresh = list.find((s) => s.id === session.id);
                  if (fresh) setLatest(fresh);
                  setStale(true);
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
  const queryClient = useQueryClient();
  const sessions = useSessions(clientId);
  const [recording, setRecording] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const keyRef = useRef<string>(crypto.randomUUID());
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
            initial={{ heldOn: todayLocal(), note: '' }}
            submitLabel="Save the session"
            onCancel={close}
            onSubmit={async (body) => {
              try {
                await createSession(clientId, body, keyRef.current);
                keyRef.current = crypto.randomUUID();
                close();
                setNotice(`Session of ${formatDay(body.heldOn)} recorded.`);
                await queryClient.invalidateQueries({ queryKey: insightKeys.sessions(clientId) });
                void queryClient.invalidateQueries({ queryKey: insightKeys.briefs(clientId) });
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
