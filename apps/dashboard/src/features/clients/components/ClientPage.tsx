import {
  Alert,
  Anchor,
  Button,
  Center,
  Divider,
  Group,
  Loader,
  Skeleton,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { Suspense, useDeferredValue, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { links, paths } from '../../../config/paths';
import { ApiError } from '../../../lib/api-client';
import { Placeholder, PlaceholderRows } from '../../../components/Placeholder';
import { hasDraft } from '../../../lib/draft-store';
import { formatTime } from '../../../lib/labels';
import { refetchUnlessJustFetched } from '../../../lib/query-client';
import { useLoadedModule } from '../../../lib/use-loaded-module';
import {
  AssignmentsPanel,
  assignDraftKey,
  customExerciseDraftKey,
  loadAssignmentDialogs,
  useClientAssignments,
} from '../../assignments';
import { ExportButtons, LadderPanel, ProgressPanel, SessionsPanel, useProgress } from '../../insight';
import { RiskFlags, Timeline, useRiskFlags } from '../../review';
import { clientTabOf } from '../api/client-page';
import { useClient } from '../api/clients';
import { RungControl } from './RungControl';

// The charts library is large: it loads only when the Progress tab opens. The other tabs load when opened
// too (each a lazy component of the insight feature), and the two dialogs (with their forms and validation)
// in the background once the page is on.
const tabLoading = (label: string) => (
  <Center py="lg">
    <Loader role="status" aria-label={label} />
  </Center>
);

/** The overview's first screen, block for block (the rung, the buttons, the exercises, the entries). */
function OverviewSkeleton() {
  return (
    <Stack gap="xl">
      <Skeleton h={62} w={440} maw="100%" radius="md" />
      <Skeleton h={36} w={330} maw="100%" radius="md" />
      <Stack gap="sm">
        <Skeleton h={31} w={130} radius="md" />
        <PlaceholderRows count={1} height={138} />
      </Stack>
      <Stack gap="sm">
        <Skeleton h={31} w={110} radius="md" />
        <PlaceholderRows count={4} height={94} />
      </Stack>
    </Stack>
  );
}

/**
 * Until the client and their open risk flags are in: the page's head at its real size, the tabs, and the
 * overview. The flags sit above everything else, so the page draws only once it knows them (a flag arriving
 * later would push the whole page down while someone reads it).
 */
function ClientPageSkeleton() {
  return (
    <Placeholder label="Loading the client">
      <Stack gap="xl">
        <Stack gap={4}>
          <Skeleton h={20} w={80} radius="sm" />
          <Skeleton h={44} w={300} maw="100%" radius="sm" />
          <Skeleton h={20} w={440} maw="100%" radius="sm" />
          <Group mt="xs">
            <Skeleton h={36} w={170} radius="md" />
          </Group>
        </Stack>
        <Skeleton h={36} radius="sm" />
        <OverviewSkeleton />
      </Stack>
    </Placeholder>
  );
}

function LadderTab({ clientId, currentRung }: { clientId: string; currentRung: number | null }) {
  const progress = useProgress(clientId, null);
  return (
    <Suspense fallback={tabLoading('Loading the ladder')}>
      <LadderPanel clientId={clientId} currentRung={currentRung} readiness={progress.data?.readiness} />
    </Suspense>
  );
}

/**
 * One client: where they are on the ladder, open risk flags, their exercises and their entries; their
 * progress in charts; the readiness suggestion; sessions with private notes. The tab is in the address.
 */
export function ClientPage({ clientId }: { clientId: string }) {
  const [params, setParams] = useSearchParams();
  const tab = clientTabOf(params);
  // Asked for together (see prefetchClientPage in ../api/client-page.ts), so the page draws once with all of its first screen.
  const client = useClient(clientId, { refetchOnMount: refetchUnlessJustFetched });
  const flags = useRiskFlags(clientId, { refetchOnMount: refetchUnlessJustFetched });
  const assignments = useClientAssignments(clientId, {
    enabled: tab === 'overview',
    refetchOnMount: refetchUnlessJustFetched,
  });
  const [assigning, setAssigning] = useState(() => hasDraft(assignDraftKey(clientId)));
  const [creating, setCreating] = useState(() => hasDraft(customExerciseDraftKey));
  const [notice, setNotice] = useState<string | null>(null);

  // The whole page draws in one go once its first screen is in: as a deferred render, which React does in
  // slices between which the browser can answer input, instead of one long task (the placeholder stays
  // meanwhile).
  const ready = useDeferredValue(!client.isPending && !flags.isPending, false);
  const dialogs = useLoadedModule(loadAssignmentDialogs, ready);
  if (!ready || client.isPending || flags.isPending) return <ClientPageSkeleton />;
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
        <Group mt="xs">
          <Button component={Link} to={links.brief(clientId)}>
            Pre-session brief
          </Button>
        </Group>
      </Stack>
      <RiskFlags clientId={clientId} flags={flags.data ?? []} />
      <Tabs
        value={tab}
        onChange={(v) => setParams(v && v !== 'overview' ? { tab: v } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List aria-label="About this client" className="no-print">
          <Tabs.Tab value="overview">Overview</Tabs.Tab>
          <Tabs.Tab value="progress">Progress</Tabs.Tab>
          <Tabs.Tab value="ladder">Ladder</Tabs.Tab>
          <Tabs.Tab value="sessions">Sessions and notes</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="lg">
          {assignments.isPending ? (
            <Placeholder label="Loading the overview">
              <OverviewSkeleton />
            </Placeholder>
          ) : (
            <Stack gap="xl">
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
              <AssignmentsPanel clientId={clientId} assignments={assignments} />
              <Divider />
              <Timeline clientId={clientId} />
              <Divider />
              <Stack gap="xs" component="section" aria-labelledby="export-title">
                <Title order={2} size="h3" id="export-title">
                  Export the record
                </Title>
                <Text size="sm" c="dark.6">
                  Everything {c.displayName} shared, for your records or a transfer. The download is logged.
                </Text>
                <ExportButtons clientId={clientId} />
              </Stack>
            </Stack>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="progress" pt="lg">
          <Suspense fallback={tabLoading('Loading progress')}>
            <ProgressPanel clientId={clientId} />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="ladder" pt="lg">
          <LadderTab clientId={clientId} currentRung={c.currentRung ?? null} />
        </Tabs.Panel>
        <Tabs.Panel value="sessions" pt="lg">
          <Suspense fallback={tabLoading('Loading the sessions')}>
            <SessionsPanel clientId={clientId} />
          </Suspense>
        </Tabs.Panel>
      </Tabs>
      {dialogs && (
        <dialogs.AssignDialog
          opened={assigning}
          onClose={() => setAssigning(false)}
          clientId={clientId}
          clientName={c.displayName}
          onAssigned={(a) => {
            setAssigning(false);
            setNotice(`${a.exercise.title} is assigned. ${c.displayName} sees it in their week.`);
          }}
        />
      )}
      {dialogs && (
        <dialogs.CustomExerciseDialog
          opened={creating}
          onClose={() => setCreating(false)}
          onCreated={(e) => {
            setCreating(false);
            setNotice(`${e.title} is in your library. Assign it from “Assign exercise”.`);
          }}
        />
      )}
    </Stack>
  );
}
