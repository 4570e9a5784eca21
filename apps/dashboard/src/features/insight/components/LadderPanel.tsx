import { Alert, Badge, Button, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { LADDER, type ReadinessSuggestion } from '@askwell/domain';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { ApiError } from '../../../lib/api-client';
import { useDraft } from '../../../lib/drafts';
import { formatTime } from '../../../lib/labels';
import type { RungDecisionView } from '@askwell/domain';
import { useRungDecisions } from '../api/insight';
import { useDecideRung } from '../api/mutations';

const rungTitle = (rung: number | null) => {
  if (rung === null) return 'not set';
  const info = LADDER.find((r) => r.rung === rung);
  return info ? `${rung} · ${info.title}` : String(rung);
};

/** The reasons behind the suggestion, each met or not yet, in words and not by colour alone. */
export function ReadinessReasons({ readiness }: { readiness: ReadinessSuggestion }) {
  return (
    <List spacing={6} listStyleType="none" p={0} aria-label="Readiness reasons">
      {readiness.reasons.map((r) => (
        <List.Item key={r.code}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Badge
              radius="sm"
              tt="none"
              variant={r.met ? 'filled' : 'outline'}
              color={r.met ? 'sage.8' : 'dark.6'}
              miw={64}
              style={{ flexShrink: 0 }}
            >
              {r.met ? 'Met' : 'Not yet'}
            </Badge>
            <Text size="sm">{r.detail}</Text>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

function History({ decisions }: { decisions: RungDecisionView[] }) {
  if (decisions.length === 0) return <Text size="sm">No decisions yet.</Text>;
  return (
    <Stack
      gap="xs"
      component="ul"
      aria-label="Decisions"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {decisions.map((d) => (
        <Paper key={d.id} component="li" withBorder p="sm" radius="md">
          <Text size="sm" fw={600}>
            {d.decision === 'approve'
              ? `Moved from rung ${d.fromRung ?? '–'} to rung ${d.toRung ?? '–'}`
              : `Not yet: stayed on rung ${d.fromRung ?? '–'}`}
          </Text>
          <Text size="sm" c="dark.6">
            {d.decidedBy.displayName}, {formatTime(d.createdAt)}
          </Text>
          {d.note && (
            <Text size="sm" className="entry-text">
              {d.note}
            </Text>
          )}
        </Paper>
      ))}
    </Stack>
  );
}

/**
 * The readiness suggestion and the practitioner's answer to it. The suggestion never moves anyone: Approve
 * moves the client one rung up, Not yet records the choice; both keep a note and show in the history.
 */
export function LadderPanel({
  clientId,
  currentRung,
  readiness,
}: {
  clientId: string;
  currentRung: number | null;
  readiness: ReadinessSuggestion | undefined;
}) {
  const decisions = useRungDecisions(clientId);
  // The note keeps a local copy like every form (lib/drafts.ts).
  const noteForm = useForm({ defaultValues: { note: '' } });
  const noteDraft = useDraft(`rung-decision/${clientId}`, noteForm);
  const note = useWatch({ control: noteForm.control, name: 'note' });
  const deciding = useDecideRung(clientId);
  const pending = deciding.isPending ? deciding.variables.decision : null;
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const next = currentRung !== null && currentRung < 6 ? currentRung + 1 : null;

  const decide = async (decision: 'approve' | 'decline') => {
    setProblem(null);
    setDone(null);
    try {
      const d = await deciding.mutateAsync({ decision, note: note.trim() ? note.trim() : null });
      noteDraft.discard();
      noteForm.reset({ note: '' });
      setDone(
        decision === 'approve'
          ? `Approved. The client is now on rung ${d.toRung ?? '–'}.`
          : 'Recorded: not yet. The client stays on this rung.',
      );
    } catch (e) {
      setProblem(e instanceof ApiError ? e : new ApiError(0, 'UNEXPECTED', 'Something went wrong'));
    }
  };

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="readiness-title">
        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap">
            <Title order={3} size="h4" id="readiness-title">
              Readiness for the next rung
            </Title>
            {readiness?.ready && next !== null && (
              <Badge color="sage.8" radius="sm" tt="none" size="lg">
                Ready to discuss rung {next}
              </Badge>
            )}
          </Group>
          <Text size="sm">Current rung: {rungTitle(currentRung)}.</Text>
          <Text size="sm" c="dark.6">
            A suggestion based on what they learned, not on distress falling. It never moves anyone on its
            own: talk it over, then decide.
          </Text>
          {readiness ? <ReadinessReasons readiness={readiness} /> : <Text size="sm">Loading…</Text>}
          <Textarea
            label="A note on your decision (optional)"
            {...noteForm.register('note')}
            autosize
            minRows={2}
            maxLength={1000}
          />
          <FormErrorAlert error={problem} />
          {done && (
            <Alert color="sage" role="status" title="Saved">
              {done}
            </Alert>
          )}
          <Group gap="sm">
            {next !== null ? (
              <Button
                loading={pending === 'approve'}
                disabled={pending !== null}
                onClick={() => void decide('approve')}
              >
                Approve: move to rung {next}
              </Button>
            ) : (
              <Text size="sm">
                {currentRung === null ? 'Set the current rung first.' : 'This is the top rung.'}
              </Text>
            )}
            <Button
              variant="default"
              loading={pending === 'decline'}
              disabled={pending !== null}
              onClick={() => void decide('decline')}
            >
              Not yet
            </Button>
          </Group>
        </Stack>
      </Paper>
      <Stack gap="xs" component="section" aria-labelledby="decisions-title">
        <Title order={3} size="h4" id="decisions-title">
          Decision history
        </Title>
        {decisions.isPending ? (
          <Text size="sm">Loading…</Text>
        ) : decisions.isError ? (
          <Text size="sm" role="alert">
            The history could not be loaded.
          </Text>
        ) : (
          <History decisions={decisions.data} />
        )}
      </Stack>
    </Stack>
  );
}
