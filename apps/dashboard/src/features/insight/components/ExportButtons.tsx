import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { progressText, useDownload } from '../../../lib/download';

/**
 * The client's whole record (shared entries) as JSON or zipped CSV, fetched with the session; a progress bar
 * while it is built and downloaded.
 */
export function ExportButtons({ clientId }: { clientId: string }) {
  const { state, start } = useDownload();
  const base = `/v1/clients/${encodeURIComponent(clientId)}/export`;
  const busy = state.status === 'preparing' || state.status === 'downloading';
  const p = state.status === 'downloading' ? state.progress : null;
  const value = p && p.total ? Math.round((p.received / p.total) * 100) : null;
  return (
    <Stack gap="xs" className="no-print">
      <Group gap="sm">
        <Button
          variant="default"
          disabled={busy}
          onClick={() => void start(`${base}?format=json`, 'export.json')}
        >
          Download JSON
        </Button>
        <Button
          variant="default"
          disabled={busy}
          onClick={() => void start(`${base}?format=zip`, 'export.zip')}
        >
          Download CSV (zip)
        </Button>
      </Group>
      <div role="status" aria-live="polite">
        {state.status === 'preparing' && <Text size="sm">Preparing the export…</Text>}
        {p && (
          <Stack gap={4} maw={360}>
            <Text size="sm">Downloading: {progressText(p)}</Text>
            <Progress.Root size="md">
              <Progress.Section
                value={value ?? 100}
                animated={value === null}
                color="sage.7"
                aria-label="Download progress"
              />
            </Progress.Root>
          </Stack>
        )}
        {state.status === 'done' && <Text size="sm">Downloaded {state.filename}.</Text>}
      </div>
      {state.status === 'failed' && (
        <Alert color="red" role="alert" title="The export did not download">
          {state.error.detail ?? state.error.title}
        </Alert>
      )}
    </Stack>
  );
}
