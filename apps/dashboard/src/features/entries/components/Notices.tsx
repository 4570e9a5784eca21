import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { RiskTier } from '@askwell/domain';
import { useEffect, useRef } from 'react';
import type { ApiError } from '../../../lib/api-client';
import type { ReliableSubmitState } from '../../../lib/reliable-submit';
import type { DraftStatus } from '../../../lib/server-drafts';

/** Said calmly wherever a client writes. */
export function NotMonitoredNote() {
  return (
    <Text size="sm" c="dark.6">
      Entries are not monitored in real time. If you are in danger now, call your local emergency number.
    </Text>
  );
}

export const PRIVATE_FLAG_NOTE =
  'If something you write here suggests you may be at risk, your practitioner is told that a private entry raised a concern and when — never what you wrote.';

/**
 * How the crisis panel opens, by the risk screen's tier: gently for `concern` (a wish not to be here,
 * hopelessness, feeling a burden), directly for `explicit` (and whenever the tier is not known).
 */
export const CRISIS_WORDS = {
  concern: {
    heading: 'Some support, if it would help',
    opening:
      'It sounds like things feel very heavy right now. Thank you for putting it into words. If it would help to talk to someone, here is where you can turn:',
  },
  explicit: {
    heading: 'Support, if you need it now',
    opening: 'Thank you for writing this down. Some of what you wrote sounds heavy.',
  },
} as const satisfies Record<RiskTier, { heading: string; opening: string }>;

/**
 * The practice's crisis resources, shown at once when something written suggests risk. Calm, not alarming;
 * worded by tier (CRISIS_WORDS); both say that entries are not monitored in real time. Focus moves here (after
 * the page's own focus handling) so it is the first thing read.
 */
export function CrisisPanel({ text, tier }: { text: string; tier: RiskTier | null }) {
  const words = CRISIS_WORDS[tier ?? 'explicit'];
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const t = setTimeout(() => ref.current?.focus(), 0);
    return () => clearTimeout(t);
  }, []);
  return (
    <Paper
      ref={ref}
      tabIndex={-1}
      role="region"
      aria-labelledby="crisis-heading"
      className="focus-target"
      withBorder
      p="lg"
      radius="md"
      bg="blue.0"
      style={{ borderColor: 'var(--mantine-color-blue-7)', borderWidth: 2 }}
    >
      <Stack gap="xs">
        <Title order={2} size="h3" id="crisis-heading">
          {words.heading}
        </Title>
        <Text>{words.opening}</Text>
        <Text className="entry-text" fw={500}>
          {text}
        </Text>
        <Text size="sm">
          Entries are not monitored in real time, and no one is alerted automatically. If you are in danger
          now, please contact the support above.
        </Text>
      </Stack>
    </Paper>
  );
}

const DRAFT_WORDS: Record<DraftStatus, string> = {
  loading: '',
  idle: '',
  saving: 'Saving…',
  saved: 'Saved',
  'not-saved': 'Not saved yet — it stays on this screen',
};

/** A quiet line about the autosave. */
export function DraftStatusText({ status }: { status: DraftStatus }) {
  return (
    <Text size="sm" c="dark.6" role="status" aria-live="polite" mih="1.6em">
      {DRAFT_WORDS[status]}
    </Text>
  );
}

/** While a submit has not reached the server: the text stays, it retries, and the person can too. */
export function SubmitRetryNotice<T>({
  state,
  onRetry,
}: {
  state: ReliableSubmitState<T>;
  onRetry: () => void;
}) {
  if (state.status !== 'waiting') return null;
  const e: ApiError = state.error;
  const offline = e.isNetworkError;
  return (
    <Alert color="sage" title="Not sent yet" role="alert">
      <Stack gap="xs">
        <Text size="sm">
          {offline
            ? 'We could not reach Askwell. Your text is still here, and we will send it as soon as the connection is back.'
            : 'Askwell did not answer properly. Your text is still here, and we will try again in a moment.'}{' '}
          It will only be saved once.
        </Text>
        <Group>
          <Button variant="default" size="sm" onClick={onRetry}>
            Try again
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
