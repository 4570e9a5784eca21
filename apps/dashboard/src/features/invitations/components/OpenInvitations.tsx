import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { ApiError } from '../../../lib/api-client';
import { useWithdrawInvitation, type Invitation } from '../api/invitations';

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long' });

/** Invitations not yet accepted, each with a way to withdraw it. */
export function OpenInvitations({ invitations, showRole = false }: { invitations: Invitation[]; showRole?: boolean }) {
  const withdraw = useWithdrawInvitation();
  const [withdrawn, setWithdrawn] = useState<string | null>(null);
  const problem = withdraw.error instanceof ApiError ? withdraw.error : null;

  return (
    <Stack gap="xs">
      {withdrawn && (
        <Alert color="sage" role="status">
          The invitation for {withdrawn} is withdrawn. Its link no longer works.
        </Alert>
      )}
      <FormErrorAlert error={problem} />
      {invitations.length === 0 ? (
        <Text c="dark.6">No invitations are waiting.</Text>
      ) : (
        <Stack gap="xs" component="ul" aria-label="Open invitations" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {invitations.map((inv) => (
            <Paper key={inv.id} component="li" withBorder p="sm" radius="md">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Stack gap={0}>
                  <Group gap="xs">
                    <Text fw={600}>{inv.displayName}</Text>
                    {showRole && (
                      <Badge color="dark.6" variant="outline" radius="sm">
                        {inv.role === 'client' ? 'Client' : 'Practitioner'}
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm" c="dark.6" style={{ wordBreak: 'break-all' }}>
                    {inv.email} · link works until {dateFormat.format(new Date(inv.expiresAt))}
                  </Text>
                </Stack>
                <Button
                  variant="default"
                  size="xs"
                  aria-label={`Withdraw the invitation for ${inv.displayName}`}
                  loading={withdraw.isPending && withdraw.variables === inv.id}
                  onClick={() => withdraw.mutate(inv.id, { onSuccess: () => setWithdrawn(inv.displayName) })}
                >
                  Withdraw
                </Button>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
