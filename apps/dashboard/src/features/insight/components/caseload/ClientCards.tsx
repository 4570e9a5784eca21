import { Box, Group, Paper, Stack, Text } from '@mantine/core';
import type { CaseloadRow } from '@askwell/domain';
import { relativeTime } from '../../format';
import { AdherenceCell, ClientLink, FlagBadge, ReadyBadge } from './ClientCells';

/** On a narrow screen: one card per client, the flag first. */
export function ClientCards({ clients }: { clients: CaseloadRow[] }) {
  return (
    <Stack
      gap="xs"
      component="ul"
      aria-label="Your clients"
      hiddenFrom="md"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {clients.map((c) => (
        <Paper key={c.id} component="li" withBorder p="sm" radius="md">
          <Stack gap={6}>
            <Group gap="xs" wrap="wrap">
              <ClientLink c={c} />
              <FlagBadge c={c} />
              <ReadyBadge c={c} />
            </Group>
            <Group gap="lg" wrap="wrap">
              <Box>
                <Text size="xs" c="dark.6">
                  Done, 7 days
                </Text>
                <AdherenceCell a={c.adherence7} label="7 days" />
              </Box>
              <Box>
                <Text size="xs" c="dark.6">
                  Done, 28 days
                </Text>
                <AdherenceCell a={c.adherence28} label="28 days" />
              </Box>
            </Group>
            <Text size="sm" c="dark.6">
              Rung {c.currentRung ?? 'not set'} ·{' '}
              {c.lastActivityAt ? `active ${relativeTime(c.lastActivityAt)}` : 'no activity yet'} ·{' '}
              {c.unreadSharedEntries} unread
            </Text>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
