import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { ApiError } from '../lib/api-client';
import type { ReliableSubmitState } from '../lib/reliable-submit';
import type { DraftStatus } from '../lib/server-drafts';

const DRAFT_WORDS: Record<DraftStatus, string> = {
  loading: '',
  idle: '',
  saving: 'Saving…',
  saved: 'Saved',
  'not-saved': 'Not saved yet — it stays on this screen',
};

/** A quiet line about the autosave. */
export function DraftStatusText({ status }: { status: DraftStatus }) {
  return (
    <Text size="sm" c="dark.6" role="status" aria-live="polite" mih="1.6em">
      {DRAFT_WORDS[status]}
    </Text>
  );
}

/** While a submit has not reached the server: the text stays, it retries, and the person can too. */
export function SubmitRetryNotice<T>({
  state,
  onRetry,
}: {
  state: ReliableSubmitState<T>;
  onRetry: () => void;
}) {
  if (state.status !== 'waiting') return null;
  const e: ApiError = state.error;
  const offline = e.isNetworkError;
  return (
    <Alert color="sage" title="Not sent yet" role="alert">
      <Stack gap="xs">
        <Text size="sm">
          {offline
            ? 'We could not reach Askwell. Your text is still here, and we will send it as soon as the connection is back.'
            : 'Askwell did not answer properly. Your text is still here, and we will try again in a moment.'}{' '}
          It will only be saved once.
        </Text>
        <Group>
          <Button variant="default" size="sm" onClick={onRetry}>
            Try again
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
