import { Alert, Anchor, Button, Group, Paper, Skeleton, Spoiler, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { links, paths } from '../../../config/paths';
import { Placeholder } from '../../../components/Placeholder';
import { ApiError } from '../../../lib/api-client';
import { useMyEntries, useMyWeek } from '../../entries';
import type { EntryView, OccurrenceStatus, WeekView } from '@askwell/domain';
import { KIND_LABELS, formatDay } from '../../../lib/labels';

const STATUS_WORDS: Record<OccurrenceStatus, string> = {
  done: 'Done',
  due: 'Due today',
  overdue: 'Not done yet',
  upcoming: 'Coming up',
};

const STATUS_COLOR: Record<OccurrenceStatus, string> = {
  done: 'sage.8',
  due: 'blue.9',
  overdue: '#9c3d00',
  upcoming: 'gray.7',
};

const ACTION_WORDS = {
  observation: 'Write an observation',
  experiment: 'Plan an experiment',
  reflection: 'Write a reflection',
} as const;

type Item = WeekView['items'][number];

function WeekItem({ item }: { item: Item }) {
  const { assignment, occurrences } = item;
  const open = occurrences.filter((o) => o.status === 'due' || o.status === 'overdue').length;
  const done = occurrences.filter((o) => o.status === 'done').length;
  const headingId = `assignment-${assignment.id}`;
  return (
    <Paper component="li" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={3} size="h4" id={headingId}>
            {assignment.exercise.title}
          </Title>
          <Text size="sm" c="dark.6">
            {KIND_LABELS[assignment.exercise.recordType]} · {done} of {occurrences.length} done this week
            {open > 0 ? ` · ${open} waiting` : ''}
          </Text>
        </Stack>
        {assignment.note && (
          <Text size="sm" className="entry-text">
            <Text span fw={600}>
              From your practitioner:{' '}
            </Text>
            {assignment.note}
          </Text>
        )}
        <Spoiler maxHeight={72} showLabel="Show all instructions" hideLabel="Show less">
          <Text size="sm">{assignment.exercise.instructions}</Text>
        </Spoiler>
        <Stack
          gap={4}
          component="ul"
          aria-label="This week's days"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {occurrences.map((o) => (
            <Group key={o.date} component="li" justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm">{formatDay(o.date)}</Text>
              <Text size="sm" fw={600} c={STATUS_COLOR[o.status]}>
                {STATUS_WORDS[o.status]}
              </Text>
            </Group>
          ))}
        </Stack>
        <Group>
          <Button
            component={Link}
            to={links.meWrite(assignment.exercise.recordType, assignment.id)}
            size="md"
            variant={open > 0 ? 'filled' : 'default'}
          >
            {ACTION_WORDS[assignment.exercise.recordType]}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Experiments planned but not finished: the client comes back to them after asking. */
function InProgress({ experiments }: { experiments: readonly EntryView[] }) {
  const open = experiments.filter((e) => e.state === 'planned' || e.state === 'locked');
  if (open.length === 0) return null;
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        Experiments in progress
      </Title>
      <Stack
        gap="xs"
        component="ul"
        aria-label="Experiments in progress"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {open.map((e) => (
          <Paper key={e.id} component="li" withBorder p="sm" radius="md">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={0}>
                <Text fw={600}>{e.plan?.request ?? e.exerciseTitle ?? 'Experiment'}</Text>
                <Text size="sm" c="dark.6">
                  {e.state === 'planned' ? 'Planned' : 'Asked — write what happened'} ·{' '}
                  {formatDay(e.occurredOn)}
                </Text>
              </Stack>
              <Button component={Link} to={links.meEntry(e.id)} variant="default" size="md">
                {e.state === 'planned' ? 'Open plan' : 'Write what happened'}
              </Button>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}

/**
 * Until the week and the experiments in progress are in: blocks the size of an empty week and of the links
 * below it, so nothing moves when they arrive (the links used to jump down under the exercises).
 */
function WeekSkeleton() {
  return (
    <Placeholder label="Loading your week">
      <Stack gap="lg">
        <Skeleton h={163} radius="md" />
        <Stack gap="xs">
          <Skeleton h={31} w={220} radius="sm" />
          <Skeleton h={44} w={480} maw="100%" radius="md" />
          <Skeleton h={44} w={200} radius="sm" />
        </Stack>
      </Stack>
    </Placeholder>
  );
}

/** A client's week: each exercise with its days, and the way into the right form. */
export function ThisWeek({ name }: { name: string }) {
  // Asked for together; the page below the greeting draws once both are in.
  const week = useMyWeek();
  const experiments = useMyEntries('experiment');
  const pending = week.isPending || experiments.isPending;
  return (
    <Stack gap="lg" maw={680} className="client-screen">
      <Stack gap={4}>
        <Title order={1}>This week</Title>
        <Text>Hello {name}.</Text>
        {week.data && (
          <Text size="sm" c="dark.6">
            {formatDay(week.data.weekStart)} to {formatDay(week.data.weekEnd)}
          </Text>
        )}
        {week.isPending && <Skeleton h={20} w={300} maw="100%" radius="sm" />}
      </Stack>
      {pending && <WeekSkeleton />}
      {!pending && week.isError && (
        <Alert color="red" title="Your week could not be loaded" role="alert">
          {week.error instanceof ApiError ? (week.error.detail ?? week.error.title) : 'Please try again.'}{' '}
          <Button variant="default" size="xs" ml="xs" onClick={() => void week.refetch()}>
            Try again
          </Button>
        </Alert>
      )}
      {!pending && week.data && week.data.items.length === 0 && (
        <Paper withBorder p="xl" radius="md" bg="sage.0">
          <Stack gap="xs">
            <Title order={2} size="h3">
              Your exercises
            </Title>
            <Text>Nothing is due yet. Your practitioner will add exercises here.</Text>
            <Text size="sm" c="dark.6">
              There is nothing you need to do today.
            </Text>
          </Stack>
        </Paper>
      )}
      {!pending && week.data && week.data.items.length > 0 && (
        <Stack gap="sm">
          <Title order={2} size="h3">
            Your exercises
          </Title>
          <Stack
            gap="md"
            component="ul"
            aria-label="Your exercises"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {week.data.items.map((item) => (
              <WeekItem key={item.assignment.id} item={item} />
            ))}
          </Stack>
        </Stack>
      )}
      {!pending && <InProgress experiments={experiments.data?.pages.flatMap((p) => p.items) ?? []} />}
      {!pending && (
        <Stack gap="xs">
          <Title order={2} size="h3">
            Write something else
          </Title>
          <Group gap="sm">
            <Button component={Link} to={links.meWrite('reflection')} variant="default" size="md">
              A reflection
            </Button>
            <Button component={Link} to={links.meWrite('experiment')} variant="default" size="md">
              An experiment
            </Button>
            <Button component={Link} to={links.meWrite('observation')} variant="default" size="md">
              An observation
            </Button>
          </Group>
          <Anchor component={Link} to={paths.meHistory} c="sage.8">
            Everything you have written
          </Anchor>
        </Stack>
      )}
    </Stack>
  );
}
