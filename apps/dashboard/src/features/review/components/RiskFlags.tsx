import { Anchor, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { links } from '../../../config/paths';
import type { RiskFlagView } from '@askwell/domain';
import { formatTime } from '../../../lib/labels';
import { queryRoots } from '../../../lib/query-keys';
import { useAcknowledgeFlag } from '../api/mutations';
import { reviewKeys } from '../api/review';
import { categoryLabel, flagTitle } from '../../../lib/risk-labels';
import { RiskBadge } from '../../../components/RiskBadge';

/** What the screen found, evidence verbatim: the findings, or the untiered screen's phrases. */
function Evidence({ flag }: { flag: RiskFlagView }) {
  const items =
    flag.findings.length > 0
      ? flag.findings.map((f) => ({
          key: `${f.category}:${f.evidence}`,
          evidence: f.evidence,
          label: flag.findings.some((g) => g.category !== flag.category) ? categoryLabel(f.category) : null,
          when: f.when,
        }))
      : flag.matches.map((m) => ({ key: m, evidence: m, label: null, when: null }));
  if (items.length === 0) return null;
  return (
    <Box component="ul" m={0} pl="md" aria-label="What the screen found">
      {items.map((i) => (
        <Text component="li" key={i.key} size="sm">
          <span className="entry-text">&ldquo;{i.evidence}&rdquo;</span>
          {i.when ? ` (${i.when})` : ''}
          {i.label ? ` · ${i.label}` : ''}
        </Text>
      ))}
    </Box>
  );
}

/** One flag: what and when, the evidence for a shared entry (only the fact and the time for a private one). */
function FlagSummary({ flag, entryLink }: { flag: RiskFlagView; entryLink: boolean }) {
  if (flag.private)
    return (
      <Text>A private entry raised a risk flag on {formatTime(flag.raisedAt)}. Its text stays private.</Text>
    );
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        <RiskBadge tier={flag.tier}>{flagTitle(flag.tier, flag.category)}</RiskBadge>
        <Text size="sm">
          raised {formatTime(flag.raisedAt)}
          {flag.tier === null ? ' (by an earlier screen, without a tier)' : ''}.
        </Text>
        {entryLink && flag.entryId && (
          <Anchor component={Link} to={links.entry(flag.entryId)} c="sage.8" size="sm">
            Open the entry
          </Anchor>
        )}
      </Group>
      <Evidence flag={flag} />
    </Stack>
  );
}

function OpenFlagItem({
  flag,
  entryLink,
  onDone,
}: {
  flag: RiskFlagView;
  entryLink: boolean;
  onDone: () => void;
}) {
  const acknowledge = useAcknowledgeFlag();
  const failed = acknowledge.isError;
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Stack gap={6}>
        <FlagSummary flag={flag} entryLink={entryLink} />
        {failed && (
          <Text size="sm" c="var(--mantine-color-error)" role="alert">
            That did not work. Please try again.
          </Text>
        )}
        <Group>
          <Button
            size="xs"
            variant="default"
            loading={acknowledge.isPending}
            onClick={() => acknowledge.mutate(flag.id, { onSuccess: onDone })}
          >
            Acknowledge
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function PastFlagItem({ flag, entryLink }: { flag: RiskFlagView; entryLink: boolean }) {
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Stack gap={6}>
        <FlagSummary flag={flag} entryLink={entryLink} />
        <Text size="sm" c="dark.6">
          Acknowledged
          {flag.acknowledgedBy ? ` by ${flag.acknowledgedBy.displayName}` : ''}
          {flag.acknowledgedAt ? ` on ${formatTime(flag.acknowledgedAt)}` : ''}.
        </Text>
      </Stack>
    </Paper>
  );
}

const listStyle = { listStyle: 'none', padding: 0, margin: 0 } as const;

/** Flags that are still open (with Acknowledge), newest first. */
export function OpenFlagList({
  flags,
  entryLink,
  onDone,
  label,
}: {
  flags: readonly RiskFlagView[];
  entryLink: boolean;
  onDone: () => void;
  label: string;
}) {
  return (
    <Stack gap="xs" component="ul" aria-label={label} style={listStyle}>
      {flags.map((f) => (
        <OpenFlagItem key={f.id} flag={f} entryLink={entryLink} onDone={onDone} />
      ))}
    </Stack>
  );
}

/** Acknowledged flags keep their history: what, when, and who acknowledged them when. Folded by default. */
export function FlagHistory({
  flags,
  entryLink,
  summary,
}: {
  flags: readonly RiskFlagView[];
  entryLink: boolean;
  summary: string;
}) {
  if (flags.length === 0) return null;
  return (
    <details className="flag-history">
      <summary>{summary}</summary>
      <Stack gap="xs" component="ul" aria-label="Acknowledged risk flags" mt="xs" style={listStyle}>
        {flags.map((f) => (
          <PastFlagItem key={f.id} flag={f} entryLink={entryLink} />
        ))}
      </Stack>
    </details>
  );
}

/** After an acknowledgement: the flags, and every list that counts them, are read again. */
export function useFlagsChanged(clientId: string): () => void {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: reviewKeys.flags(clientId) });
    void queryClient.invalidateQueries({ queryKey: queryRoots.clients });
  };
}

/**
 * A client's risk flags: the open ones shown until someone acknowledges them, the acknowledged ones folded
 * underneath with who acknowledged them and when. The client's page reads them (useRiskFlags) before it draws,
 * so they are in place from the first frame instead of pushing it down.
 */
export function RiskFlags({ clientId, flags }: { clientId: string; flags: readonly RiskFlagView[] }) {
  const done = useFlagsChanged(clientId);
  const open = flags.filter((f) => f.acknowledgedAt === null);
  const past = flags.filter((f) => f.acknowledgedAt !== null);
  const history = `${past.length === 1 ? '1 acknowledged risk flag' : `${past.length} acknowledged risk flags`}, with who acknowledged ${past.length === 1 ? 'it' : 'them'}`;
  if (open.length === 0)
    return past.length === 0 ? null : (
      <Paper withBorder p="sm" radius="md" component="section" aria-label="Earlier risk flags">
        <FlagHistory flags={past} entryLink summary={history} />
      </Paper>
    );
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
        <OpenFlagList flags={open} entryLink onDone={done} label="Open risk flags" />
        <FlagHistory flags={past} entryLink summary={history} />
      </Stack>
    </Paper>
  );
}
