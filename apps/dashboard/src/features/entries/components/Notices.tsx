import { Paper, Stack, Text, Title } from '@mantine/core';
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
 * The practice's crisis resources, shown at once when something written suggests risk. Calm, not alarming;
 * focus moves here (after the page's own focus handling) so it is the first thing read.
 */
export function CrisisPanel({ text }: { text: string }) {
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
          Support, if you need it now
        </Title>
        <Text>Thank you for writing this down. Some of what you wrote sounds heavy.</Text>
        <Text className="entry-text" fw={500}>
          {text}
        </Text>
      </Stack>
    </Paper>
  );
}
