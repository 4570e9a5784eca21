import { Alert, Anchor, Center, Loader, Stack, Text, Title } from '@mantine/core';
import type { EntryView } from '@askwell/domain';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { links } from '../../../config/paths';
import { ApiError } from '../../../lib/api-client';
import { KIND_LABELS, barrierName, formatDay, formatTime } from '../../../lib/labels';
import { EntryDetails, type Evidence } from '../../entries';
import { entryQuery, useEntryForReview } from '../api/review';
import { EntryRiskPanel } from './EntryRiskPanel';
import { ReviewPanel } from './ReviewPanel';

function evidenceOf(entry: EntryView): Evidence {
  const shown = entry.tags.filter((t) => t.status !== 'rejected' && t.evidence);
  const byPhrase = new Map(shown.map((t) => [t.evidence ?? '', t.barrierId]));
  return {
    phrases: shown.map((t) => t.evidence ?? ''),
    labelFor: (phrase) => {
      const id = byPhrase.get(phrase);
      return id ? `Evidence for ${barrierName(id)}` : undefined;
    },
  };
}

/** A practitioner reads one shared entry and reviews it: tags with their evidence, comment, session, reviewed. */
export function EntryReview({ entryId }: { entryId: string }) {
  const queryClient = useQueryClient();
  const query = useEntryForReview(entryId);
  if (query.isPending)
    return (
      <Center py="lg">
        <Loader role="status" aria-label="Loading the entry" />
      </Center>
    );
  if (query.isError)
    return (
      <Alert color="red" role="alert" title="This entry could not be loaded">
        {query.error instanceof ApiError && query.error.status === 404
          ? 'It is not shared with you, or the link is wrong.'
          : 'Please try again in a moment.'}
      </Alert>
    );
  const { entry } = query.data;
  const reload = () => void queryClient.fetchQuery({ ...entryQuery(entryId), staleTime: 0 });
  return (
    <Stack gap="lg" maw={1040}>
      <Stack gap={4}>
        <Anchor component={Link} to={links.client(entry.clientId)} c="sage.8" size="sm">
          Back to the client
        </Anchor>
        <Title order={1}>
          {KIND_LABELS[entry.kind]} · {formatDay(entry.occurredOn)}
        </Title>
        <Text size="sm" c="dark.6">
          {entry.exerciseTitle ? `${entry.exerciseTitle} · ` : ''}written {formatTime(entry.createdAt)}
        </Text>
      </Stack>
      {entry.risk.flagged && <EntryRiskPanel entry={entry} />}
      <EntryDetails entry={entry} evidence={evidenceOf(entry)} />
      <ReviewPanel versioned={query.data} onReload={reload} />
    </Stack>
  );
}
