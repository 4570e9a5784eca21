import { Alert, Anchor, Button, Center, Divider, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { ApiError } from '../../../lib/api-client';
import { hasDraft } from '../../../lib/drafts';
import { AssignDialog } from '../../assignments/components/AssignDialog';
import { AssignmentsPanel } from '../../assignments/components/AssignmentsPanel';
import { CustomExerciseDialog } from '../../assignments/components/CustomExerciseDialog';
import { formatTime } from '../../entries/labels';
import { RiskFlags } from '../../review/components/RiskFlags';
import { Timeline } from '../../review/components/Timeline';
import { useClient } from '../api/clients';
import { RungControl } from './RungControl';

/** One client: where they are on the ladder, open risk flags, their exercises and their entries. */
export function ClientPage({ clientId }: { clientId: string }) {
  const client = useClient(clientId);
  const [assigning, setAssigning] = useState(() => hasDraft(`assign/${clientId}`));
  const [creating, setCreating] = useState(() => hasDraft('exercise/new'));
  const [notice, setNotice] = useState<string | null>(null);

  if (client.isPending)
    return (
      <Center py="lg">
        <Loader aria-label="Loading the client" />
      </Center>
    );
  if (client.isError)
    return (
      <Alert color="red" role="alert" title="This client could not be loaded">
        {client.error instanceof ApiError && client.error.status === 404
          ? 'They are not in your caseload, or the link is wrong.'
          : 'Please try again in a moment.'}
      </Alert>
    );

  const c = client.data.client;
  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Anchor component={Link} to={paths.clients} c="sage.8" size="sm">
          All clients
        </Anchor>
        <Title order={1}>{c.displayName}</Title>
        <Text size="sm" c="dark.6">
          {c.email}
          {c.lastActivityAt ? ` · last active ${formatTime(c.lastActivityAt)}` : ''}
          {c.timeZone ? ` · ${c.timeZone}` : ''}
        </Text>
      </Stack>
      <RiskFlags clientId={clientId} />
      <RungControl versioned={client.data} />
      {notice && (
        <Alert
          color="sage"
          role="status"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setNotice(null)}
        >
          {notice}
        </Alert>
      )}
      <Group gap="sm">
        <Button onClick={() => setAssigning(true)}>Assign exercise</Button>
        <Button variant="default" onClick={() => setCreating(true)}>
          New custom exercise
        </Button>
      </Group>
      <AssignmentsPanel clientId={clientId} />
      <Divider />
      <Timeline clientId={clientId} />
      <AssignDialog
        opened={assigning}
        onClose={() => setAssigning(false)}
        clientId={clientId}
        clientName={c.displayName}
        onAssigned={(a) => {
          setAssigning(false);
          setNotice(`${a.exercise.title} is assigned. ${c.displayName} sees it in their week.`);
        }}
      />
      <CustomExerciseDialog
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(e) => {
          setCreating(false);
          setNotice(`${e.title} is in your library. Assign it from “Assign exercise”.`);
        }}
      />
    </Stack>
  );
}
