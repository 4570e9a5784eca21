import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { links } from '../../../config/paths';
import type { RiskFlagView } from '@askwell/domain';
import { formatTime } from '../../../lib/labels';
import { queryRoots } from '../../../lib/query-keys';
import { acknowledgeFlag, reviewKeys } from '../api/review';

function FlagItem({ flag, onDone }: { flag: RiskFlagView; onDone: () => void }) {
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  const ack = async () => {
    setPending(true);
    setFailed(false);
    try {
      await acknowledgeFlag(flag.id);
      onDone();
    } catch {
      setFailed(true);
    } finally {
      setPending(false);
    }
  };
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Stack gap={6}>
        {flag.private ? (
          <Text>
            A private entry raised a concern on {formatTime(flag.raisedAt)}. Its text stays private.
          </Text>
        ) : (
          <Text>
            An entry raised a concern on {formatTime(flag.raisedAt)}
            {flag.matches.length > 0 ? <>: &ldquo;{flag.matches.join('”, “')}&rdquo;</> : null}.{' '}
            {flag.entryId && (
              <Anchor component={Link} to={links.entry(flag.entryId)} c="sage.8">
                Open the entry
              </Anchor>
            )}
          </Text>
        )}
        {failed && (
          <Text size="sm" c="var(--mantine-color-error)" role="alert">
            That did not work. Please try again.
          </Text>
        )}
        <Group>
          <Button size="xs" variant="default" loading={pending} onClick={() => void ack()}>
            Acknowledge
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/**
 * Open risk flags for one client: shown until someone acknowledges them. The client's page reads them
 * (useOpenRiskFlags) before it draws, so they are in place from the first frame instead of pushing it down.
 */
export function RiskFlags({ clientId, flags }: { clientId: string; flags: readonly RiskFlagView[] }) {
  const queryClient = useQueryClient();
  const open = flags.filter((f) => f.acknowledgedAt === null);
  if (open.length === 0) return null;
  const done = () => {
    void queryClient.invalidateQueries({ queryKey: reviewKeys.flags(clientId) });
    void queryClient.invalidateQueries({ queryKey: queryRoots.clients });
  };
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="risk-flags-heading"
      style={{ borderColor: 'var(--mantine-color-orange-9)', borderWidth: 2 }}
    >
      <Stack gap="sm">
        <Title order={2} size="h3" id="risk-flags-heading">
          {open.length === 1 ? '1 open risk flag' : `${open.length} open risk flags`}
        </Title>
        <Text size="sm">
          Something your client wrote matched the risk screen. Askwell showed them the practice&rsquo;s crisis
          text at once. Nothing else happens automatically.
        </Text>
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {open.map((f) => (
            <FlagItem key={f.id} flag={f} onDone={done} />
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
