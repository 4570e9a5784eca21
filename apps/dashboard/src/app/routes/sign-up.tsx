import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { SignUpForm } from '../../features/auth';

export default function SignUpRoute() {
  return (
    <Stack gap="lg" maw={520} mx="auto">
      <Title order={1}>Create your practice</Title>
      <Text>
        Askwell helps you set small help-seeking exercises between sessions, and helps your clients plan a
        request, try it, and notice what really happened. You can invite clients as soon as your practice
        exists.
      </Text>
      <SignUpForm />
      <Text size="sm" c="dark.6">
        Already have an account?{' '}
        <Anchor component={Link} to={paths.login} c="sage.8">
          Sign in
        </Anchor>
        .
      </Text>
    </Stack>
  );
}
