import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import {
  BARRIERS,
  ENTRY_KINDS,
  TAG_STATUSES,
  isBarrierId,
  type EntryKind,
  type TagStatus,
} from '@askwell/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { Placeholder, PlaceholderRows } from '../../../components/Placeholder';
import { links } from '../../../config/paths';
import type { EntryView } from '@askwell/domain';
import { KIND_LABELS, TAG_STATUS_LABELS, formatDay } from '../../../lib/labels';
import { NO_FILTERS, useTimeline, type TimelineFilters } from '../api/review';
import { flagName } from '../../../lib/risk-labels';
import { RiskBadge } from '../../../components/RiskBadge';

function summary(e: EntryView): string {
  if (e.reflection) return e.reflection.text;
  if (e.plan) return `${e.plan.helper}: ${e.plan.request}`;
  if (e.observation)
    return `${e.observation.whoAsked} asked ${e.observation.whomAsked}: ${e.observation.what}`;
  return '';
}

const STATE_WORDS: Record<EntryView['state'], string> = {
  submitted: '',
  planned: 'planned, not asked yet',
  locked: 'asked, outcome to come',
  completed: 'outcome recorded',
};

function TimelineItem({ entry }: { entry: EntryView }) {
  const unread = entry.review !== null && entry.review.readAt === null;
  const open = entry.tags.filter((t) => t.status === 'suggested' || t.status === 'client').length;
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Anchor component={Link} to={links.entry(entry.id)} fw={600} c="sage.8">
            {KIND_LABELS[entry.kind]} · {formatDay(entry.occurredOn)}
            {entry.exerciseTitle ? ` · ${entry.exerciseTitle}` : ''}
          </Anchor>
          <Group gap={6}>
            {unread && (
              <Badge color="blue.9" radius="sm" tt="none">
                Unread
              </Badge>
            )}
            {entry.risk.flagged && <RiskBadge tier={entry.risk.tier}>{flagName(entry.risk.tier)}</RiskBadge>}
            {open > 0 && (
              <Badge variant="outline" color="dark" radius="sm" tt="none">
                {open} tag{open === 1 ? '' : 's'} to review
              </Badge>
            )}
            {entry.review?.raiseInSession && (
              <Badge variant="outline" color="dark" radius="sm" tt="none">
                For the session
              </Badge>
            )}
          </Group>
        </Group>
        <Text size="sm" lineClamp={2} className="entry-text">
          {summary(entry)}
        </Text>
        {STATE_WORDS[entry.state] && (
          <Text size="xs" c="dark.6">
            {STATE_WORDS[entry.state]}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** The client's shared entries, newest first, with filters and the unread count. */
export function Timeline({ clientId }: { clientId: string }) {
  const [filters, setFilters] = useState<TimelineFilters>(NO_FILTERS);
  const timeline = useTimeline(clientId, filters);
  const items = timeline.data?.pages.flatMap((p) => p.items) ?? [];
  const unread = timeline.data?.pages[0]?.unreadCount ?? null;
  const set = (patch: Partial<TimelineFilters>) => setFilters((f) => ({ ...f, ...patch }));
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h3">
          Entries
        </Title>
        {unread !== null && (
          <Text size="sm" c="dark.6" role="status">
            {unread === 0 ? 'All read' : `${unread} unread`}
          </Text>
        )}
      </Group>
      <Text size="sm" c="dark.6">
        Shared entries only. Private reflections never appear here.
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" role="group" aria-label="Filter entries">
        <NativeSelect
          label="Kind"
          value={filters.kind ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value;
            set({ kind: (ENTRY_KINDS as readonly string[]).includes(v) ? (v as EntryKind) : null });
          }}
          data={[
            { value: '', label: 'All kinds' },
            ...ENTRY_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] })),
          ]}
        />
        <NativeSelect
          label="Barrier"
          value={filters.barrierId ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value;
            set({ barrierId: isBarrierId(v) ? v : null });
          }}
          data={[
            { value: '', label: 'Any barrier' },
            ...BARRIERS.map((b) => ({ value: b.id, label: b.name })),
          ]}
        />
        <NativeSelect
          label="Tag status"
          value={filters.tagStatus ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value;
            set({ tagStatus: (TAG_STATUSES as readonly string[]).includes(v) ? (v as TagStatus) : null });
          }}
          data={[
            { value: '', label: 'Any status' },
            ...TAG_STATUSES.map((s) => ({ value: s, label: TAG_STATUS_LABELS[s] })),
          ]}
        />
      </SimpleGrid>
      <Group gap="lg">
        <Checkbox
          label="Risk flag only"
          checked={filters.flagged}
          onChange={(e) => set({ flagged: e.currentTarget.checked })}
        />
        <Checkbox
          label="Unread only"
          checked={filters.unread}
          onChange={(e) => set({ unread: e.currentTarget.checked })}
        />
      </Group>
      {timeline.isPending && (
        <Placeholder label="Loading entries">
          <PlaceholderRows count={3} height={94} />
        </Placeholder>
      )}
      {timeline.isError && (
        <Alert color="red" role="alert" title="The entries could not be loaded">
          Please try again in a moment.
        </Alert>
      )}
      {timeline.isSuccess && items.length === 0 && (
        <Text c="dark.6">No entries{filters === NO_FILTERS ? ' yet' : ' match these filters'}.</Text>
      )}
      {items.length > 0 && (
        <Stack
          gap="xs"
          component="ul"
          aria-label="Entries, newest first"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {items.map((e) => (
            <TimelineItem key={e.id} entry={e} />
          ))}
        </Stack>
      )}
      {timeline.hasNextPage && (
        <Group>
          <Button
            variant="default"
            loading={timeline.isFetchingNextPage}
            onClick={() => void timeline.fetchNextPage()}
          >
            Show older entries
          </Button>
        </Group>
      )}
    </Stack>
  );
}
