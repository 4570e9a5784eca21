import {
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { FocusHeading } from '../../../components/FocusHeading';
import { ApiError } from '../../../lib/api-client';
import { useMyEntry, type VersionedEntry } from '../api/me';
import { useLockEntry, type SavedOutcome } from '../api/mutations';
import { crisisNoticeOf, dropSavedNotice, peekSavedNotice, type SavedNotice } from '../flash';
import { KIND_LABELS, formatDay } from '../../../lib/labels';
import { EntryDetails, PlanFacts } from './EntryDetails';
import { CrisisPanel } from './Notices';

// Only an experiment waiting for its outcome shows a form: the form (with react-hook-form and the entry
// fields) loads for those, as soon as the entry says so, instead of with every entry.
const loadForms = () => import('./ExperimentOutcomeForm');
const ExperimentOutcomeForm = lazy(async () => ({ default: (await loadForms()).ExperimentOutcomeForm }));

export const outcomeDraftKey = (entryId: string) => `experiment:outcome:${entryId}`;

/** Stage between plan and outcome: "I have made the request" locks the prediction. */
function LockStep({ versioned, onLocked }: { versioned: VersionedEntry; onLocked: () => void }) {
  const lock = useLockEntry();
  const problem = lock.error instanceof ApiError ? lock.error : null;
  return (
    <Stack gap="sm">
      <Text>
        When you have made the request (or decided not to), say so here. Your prediction is then kept exactly
        as it is, and you write down what really happened.
      </Text>
      {problem && (
        <Alert color="red" role="alert" title={problem.title}>
          {problem.detail ?? problem.message}
        </Alert>
      )}
      <Group>
        <Button
          size="md"
          loading={lock.isPending}
          onClick={() => lock.mutate(versioned, { onSuccess: onLocked })}
        >
          I have made the request
        </Button>
      </Group>
    </Stack>
  );
}

/** A client's own entry: read it back, and carry an experiment through its stages. */
export function MyEntry({ entryId }: { entryId: string }) {
  const query = useMyEntry(entryId);
  // The save that brought us here may have something to say at once (peek now, drop after showing).
  const [notice, setNotice] = useState<SavedNotice | undefined>(() => peekSavedNotice(entryId));
  useEffect(() => {
    dropSavedNotice(entryId);
  }, [entryId]);
  const awaitsOutcome = query.data?.entry.kind === 'experiment' && query.data.entry.state !== 'completed';
  useEffect(() => {
    if (awaitsOutcome) void loadForms().catch(() => undefined); // the form's own load tries again
  }, [awaitsOutcome]);

  if (query.isPending)
    return (
      <Center py="lg">
        <Loader role="status" aria-label="Loading your entry" />
      </Center>
    );
  if (query.isError)
    return (
      <Alert color="red" title="This entry could not be loaded" role="alert">
        {query.error instanceof ApiError && query.error.status === 404
          ? 'It may have been removed, or the link is wrong.'
          : 'Please try again in a moment.'}
      </Alert>
    );

  const { entry } = query.data;
  const onLocked = () =>
    setNotice({
      message: 'Your prediction is kept. Now write down what happened.',
      crisisResources: null,
      riskTier: null,
    });
  const onOutcome = (result: SavedOutcome) => {
    setNotice({
      message: 'Saved. Well done for following it through.',
      ...crisisNoticeOf(result.risk),
    });
  };

  return (
    <Stack gap="lg" maw={entry.kind === 'experiment' ? 960 : 680} className="client-screen">
      <Anchor component={Link} to={paths.me} c="sage.8" size="sm">
        Back to this week
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>{entry.exerciseTitle ?? KIND_LABELS[entry.kind]}</Title>
        <Group gap="xs">
          <Text size="sm" c="dark.6">
            {KIND_LABELS[entry.kind]} · {formatDay(entry.occurredOn)}
          </Text>
          {entry.sharing === 'private' && (
            <Badge variant="outline" color="dark" radius="sm" tt="none">
              Private
            </Badge>
          )}
        </Group>
      </Stack>
      {notice?.crisisResources && <CrisisPanel text={notice.crisisResources} tier={notice.riskTier} />}
      {notice && (
        <Alert color="sage" role="status">
          {notice.message}
        </Alert>
      )}
      {entry.kind === 'experiment' && entry.plan && entry.state === 'planned' && (
        <>
          <PlanFacts plan={entry.plan} title="Your prediction" order={2} />
          <LockStep versioned={query.data} onLocked={onLocked} />
        </>
      )}
      {entry.kind === 'experiment' && entry.plan && entry.state === 'locked' && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <div>
            <PlanFacts plan={entry.plan} title="Your prediction (kept as you wrote it)" order={2} />
          </div>
          <Stack gap="md">
            <FocusHeading order={2}>What really happened</FocusHeading>
            <Suspense
              fallback={
                <Center py="lg">
                  <Loader role="status" aria-label="Loading the form" />
                </Center>
              }
            >
              <ExperimentOutcomeForm
                entryId={entry.id}
                draftKey={outcomeDraftKey(entry.id)}
                hasFearedThought={entry.plan.fearedThought !== null}
                onSaved={onOutcome}
              />
            </Suspense>
          </Stack>
        </SimpleGrid>
      )}
      {(entry.kind !== 'experiment' || entry.state === 'completed') && (
        <EntryDetails entry={entry} predictionTitle="Your prediction" />
      )}
    </Stack>
  );
}
