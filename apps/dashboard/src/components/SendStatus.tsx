import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { ApiError } from '../lib/api-client';
import type { DraftStatus } from '../lib/drafts';

const DRAFT_WORDS: Record<DraftStatus, string> = {
  loading: '',
  idle: '',
  saving: 'Saving…',
  saved: 'Saved',
  'not-saved': 'Kept on this device — not saved to Askwell yet',
  'signed-out': 'Kept on this device — your session has ended, sign in again to save it',
};

/** A quiet line about the autosave; when the session has ended, a way to sign in again right here. */
export function DraftStatusText({ status, onSignIn }: { status: DraftStatus; onSignIn?: () => void }) {
  return (
    <Group gap="xs" mih="1.6em">
      <Text size="sm" c="dark.6" role="status" aria-live="polite">
        {DRAFT_WORDS[status]}
      </Text>
      {status === 'signed-out' && onSignIn && (
        <Button variant="default" size="xs" onClick={onSignIn}>
          Sign in again
        </Button>
      )}
    </Group>
  );
}

/** While a submit has not reached the server: the text stays, it retries, and the person can too. */
export function SubmitRetryNotice({ waiting, onRetry }: { waiting: ApiError | null; onRetry: () => void }) {
  if (!waiting) return null;
  return (
    <Alert color="sage" title="Not sent yet" role="alert">
      <Stack gap="xs">
        <Text size="sm">
          {waiting.isNetworkError
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
