import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import {
  BARRIERS,
  isBarrierId,
  type BarrierId,
  type EntryReview as ReviewBody,
  type TagView,
} from '@askwell/domain';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { HighlightedText } from '../../../components/HighlightedText';
import { ApiError } from '../../../lib/api-client';
import { useDraft } from '../../../lib/drafts';
import { TAG_STATUS_LABELS, barrierName, formatTime } from '../../../lib/labels';
import { useReviewEntry } from '../api/mutations';
import type { VersionedEntryView } from '../api/review';

/** Sends one review step; true once it is stored (a problem is shown otherwise). */
type Send = (review: ReviewBody, what: string) => Promise<boolean>;

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

/** The practitioner's review of one entry: tag decisions, a comment, "raise in session", "reviewed". */
export function ReviewPanel({
  versioned,
  onReload,
}: {
  versioned: VersionedEntryView;
  onReload: () => void;
}) {
  const { entry } = versioned;
  const review = entry.review;
  const reviewing = useReviewEntry(entry.id, versioned);
  const busy = reviewing.isPending;
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // The comment keeps a local copy like every form (lib/drafts.ts): unsent words survive a reload.
  const commentForm = useForm({ defaultValues: { comment: review?.comment ?? '' } });
  const commentDraft = useDraft(`review/${entry.id}`, commentForm);
  const comment = useWatch({ control: commentForm.control, name: 'comment' });
  const [adding, setAdding] = useState('');

  const send: Send = async (body, what) => {
    setProblem(null);
    setDone(null);
    try {
      await reviewing.mutateAsync(body);
      setDone(what);
      return true;
    } catch (e) {
      setProblem(e instanceof ApiError ? e : new ApiError(0, 'UNEXPECTED', 'Something went wrong'));
      return false;
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
          {...commentForm.register('comment')}
          autosize
          minRows={2}
          maxRows={8}
        />
        <Group>
          <Button
            variant="default"
            disabled={busy || comment.trim() === (review?.comment ?? '')}
            onClick={() =>
              void send({ comment: comment.trim() === '' ? null : comment.trim() }, 'Comment saved.').then(
                (stored) => {
                  if (!stored) return;
                  commentDraft.discard();
                  commentForm.reset({ comment: comment.trim() }); // what is saved is the form's start now
                },
              )
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
