import { Box, Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * Grey blocks in the shape and size of what is on its way, so it takes their place instead of pushing the
 * page about when it arrives. Screen readers hear the label; the blocks themselves say nothing.
 */
export function Placeholder({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box aria-busy="true">
      <VisuallyHidden>{label}</VisuallyHidden>
      {children}
    </Box>
  );
}

/** `count` blocks of one height, one under the other, like a list's rows. */
export function PlaceholderRows({ count, height }: { count: number; height: number }) {
  return (
    <Stack gap="xs">
      {Array.from({ length: count }, (_, i) => (
        <Skeleton key={i} h={height} radius="md" />
      ))}
    </Stack>
  );
}
