import {
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { Link } from 'react-router';
import { links } from '../../../config/paths';
import { ApiError } from '../../../lib/api-client';
import { useCaseload } from '../api/clients';

const joined = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' });

/** The clients someone works with. The owner also sees whose caseload each client is in. */
export function Caseload({
  showPractitioners,
  onInvite,
}: {
  showPractitioners: boolean;
  onInvite: () => void;
}) {
  const caseload = useCaseload();

  if (caseload.isPending)
    return (
      <Center py="lg">
        <Loader aria-label="Loading your clients" />
      </Center>
    );
  if (caseload.isError) {
    const e = caseload.error instanceof ApiError ? caseload.error : null;
    return (
      <Alert color="red" title="Your clients could not be loaded" role="alert">
        {e?.detail ?? 'Please try again in a moment.'}{' '}
        <Button variant="default" size="xs" ml="xs" onClick={() => void caseload.refetch()}>
          Try again
        </Button>
      </Alert>
    );
  }

  const clients = caseload.data.pages.flatMap((p) => p.items);
  if (clients.length === 0) {
    return (
      <Paper withBorder p="xl" radius="md">
        <Stack gap="sm" align="flex-start">
          <Title order={2} size="h3">
            No clients yet
          </Title>
          <Text>
            Invite your first client: they get a link to choose a password, and then you can set small
            help-seeking exercises for them between sessions.
          </Text>
          <Button onClick={onInvite}>Invite a client</Button>
        </Stack>
      </Paper>
    );
  }

  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {clients.length === 1 ? '1 client' : `${clients.length}${caseload.hasNextPage ? '+' : ''} clients`}
      </Title>
      <Stack
        gap="xs"
        component="ul"
        aria-label="Your clients"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {clients.map((c) => (
          <Paper key={c.id} component="li" withBorder p="sm" radius="md">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={0}>
                <Group gap="xs">
                  <Anchor component={Link} to={links.client(c.id)} fw={600} c="sage.8">
                    {c.displayName}
                  </Anchor>
                  {(c.openRiskFlags ?? 0) > 0 && (
                    <Badge color="#9c3d00" radius="sm" tt="none">
                      {c.openRiskFlags === 1 ? '1 open risk flag' : `${c.openRiskFlags} open risk flags`}
                    </Badge>
                  )}
                  {(c.unreadSharedEntries ?? 0) > 0 && (
                    <Badge color="blue.9" radius="sm" tt="none">
                      {c.unreadSharedEntries} unread
                    </Badge>
                  )}
                </Group>
                <Text size="sm" c="dark.6" style={{ wordBreak: 'break-all' }}>
                  {c.email}
                </Text>
              </Stack>
              <Stack gap={0} align="flex-end">
                <Text size="sm" c="dark.6">
                  Joined {joined.format(new Date(c.joinedAt))}
                </Text>
                {c.currentRung != null && (
                  <Text size="sm" c="dark.6">
                    Rung {c.currentRung}
                  </Text>
                )}
                {showPractitioners && c.practitioners.length > 0 && (
                  <Text size="sm" c="dark.6">
                    With {c.practitioners.map((p) => p.displayName).join(', ')}
                  </Text>
                )}
              </Stack>
            </Group>
          </Paper>
        ))}
      </Stack>
      {caseload.hasNextPage && (
        <Group>
          <Button
            variant="default"
            loading={caseload.isFetchingNextPage}
            onClick={() => void caseload.fetchNextPage()}
          >
            Show more clients
          </Button>
        </Group>
      )}
    </Stack>
  );
}
