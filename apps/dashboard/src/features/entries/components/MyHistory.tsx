import {
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { EntryKind } from '@askwell/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { links, paths } from '../../../config/paths';
import { useMyEntries } from '../api/me';
import type { EntryView } from '@askwell/domain';
import { ENTRY_KIND_ORDER, KIND_LABELS, formatDay, isEntryKind } from '../../../lib/labels';

const STATE_WORDS: Record<EntryView['state'], string> = {
  submitted: 'Saved',
  planned: 'Planned',
  locked: 'Asked — outcome to write',
  completed: 'Done',
};

function summary(e: EntryView): string {
  if (e.reflection) return e.reflection.text;
  if (e.plan) return e.plan.request;
  if (e.observation)
    return `${e.observation.whoAsked} asked ${e.observation.whomAsked}: ${e.observation.what}`;
  return '';
}

/** Everything the client has written, newest first. */
export function MyHistory() {
  const [kind, setKind] = useState<EntryKind | null>(null);
  const entries = useMyEntries(kind);
  const items = entries.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack gap="lg" maw={680} className="client-screen">
      <Anchor component={Link} to={paths.me} c="sage.8" size="sm">
        Back to this week
      </Anchor>
      <Title order={1}>What you have written</Title>
      <NativeSelect
        label="Show"
        size="md"
        maw={280}
        value={kind ?? ''}
        onChange={(e) => {
          const v = e.currentTarget.value;
          setKind(isEntryKind(v) ? v : null);
        }}
        data={[
          { value: '', label: 'Everything' },
          ...ENTRY_KIND_ORDER.map((k) => ({ value: k, label: `${KIND_LABELS[k]}s` })),
        ]}
      />
      {entries.isPending && (
        <Center py="lg">
          <Loader role="status" aria-label="Loading what you have written" />
        </Center>
      )}
      {entries.isError && (
        <Alert color="red" role="alert" title="Your entries could not be loaded">
          Please try again in a moment.
        </Alert>
      )}
      {entries.isSuccess && items.length === 0 && <Text>Nothing here yet.</Text>}
      {items.length > 0 && (
        <Stack
          gap="xs"
          component="ul"
          aria-label="Your entries"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {items.map((e) => (
            <Paper key={e.id} component="li" withBorder p="sm" radius="md">
              <Stack gap={4}>
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <Anchor component={Link} to={links.meEntry(e.id)} fw={600} c="sage.8">
                    {KIND_LABELS[e.kind]} · {formatDay(e.occurredOn)}
                  </Anchor>
                  <Group gap={6}>
                    {e.sharing === 'private' && (
                      <Badge variant="outline" color="dark" radius="sm" tt="none">
                        Private
                      </Badge>
                    )}
                    <Text size="sm" c="dark.6">
                      {STATE_WORDS[e.state]}
                    </Text>
                  </Group>
                </Group>
                <Text size="sm" lineClamp={2} className="entry-text">
                  {summary(e)}
                </Text>
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
      {entries.hasNextPage && (
        <Group>
          <Button
            variant="default"
            loading={entries.isFetchingNextPage}
            onClick={() => void entries.fetchNextPage()}
          >
            Show older entries
          </Button>
        </Group>
      )}
    </Stack>
  );
}
