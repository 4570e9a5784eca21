import { Alert, Badge, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { ApiError } from '../../../lib/api-client';
import { useLiveness, useReadiness } from '../api/get-status';

function StateBadge({ ok, pending }: { ok: boolean; pending: boolean }) {
  if (pending) return <Loader size="xs" role="status" aria-label="Checking" />;
  return (
    <Badge color={ok ? 'sage.7' : 'red.9'} variant="filled" radius="sm">
      {ok ? 'OK' : 'Problem'}
    </Badge>
  );
}

export function StatusPanel() {
  const live = useLiveness();
  const ready = useReadiness();
  const readyError = ready.error instanceof ApiError ? ready.error : null;

  return (
    <Stack gap="md">
      <Title order={1}>System status</Title>
      <List spacing="sm" listStyleType="none" aria-label="Service checks">
        <List.Item>
          <Group gap="sm">
            <StateBadge ok={live.isSuccess} pending={live.isPending} />
            <Text>API is answering</Text>
          </Group>
        </List.Item>
        <List.Item>
          <Group gap="sm">
            <StateBadge ok={ready.isSuccess} pending={ready.isPending} />
            <Text>
              Database is ready
              {ready.data
                ? ` (${ready.data.database === 'embedded' ? 'embedded database' : 'PostgreSQL server'}, migrations applied)`
                : ''}
            </Text>
          </Group>
        </List.Item>
      </List>
      {readyError && (
        <Alert color="red" title={readyError.title} role="alert">
          {readyError.detail ?? readyError.message}
        </Alert>
      )}
    </Stack>
  );
}
