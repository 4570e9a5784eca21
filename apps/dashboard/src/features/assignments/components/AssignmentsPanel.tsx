import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { Placeholder, PlaceholderRows } from '../../../components/Placeholder';
import { ApiError } from '../../../lib/api-client';
import type { AssignmentView } from '@askwell/domain';
import { KIND_LABELS, formatDay } from '../../../lib/labels';
import { assignmentKeys, changeAssignment, type AssignmentAction } from '../api/assignments';
import { describeRecurrence } from '../describe';

const STATUS_WORDS: Record<AssignmentView['status'], string> = {
  active: 'Active',
  paused: 'Paused',
  ended: 'Ended',
};

function AssignmentItem({ assignment, onChanged }: { assignment: AssignmentView; onChanged: () => void }) {
  const [pending, setPending] = useState<AssignmentAction | null>(null);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const a = assignment;
  const act = async (action: AssignmentAction) => {
    setPending(action);
    setProblem(null);
    try {
      await changeAssignment(a, action);
      setConfirmEnd(false);
      setProblem(null);
      onChanged();
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError(0, 'UNEXPECTED', 'Something went wrong');
      setProblem(error);
      // Changed by someone else (412) or already moved on (409): show the latest.
      if (error.status === 412 || error.status === 409) onChanged();
    } finally {
      setPending(null);
    }
  };
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
              <Button
                size="xs"
                variant="default"
                loading={pending === 'pause'}
                onClick={() => void act('pause')}
              >
                Pause
              </Button>
            )}
            {a.status === 'paused' && (
              <Button
                size="xs"
                variant="default"
                loading={pending === 'resume'}
                onClick={() => void act('resume')}
              >
                Resume
              </Button>
            )}
            {confirmEnd ? (
              <>
                <Text size="sm">End this exercise for good?</Text>
                <Button size="xs" color="red.9" loading={pending === 'end'} onClick={() => void act('end')}>
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
  const queryClient = useQueryClient();
  const reload = () => void queryClient.invalidateQueries({ queryKey: assignmentKeys.forClient(clientId) });
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
            <AssignmentItem key={a.id} assignment={a} onChanged={reload} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
