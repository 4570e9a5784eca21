import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One block of the brief: a titled section that is not split across printed pages. */
export function Section({ title, children, tone }: { title: string; children: ReactNode; tone?: 'alert' }) {
  const id = `brief-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <Paper
      component="section"
      aria-labelledby={id}
      withBorder
      p="md"
      radius="md"
      className={`avoid-break brief-section${tone === 'alert' ? ' brief-alert' : ''}`}
    >
      <Title order={2} size="h4" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** One figure of "this period at a glance": what, how much, and a word on it. */
export function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="brief-figure">
      <Text size="sm" c="dark.6">
        {label}
      </Text>
      <Text fw={700} fz="lg">
        {value}
      </Text>
      {detail && <Text size="sm">{detail}</Text>}
    </div>
  );
}
