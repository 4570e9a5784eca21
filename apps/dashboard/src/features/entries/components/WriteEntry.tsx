import { Alert, Anchor, Paper, Spoiler, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { EntryKind } from '@askwell/domain';
import { Link, useNavigate } from 'react-router';
import { links, paths } from '../../../config/paths';
import { afterEntryChange, useMyAssignments } from '../api/me';
import type { SubmitResult } from '@askwell/domain';
import { crisisNoticeOf, putSavedNotice } from '../flash';
import { KIND_LABELS } from '../../../lib/labels';
import { ExperimentPlanForm } from './ExperimentPlanForm';
import { ObservationForm } from './ObservationForm';
import { ReflectionForm } from './ReflectionForm';

const TITLES: Record<EntryKind, string> = {
  observation: 'Write an observation',
  experiment: 'Plan an experiment',
  reflection: 'Write a reflection',
};

const SAVED: Record<EntryKind, string> = {
  observation: 'Your observation is saved.',
  experiment: 'Your plan and prediction are saved. Come back here after you have asked.',
  reflection: 'Your reflection is saved.',
};

/** Draft keys follow the API's pattern: lower-case, digits and `:._-`. */
export const newEntryDraftKey = (kind: EntryKind, assignmentId: string | null) =>
  `${kind}:new:${assignmentId ?? 'free'}`;

/** A new entry of one kind, for an assignment (its instructions on top) or on the client's own initiative. */
export function WriteEntry({ kind, assignmentId }: { kind: EntryKind; assignmentId: string | null }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const assignments = useMyAssignments();
  const assignment = assignmentId ? assignments.data?.find((a) => a.id === assignmentId) : undefined;
  const draftKey = newEntryDraftKey(kind, assignmentId);

  const onSaved = (result: SubmitResult) => {
    afterEntryChange(queryClient, result.entry);
    putSavedNotice(result.entry.id, { message: SAVED[kind], ...crisisNoticeOf(result.risk) });
    void navigate(links.meEntry(result.entry.id));
  };

  return (
    <Stack gap="lg" maw={680} className="client-screen">
      <Anchor component={Link} to={paths.me} c="sage.8" size="sm">
        Back to this week
      </Anchor>
      <Title order={1}>{TITLES[kind]}</Title>
      {assignment && (
        <Paper withBorder p="md" radius="md" bg="sage.0">
          <Stack gap="xs">
            <Title order={2} size="h4">
              {assignment.exercise.title}
            </Title>
            {assignment.note && (
              <Text size="sm" className="entry-text">
                <Text span fw={600}>
                  From your practitioner:{' '}
                </Text>
                {assignment.note}
              </Text>
            )}
            <Spoiler maxHeight={96} showLabel="Show all instructions" hideLabel="Show less">
              <Text size="sm">{assignment.exercise.instructions}</Text>
            </Spoiler>
          </Stack>
        </Paper>
      )}
      {assignmentId && assignments.isSuccess && !assignment && (
        <Alert color="gray" role="status">
          This exercise is no longer active. You can still write this {KIND_LABELS[kind].toLowerCase()}.
        </Alert>
      )}
      {kind === 'observation' && (
        <ObservationForm assignmentId={assignmentId} draftKey={draftKey} onSaved={onSaved} />
      )}
      {kind === 'reflection' && (
        <ReflectionForm assignmentId={assignmentId} draftKey={draftKey} onSaved={onSaved} />
      )}
      {kind === 'experiment' && (
        <>
          <Text>
            First, the plan: write down what you will ask and what you expect, before you ask. Once you have
            asked, your prediction is kept as it was, so you can compare it with what really happens.
          </Text>
          <ExperimentPlanForm assignmentId={assignmentId} draftKey={draftKey} onSaved={onSaved} />
        </>
      )}
    </Stack>
  );
}
