import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { ApiError } from '../../../lib/api-client';
import type { InvitationView } from '@askwell/domain';
import { useWithdrawInvitation } from '../api/invitations';

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long' });

interface Props {
  invitations: InvitationView[];
  title: string;
  headingOrder: 2 | 3;
}

/**
 * Invitations not yet accepted, each with a way to withdraw it. Renders nothing when there are none, except
 * to confirm a withdrawal just made.
 */
export function OpenInvitations({ invitations, title, headingOrder }: Props) {
  const withdraw = useWithdrawInvitation();
  const [withdrawn, setWithdrawn] = useState<string | null>(null);
  const problem = withdraw.error instanceof ApiError ? withdraw.error : null;
  if (invitations.length === 0 && !withdrawn && !problem) return null;

  return (
    <Stack gap="xs">
      <Title order={headingOrder} size="h3">
        {title}
      </Title>
      {withdrawn && (
        <Alert color="sage" role="status">
          The invitation for {withdrawn} is withdrawn. Its link no longer works.
        </Alert>
      )}
      <FormErrorAlert error={problem} />
      {invitations.length === 0 ? (
        <Text c="dark.6">No invitations are waiting.</Text>
      ) : (
        <Stack
          gap="xs"
          component="ul"
          aria-label="Open invitations"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {invitations.map((inv) => (
            <Paper key={inv.id} component="li" withBorder p="sm" radius="md">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Stack gap={0}>
                  <Text fw={600}>{inv.displayName}</Text>
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
