import { Paper, Stack, Text, Title } from '@mantine/core';

/** A client's week. Exercises arrive in a later issue; until then, a calm and honest empty state. */
export function ThisWeek({ name }: { name: string }) {
  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>This week</Title>
      <Text>Hello {name}.</Text>
      <Paper withBorder p="xl" radius="md" bg="sage.0">
        <Stack gap="xs">
          <Title order={2} size="h3">
            Your exercises
          </Title>
          <Text>Nothing is due yet. Your practitioner will add exercises here.</Text>
          <Text size="sm" c="dark.6">
            There is nothing you need to do today.
          </Text>
        </Stack>
      </Paper>
    </Stack>
  );
}
