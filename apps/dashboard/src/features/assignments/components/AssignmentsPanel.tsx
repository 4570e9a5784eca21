import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { Placeholder, PlaceholderRows } from '../../../components/Placeholder';
import { ApiError } from '../../../lib/api-client';
import type { AssignmentView } from '@askwell/domain';
import { KIND_LABELS, formatDay } from '../../../lib/labels';
import type { AssignmentAction } from '../api/assignments';
import { useChangeAssignment } from '../api/mutations';
import { describeRecurrence } from '../describe';

const STATUS_WORDS: Record<AssignmentView['status'], string> = {
  active: 'Active',
  paused: 'Paused',
  ended: 'Ended',
};

function AssignmentItem({ assignment, clientId }: { assignment: AssignmentView; clientId: string }) {
  const change = useChangeAssignment(clientId);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const a = assignment;
  // Changed by someone else (412) or already moved on (409): the list is read again either way.
  const problem = change.error
    ? change.error instanceof ApiError
      ? change.error
      : new ApiError(0, 'UNEXPECTED', 'Something went wrong')
    : null;
  const pending = change.isPending ? change.variables.action : null;
  const act = (action: AssignmentAction) =>
    change.mutate({ assignment: a, action }, { onSuccess: () => setConfirmEnd(false) });
  const stale = problem?.code === 'PRECONDITION_FAILED';
  const headingId = `assignment-${a.id}`;
  return (
    <Paper component="li" withBorder p="sm" radius="md" aria-labelledby={headingId}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fw={600} id={headingId}>
            {a.exercise.title}
          </Text>
          <Badge
            variant={a.status === 'active' ? 'filled' : 'outline'}
            color={a.status === 'active' ? 'sage.7' : 'dark'}
            radius="sm"
            tt="none"
          >
            {STATUS_WORDS[a.status]}
          </Badge>
        </Group>
        <Text size="sm" c="dark.6">
          {KIND_LABELS[a.exercise.recordType]}
          {a.exercise.rung !== null ? ` · rung ${a.exercise.rung}` : ''} · from {formatDay(a.startOn)} ·{' '}
          {describeRecurrence(a.recurrence)}
          {a.endedOn ? ` · ended ${formatDay(a.endedOn)}` : ''}
        </Text>
        {a.note && (
          <Text size="sm" className="entry-text">
            Note: {a.note}
          </Text>
        )}
        {problem && (
          <Alert color="red" role="alert" title={stale ? 'Changed meanwhile' : problem.title}>
            {stale
              ? 'This assignment changed since you loaded it. The latest version is shown now; check it and try again.'
              : (problem.detail ?? problem.message)}
          </Alert>
        )}
        {a.status !== 'ended' && (
          <Group gap="xs">
            {a.status === 'active' && (
              <Button size="xs" variant="default" loading={pending === 'pause'} onClick={() => act('pause')}>
                Pause
              </Button>
            )}
            {a.status === 'paused' && (
              <Button
                size="xs"
                variant="default"
                loading={pending === 'resume'}
                onClick={() => act('resume')}
              >
                Resume
              </Button>
            )}
            {confirmEnd ? (
              <>
                <Text size="sm">End this exercise for good?</Text>
                <Button size="xs" color="red.9" loading={pending === 'end'} onClick={() => act('end')}>
                  Yes, end it
                </Button>
                <Button size="xs" variant="default" onClick={() => setConfirmEnd(false)}>
                  Keep it
                </Button>
              </>
            ) : (
              <Button size="xs" variant="default" onClick={() => setConfirmEnd(true)}>
                End
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * A client's assignments, ended last, with pause, resume and end. The client's page asks for them
 * (useClientAssignments) beside the client itself and draws this once they are in.
 */
export function AssignmentsPanel({
  clientId,
  assignments,
}: {
  clientId: string;
  assignments: UseQueryResult<AssignmentView[]>;
}) {
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        Exercises
      </Title>
      {assignments.isPending && (
        <Placeholder label="Loading exercises">
          <PlaceholderRows count={1} height={138} />
        </Placeholder>
      )}
      {assignments.isError && (
        <Alert color="red" role="alert" title="The exercises could not be loaded">
          Please try again in a moment.
        </Alert>
      )}
      {assignments.data?.length === 0 && <Text c="dark.6">Nothing assigned yet.</Text>}
      {assignments.data && assignments.data.length > 0 && (
        <Stack
          gap="xs"
          component="ul"
          aria-label="Assigned exercises"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {assignments.data.map((a) => (
            <AssignmentItem key={a.id} assignment={a} clientId={clientId} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
