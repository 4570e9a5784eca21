import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { LoginFlow, peekSignOutNotice, type SignOutNotice, storeSession } from '../../features/auth';

function NoticeAlert({ notice }: { notice: SignOutNotice }) {
  if (notice.reason === 'signed-out')
    return (
      <Alert color="sage" role="status">
        You are signed out.
      </Alert>
    );
  const kept = notice.keptDrafts
    ? ' What you had not saved is kept in this tab and will be back after you sign in.'
    : '';
  return (
    <Alert color="sage" title="You were signed out" role="status">
      {notice.reason === 'idle'
        ? `You were signed out after ${notice.minutes} minutes without activity, to keep things private. Sign in again to carry on.`
        : notice.reason === 'two-factor'
          ? 'Your practice now asks everyone who works with clients to use two-step sign-in. Sign in again: you will be asked to set it up, or for a code from your authenticator app.'
          : 'Your session ended. Please sign in again to carry on.'}
      {kept}
    </Alert>
  );
}

export default function LoginRoute() {
  const queryClient = useQueryClient();
  const [notice] = useState(peekSignOutNotice);
  return (
    <Stack gap="lg" maw={480} mx="auto">
      <Title order={1}>Sign in to Askwell</Title>
      {notice && <NoticeAlert notice={notice} />}
      <LoginFlow onSignedIn={(session) => storeSession(queryClient, session)} />
      <Text size="sm" c="dark.6">
        Starting a practice?{' '}
        <Anchor component={Link} to={paths.signUp} c="sage.8">
          Create an account
        </Anchor>
        . Clients join through the invitation link from their practitioner.
      </Text>
    </Stack>
  );
}
