import { Alert, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { LADDER } from '@askwell/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../../lib/api-client';
import { clientQuery, type VersionedClient } from '../api/clients';
import { useSetRung } from '../api/mutations';

/** The client's current rung on the ladder; saving names the version it was read at (If-Match). */
export function RungControl({ versioned }: { versioned: VersionedClient }) {
  const queryClient = useQueryClient();
  const current = versioned.client.currentRung ?? null;
  const [value, setValue] = useState(current === null ? '' : String(current));
  const rung = useSetRung(versioned);
  const pending = rung.isPending;
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const save = async () => {
    setProblem(null);
    setSaved(false);
    try {
      await rung.mutateAsync(Number(value));
      setSaved(true);
    } catch (e) {
      setProblem(e instanceof ApiError ? e : new ApiError(0, 'UNEXPECTED', 'Something went wrong'));
    }
  };
  const stale = problem?.code === 'PRECONDITION_FAILED';
  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label="Current rung"
          value={value}
          onChange={(e) => {
            setValue(e.currentTarget.value);
            setSaved(false);
          }}
          data={[
            { value: '', label: 'Not set', disabled: true },
            ...LADDER.map((r) => ({ value: String(r.rung), label: `${r.rung} · ${r.title}` })),
          ]}
          maw={320}
        />
        <Button
          variant="default"
          loading={pending}
          disabled={value === '' || value === String(current)}
          onClick={() => void save()}
        >
          Set rung
        </Button>
      </Group>
      {saved && (
        <Text size="sm" role="status" c="dark.6">
          Rung saved.
        </Text>
      )}
      {problem && (
        <Alert color="red" role="alert" title={stale ? 'Changed meanwhile' : problem.title}>
          {stale
            ? 'Someone changed this client since you opened the page.'
            : (problem.detail ?? problem.message)}
          {stale && (
            <Group mt="xs">
              <Button
                size="xs"
                variant="default"
                onClick={() => {
                  setProblem(null);
                  void queryClient
                    .fetchQuery({ ...clientQuery(versioned.client.id), staleTime: 0 })
                    .then((latest) =>
                      setValue(latest.client.currentRung == null ? '' : String(latest.client.currentRung)),
                    );
                }}
              >
                Load the latest version
              </Button>
            </Group>
          )}
        </Alert>
      )}
    </Stack>
  );
}
