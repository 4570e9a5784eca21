import { Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { EntryView } from '@askwell/domain';
import { formatTime } from '../../../lib/labels';
import { flagTitle } from '../../../lib/risk-labels';
import { useRiskFlags } from '../api/review';
import { FlagHistory, OpenFlagList, useFlagsChanged } from './RiskFlags';

/**
 * The entry's risk flags: the most serious tier and category at once (from the entry), then each flag with
 * what the screen found, open ones with Acknowledge and acknowledged ones with who and when (the client's
 * flags, which the client's page has usually just read).
 */
export function EntryRiskPanel({ entry }: { entry: EntryView }) {
  const flags = useRiskFlags(entry.clientId);
  const done = useFlagsChanged(entry.clientId);
  const mine = (flags.data ?? []).filter((f) => f.entryId === entry.id);
  const open = mine.filter((f) => f.acknowledgedAt === null);
  const past = mine.filter((f) => f.acknowledgedAt !== null);
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      component="section"
      aria-labelledby="entry-risk-heading"
      style={{ borderColor: 'var(--mantine-color-orange-9)', borderWidth: 2 }}
    >
      <Stack gap="xs">
        <Title order={2} size="h4" id="entry-risk-heading">
          {flagTitle(entry.risk.tier, entry.risk.category)}
        </Title>
        <Text>
          This entry raised a risk flag{entry.risk.raisedAt ? ` on ${formatTime(entry.risk.raisedAt)}` : ''}.
          The client was shown the practice&rsquo;s crisis text at once; nothing else happens automatically.
        </Text>
        {flags.isPending && <Skeleton height={72} radius="md" role="status" aria-label="Loading the flags" />}
        {flags.isError && (
          <Text size="sm" role="alert">
            The flags could not be loaded. Please try again in a moment.
          </Text>
        )}
        {open.length > 0 && (
          <OpenFlagList flags={open} entryLink={false} onDone={done} label="Open risk flags of this entry" />
        )}
        {flags.isSuccess && open.length === 0 && (
          <Text size="sm" c="dark.6">
            Acknowledged: no flag of this entry is open.
          </Text>
        )}
        <FlagHistory
          flags={past}
          entryLink={false}
          summary={
            past.length === 1
              ? '1 acknowledged flag, with who acknowledged it'
              : `${past.length} acknowledged flags, with who acknowledged them`
          }
        />
      </Stack>
    </Paper>
  );
}
