import { Button, Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useSession } from '../../features/auth';
import { CaseloadOverview } from '../../features/insight';
import {
  InviteDialog,
  inviteDraftKey,
  OpenInvitations,
  useOpenInvitations,
} from '../../features/invitations';
import { useMembers } from '../../features/practice';
import { hasDraft } from '../../lib/draft-store';

export default function ClientsRoute() {
  const session = useSession().data;
  const isOwner = session?.account.role === 'owner';
  // Back from an idle sign-out with an invitation half typed: open the dialog again with it.
  const [inviting, setInviting] = useState(() => hasDraft(inviteDraftKey('client')));
  const members = useMembers({ enabled: isOwner });
  const invitations = useOpenInvitations();
  if (!session) return null;

  const clientInvitations = (invitations.data ?? []).filter((i) => i.role === 'client');
  return (
    <Stack gap="xl">
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>Clients</Title>
        <Button onClick={() => setInviting(true)}>Invite a client</Button>
      </Group>
      <CaseloadOverview onInvite={() => setInviting(true)} />
      <OpenInvitations invitations={clientInvitations} title="Waiting to join" headingOrder={2} />
      <InviteDialog
        opened={inviting}
        onClose={() => setInviting(false)}
        role="client"
        practitioners={
          isOwner ? members.data?.map((m) => ({ id: m.id, displayName: m.displayName })) : undefined
        }
        defaultPractitionerId={session.account.id}
      />
    </Stack>
  );
}
