import { Paper, Stack, Text, Title } from '@mantine/core';
import type { RiskTier } from '@askwell/domain';
import { useEffect, useRef } from 'react';

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
