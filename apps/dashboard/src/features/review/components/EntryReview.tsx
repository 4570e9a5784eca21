import {
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  Checkbox,
  Group,
  Loader,
  NativeSelect,
  Paper,
  Skeleton,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { BARRIERS, isBarrierId, type BarrierId, type EntryReview as ReviewBody } from '@askwell/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { links } from '../../../config/paths';
import { ApiError } from '../../../lib/api-client';
import type { EntryView, TagView } from '@askwell/domain';
import { EntryDetails, type Evidence } from '../../entries';
import { HighlightedText } from '../../../components/HighlightedText';
import { KIND_LABELS, TAG_STATUS_LABELS, barrierName, formatDay, formatTime } from '../../../lib/labels';
import { queryRoots } from '../../../lib/query-keys';
import {
  entryQuery,
  reviewEntry,
  reviewKeys,
  useEntryForReview,
  useRiskFlags,
  type VersionedEntryView,
} from '../api/review';
import { flagTitle } from '../../../lib/risk-labels';
import { FlagHistory, OpenFlagList, useFlagsChanged } from './RiskFlags';

type Send = (review: ReviewBody, what: string) => Promise<void>;

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

function TagItem({ tag, send, busy }: { tag: TagView; send: Send; busy: boolean }) {
  const name = barrierName(tag.barrierId);
  const decided = tag.status === 'confirmed' || tag.status === 'rejected';
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="md"
      aria-label={`${name}: ${TAG_STATUS_LABELS[tag.status]}`}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fw={600}>{name}</Text>
          <Badge
            variant={decided ? 'filled' : 'outline'}
            color={tag.status === 'confirmed' ? 'sage.8' : tag.status === 'rejected' ? 'gray.7' : 'dark'}
            radius="sm"
            tt="none"
          >
            {TAG_STATUS_LABELS[tag.status]}
          </Badge>
        </Group>
        {tag.evidence && (
          <Text size="sm">
            Because of:{' '}
            <HighlightedText
              inline
              text={tag.evidence}
              phrases={tag.status === 'rejected' ? [] : [tag.evidence]}
            />
          </Text>
        )}
        {tag.changedBy && (
          <Text size="xs" c="dark.6">
            {TAG_STATUS_LABELS[tag.status]} by {tag.changedBy.displayName}, {formatTime(tag.changedAt)}
          </Text>
        )}
        <Group gap="xs">
          {tag.status !== 'confirmed' && (
            <Button
              size="xs"
              disabled={busy}
              aria-label={`Confirm ${name}`}
              onClick={() =>
                void send(
                  { tagDecisions: [{ barrierId: tag.barrierId, decision: 'confirm' }] },
                  `${name} confirmed.`,
                )
              }
            >
              Confirm
            </Button>
          )}
          {tag.status !== 'rejected' && (
            <Button
              size="xs"
              variant="default"
              disabled={busy}
              aria-label={`Reject ${name}`}
              onClick={() =>
                void send(
                  { tagDecisions: [{ barrierId: tag.barrierId, decision: 'reject' }] },
                  `${name} rejected.`,
                )
              }
            >
              Reject
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

function ReviewPanel({ versioned, onReload }: { versioned: VersionedEntryView; onReload: () => void }) {
  const queryClient = useQueryClient();
  const { entry } = versioned;
  const review = entry.review;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [comment, setComment] = useState(review?.comment ?? '');
  const [adding, setAdding] = useState('');

  const send: Send = async (body, what) => {
    setBusy(true);
    setProblem(null);
    setDone(null);
    try {
      const current = queryClient.getQueryData<VersionedEntryView>(reviewKeys.entry(entry.id)) ?? versioned;
      const next = await reviewEntry(entry.id, body, current.etag);
      queryClient.setQueryData(reviewKeys.entry(entry.id), next);
      void queryClient.invalidateQueries({ queryKey: reviewKeys.timelines(entry.clientId) });
      void queryClient.invalidateQueries({ queryKey: queryRoots.clients });
      setDone(what);
    } catch (e) {
      setProblem(e instanceof ApiError ? e : new ApiError(0, 'UNEXPECTED', 'Something went wrong'));
    } finally {
      setBusy(false);
    }
  };

  const tagged = new Set(entry.tags.map((t) => t.barrierId));
  const addable = BARRIERS.filter((b) => !tagged.has(b.id));
  const stale = problem?.code === 'PRECONDITION_FAILED';

  return (
    <Stack gap="md" component="section" aria-labelledby="review-heading">
      <Title order={2} size="h3" id="review-heading">
        Your review
      </Title>
      {done && (
        <Text role="status" size="sm" c="dark.6">
          {done}
        </Text>
      )}
      {problem && (
        <Alert color="red" role="alert" title={stale ? 'Changed meanwhile' : problem.title}>
          {stale ? 'This entry changed since you opened it.' : (problem.detail ?? problem.message)}
          {stale && (
            <Group mt="xs">
              <Button
                size="xs"
                variant="default"
                onClick={() => {
                  setProblem(null);
                  onReload();
                }}
              >
                Load the latest version
              </Button>
            </Group>
          )}
        </Alert>
      )}
      <Stack gap="xs">
        <Title order={3} size="h4">
          Barrier tags
        </Title>
        <Text size="sm" c="dark.6">
          Suggestions come from the words marked in the entry. They count only once you confirm them.
        </Text>
        {entry.tags.length === 0 && <Text c="dark.6">No tags yet.</Text>}
        {entry.tags.length > 0 && (
          <Stack
            gap="xs"
            component="ul"
            aria-label="Barrier tags"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {entry.tags.map((t) => (
              <TagItem key={`${t.barrierId}:${t.status}`} tag={t} send={send} busy={busy} />
            ))}
          </Stack>
        )}
        <Group align="flex-end" gap="sm" wrap="wrap">
          <NativeSelect
            label="Add a tag"
            value={adding}
            onChange={(e) => setAdding(e.currentTarget.value)}
            data={[
              { value: '', label: 'Choose a barrier…' },
              ...addable.map((b) => ({ value: b.id, label: b.name })),
            ]}
            maw={320}
          />
          <Button
            variant="default"
            disabled={busy || !isBarrierId(adding)}
            onClick={() => {
              if (!isBarrierId(adding)) return;
              const id: BarrierId = adding;
              void send({ addTags: [id] }, `${barrierName(id)} added.`).then(() => setAdding(''));
            }}
          >
            Add tag
          </Button>
        </Group>
      </Stack>
      <Stack gap="xs">
        <Textarea
          label="Comment"
          description="For you and your colleagues in the practice; the client does not see it."
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={8}
        />
        <Group>
          <Button
            variant="default"
            disabled={busy || comment.trim() === (review?.comment ?? '')}
            onClick={() =>
              void send({ comment: comment.trim() === '' ? null : comment.trim() }, 'Comment saved.')
            }
          >
            Save comment
          </Button>
        </Group>
      </Stack>
      <Checkbox
        label="Raise this in the next session"
        checked={review?.raiseInSession ?? false}
        disabled={busy}
        onChange={(e) =>
          void send(
            { raiseInSession: e.currentTarget.checked },
            e.currentTarget.checked ? 'Marked for the next session.' : 'No longer marked for the session.',
          )
        }
      />
      <Group gap="sm" align="center">
        <Button disabled={busy} onClick={() => void send({ markReviewed: true }, 'Marked as reviewed.')}>
          Mark reviewed
        </Button>
        {review?.reviewedAt && (
          <Text size="sm" c="dark.6">
            Reviewed {review.reviewedBy ? `by ${review.reviewedBy.displayName} ` : ''}on{' '}
            {formatTime(review.reviewedAt)}
          </Text>
        )}
      </Group>
    </Stack>
  );
}

/**
 * The entry's risk flags: the most serious tier and category at once (from the entry), then each flag with
 * what the screen found, open ones with Acknowledge and acknowledged ones with who and when (the client's
 * flags, which the client's page has usually just read).
 */
function EntryRiskPanel({ entry }: { entry: EntryView }) {
  const flags = useRiskFlags(entry.clientId);
  const done = useFlagsChanged(entry.clientId);
  const mine = (flags.data ?? []).filter((f) => f.entryId === entry.id);
  const open = mine.filter((f) => f.acknowledgedAt === null);
  const past = mine.filter((f) => f.acknowledgedAt !== null);
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      component="section"
      aria-labelledby="entry-risk-heading"
      style={{ borderColor: 'var(--mantine-color-orange-9)', borderWidth: 2 }}
    >
      <Stack gap="xs">
        <Title order={2} size="h4" id="entry-risk-heading">
          {flagTitle(entry.risk.tier, entry.risk.category)}
        </Title>
        <Text>
          This entry raised a risk flag{entry.risk.raisedAt ? ` on ${formatTime(entry.risk.raisedAt)}` : ''}.
          The client was shown the practice&rsquo;s crisis text at once; nothing else happens automatically.
        </Text>
        {flags.isPending && <Skeleton height={72} radius="md" aria-label="Loading the flags" />}
        {flags.isError && (
          <Text size="sm" role="alert">
            The flags could not be loaded. Please try again in a moment.
          </Text>
        )}
        {open.length > 0 && (
          <OpenFlagList flags={open} entryLink={false} onDone={done} label="Open risk flags of this entry" />
        )}
        {flags.isSuccess && open.length === 0 && (
          <Text size="sm" c="dark.6">
            Acknowledged: no flag of this entry is open.
          </Text>
        )}
        <FlagHistory
          flags={past}
          entryLink={false}
          summary={
            past.length === 1
              ? '1 acknowledged flag, with who acknowledged it'
              : `${past.length} acknowledged flags, with who acknowledged them`
          }
        />
      </Stack>
    </Paper>
  );
}

/** A practitioner reads one shared entry and reviews it: tags with their evidence, comment, session, reviewed. */
export function EntryReview({ entryId }: { entryId: string }) {
  const queryClient = useQueryClient();
  const query = useEntryForReview(entryId);
  if (query.isPending)
    return (
      <Center py="lg">
        <Loader aria-label="Loading the entry" />
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
