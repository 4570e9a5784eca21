import { Alert, Button, Center, Divider, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { authKeys, ChangePasswordForm, TwoFactorSettings, useSession } from '../../features/auth';
import {
  InviteDialog,
  inviteDraftKey,
  OpenInvitations,
  useOpenInvitations,
} from '../../features/invitations';
import {
  MembersList,
  practiceKeys,
  PracticeSettingsForm,
  useMembers,
  usePractice,
} from '../../features/practice';
import { ApiError } from '../../lib/api-client';
import { hasDraft } from '../../lib/draft-store';

function PracticeSection() {
  const queryClient = useQueryClient();
  const practice = usePractice();
  const [saved, setSaved] = useState(false);
  if (practice.isPending)
    return (
      <Center py="md">
        <Loader role="status" aria-label="Loading practice settings" />
      </Center>
    );
  if (practice.isError) {
    const e = practice.error instanceof ApiError ? practice.error : null;
    return (
      <Alert color="red" title="The practice settings could not be loaded" role="alert">
        {e?.detail ?? 'Please try again in a moment.'}
      </Alert>
    );
  }
  return (
    <Stack gap="md">
      {saved && (
        <Alert
          color="sage"
          title="Settings saved"
          role="status"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setSaved(false)}
        >
          Your changes apply from now on.
        </Alert>
      )}
      <PracticeSettingsForm
        key={practice.data.practice.version}
        practice={practice.data.practice}
        etag={practice.data.etag}
        onSaved={() => {
          setSaved(true);
          void queryClient.invalidateQueries({ queryKey: authKeys.session() });
        }}
        onReload={() => {
          setSaved(false);
          void queryClient.invalidateQueries({ queryKey: practiceKeys.detail() });
        }}
      />
    </Stack>
  );
}

function PeopleSection() {
  const members = useMembers();
  const invitations = useOpenInvitations();
  const [inviting, setInviting] = useState(() => hasDraft(inviteDraftKey('practitioner')));
  const practitionerInvitations = (invitations.data ?? []).filter((i) => i.role === 'practitioner');
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>People in your practice</Title>
        <Button variant="default" onClick={() => setInviting(true)}>
          Invite a practitioner
        </Button>
      </Group>
      {members.isPending && <Loader size="sm" role="status" aria-label="Loading people" />}
      {members.data && <MembersList members={members.data} />}
      <OpenInvitations invitations={practitionerInvitations} title="Waiting to join" headingOrder={3} />
      <InviteDialog opened={inviting} onClose={() => setInviting(false)} role="practitioner" />
    </Stack>
  );
}

export default function SettingsRoute() {
  const session = useSession().data;
  if (!session) return null;
  const isOwner = session.account.role === 'owner';
  return (
    <Stack gap="xl" maw={760}>
      <Title order={1}>Settings</Title>
      {isOwner && (
        <>
          <Stack gap="md">
            <Title order={2}>Your practice</Title>
            <PracticeSection />
          </Stack>
          <Divider />
          <PeopleSection />
          <Divider />
        </>
      )}
      <Stack gap="md">
        <Title order={2}>Your password</Title>
        <ChangePasswordForm />
      </Stack>
      <Divider />
      <Stack gap="md">
        <Title order={2}>Two-step sign-in</Title>
        <Text c="dark.6" maw={560}>
          Signed in as {session.account.email}.
        </Text>
        <TwoFactorSettings />
      </Stack>
    </Stack>
  );
}
