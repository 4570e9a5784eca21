import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Center, Group, Loader, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  InvitationAcceptSchema,
  type AccountSession,
  type InvitationPreview,
  type LoginResult,
} from '@askwell/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { ApiError } from '../../../lib/api-client';
import { applyApiError } from '../../../lib/form-errors';
import { invitationPreviewQuery, useAcceptInvitation } from '../api/invitation-accept';
import { useNavigate } from 'react-router';
import { paths } from '../../../config/paths';
import { homeFor, storeSession, useSession, useSignOut } from '../api/session';
import { ContinueSignIn } from './TwoFactorSteps';
import { PASSWORD_HINT } from './SignUpForm';

const dateFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });

/** Someone opened their invitation link: who invited them, then a password of their own. */
export function AcceptInvitation({ token }: { token: string | null }) {
  const session = useSession().data;
  const preview = useQuery({ ...invitationPreviewQuery(token ?? ''), enabled: token !== null });
  const { signOut, pending } = useSignOut();

  if (!token) {
    return (
      <Stack gap="md" maw={560}>
        <Title order={1}>This invitation link is incomplete</Title>
        <Text>
          The link is missing its invitation code. Open the link from your invitation again, making sure it is
          copied whole, or ask the person who invited you to send a new one.
        </Text>
      </Stack>
    );
  }
  if (preview.isPending) {
    return (
      <Center py="xl">
        <Loader role="status" aria-label="Opening your invitation" />
      </Center>
    );
  }
  if (preview.isError) {
    const e = preview.error instanceof ApiError ? preview.error : null;
    return (
      <Stack gap="md" maw={560}>
        <Title order={1}>
          {e?.code === 'INVITATION_INVALID'
            ? 'This invitation does not work any more'
            : 'We could not open this invitation'}
        </Title>
        <Text>
          {e?.code === 'INVITATION_INVALID'
            ? 'It may have expired, been used already, or been withdrawn. Please ask the person who invited you for a new link.'
            : (e?.detail ?? 'Please try again in a moment.')}
        </Text>
      </Stack>
    );
  }
  const invitation = preview.data;
  return (
    <Stack gap="md" maw={560}>
      <Title order={1}>
        {invitation.displayName}, {invitation.practiceName} invited you
      </Title>
      {session ? (
        <Alert color="sage" title={`You are signed in as ${session.account.displayName}`}>
          To accept this invitation for {invitation.email}, sign out first, then open the link again.
          <Group mt="sm">
            <Button variant="default" size="sm" loading={pending} onClick={() => void signOut()}>
              Sign out
            </Button>
          </Group>
        </Alert>
      ) : (
        <AcceptForm token={token} invitation={invitation} />
      )}
    </Stack>
  );
}

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const finish = (session: AccountSession) => {
    storeSession(queryClient, session);
    void navigate(homeFor(session.account.role), { replace: true });
  };
  const form = useForm({
    resolver: zodResolver(InvitationAcceptSchema),
    defaultValues: { token, password: '' },
  });
  const accept = useAcceptInvitation();
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [pending, setPending] = useState<LoginResult | null>(null);
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setProblem(null);
    try {
      const result = await accept.mutateAsync(values);
      if (result.status === 'signed-in' && !result.recoveryCodes?.length) finish(result.session);
      else setPending(result);
    } catch (e) {
      setProblem(applyApiError(e, form.setError, ['password']));
    }
  });

  if (pending) {
    // The invitation is used by now: starting again means signing in with the new password.
    return (
      <ContinueSignIn result={pending} onSignedIn={finish} onStartOver={() => void navigate(paths.login)} />
    );
  }

  return (
    <Stack gap="md">
      <Text>
        {invitation.role === 'client'
          ? 'Askwell is a quiet place to practise asking for help between your sessions, at your own pace.'
          : 'You will see your clients and the exercises you set them.'}{' '}
        Choose a password to finish. You will sign in with <strong>{invitation.email}</strong>.
      </Text>
      <Text size="sm" c="dark.6">
        This link works until {dateFormat.format(new Date(invitation.expiresAt))}.
      </Text>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="Choose your password">
        <Stack gap="md">
          <FormErrorAlert error={problem} />
          <input type="hidden" {...form.register('token')} />
          {/* Lets password managers file the new password under the right email. */}
          <input
            type="email"
            name="username"
            autoComplete="username"
            value={invitation.email}
            readOnly
            hidden
          />
          <PasswordInput
            label="Choose a password"
            description={PASSWORD_HINT}
            autoComplete="new-password"
            required
            {...form.register('password')}
            error={errors.password?.message}
          />
          <Group>
            <Button type="submit" loading={isSubmitting}>
              Set password and continue
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
