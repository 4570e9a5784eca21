import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { MemberView } from '@askwell/domain';

/** Everyone who works with clients here, with whether they use two-step sign-in. */
export function MembersList({ members }: { members: MemberView[] }) {
  return (
    <Stack
      gap="xs"
      component="ul"
      aria-label="People in your practice"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {members.map((m) => (
        <Paper key={m.id} component="li" withBorder p="sm" radius="md">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Stack gap={0}>
              <Text fw={600}>{m.displayName}</Text>
              <Text size="sm" c="dark.6" style={{ wordBreak: 'break-all' }}>
                {m.email}
              </Text>
            </Stack>
            <Group gap="xs">
              <Badge color="dark.6" variant="outline" radius="sm">
                {m.role === 'owner' ? 'Owner' : 'Practitioner'}
              </Badge>
              <Badge
                color={m.twoFactorEnabled ? 'sage.7' : 'red'}
                variant={m.twoFactorEnabled ? 'filled' : 'light'}
                radius="sm"
              >
                {m.twoFactorEnabled ? 'Two-step on' : 'Two-step off'}
              </Badge>
              <Text size="sm" c="dark.6">
                {m.clientCount === 1 ? '1 client' : `${m.clientCount} clients`}
              </Text>
            </Group>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
