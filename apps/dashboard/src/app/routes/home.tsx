import { Stack, Text, Title } from '@mantine/core';

export default function HomeRoute() {
  return (
    <Stack gap="sm" maw={640}>
      <Title order={1}>Practise asking for help, one small step at a time</Title>
      <Text>
        Askwell helps coaches and therapists set small help-seeking exercises between sessions, and helps their clients plan a
        request, predict how it will go, try it, and notice what really happened.
      </Text>
    </Stack>
  );
}
