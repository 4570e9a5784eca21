import {
  Alert,
  Box,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../../lib/api-client';
import { CASELOAD_PAGE_SIZE, useCaseloadOverview, type CaseloadFilters } from '../api/insight';
import {
  activeFilterCount,
  DEFAULT_CASELOAD,
  filtersFromSearch,
  searchFromFilters,
  shownText,
} from '../caseload-model';
import { CaseloadFilterBar } from './caseload/CaseloadFilterBar';
import { ClientCards } from './caseload/ClientCards';
import { ClientTable } from './caseload/ClientTable';

/** The link of a client in whichever list is on screen (the table on a wide screen, the cards on a phone). */
function focusClient(container: HTMLElement | null, id: string): void {
  const found = Array.from(
    container?.querySelectorAll<HTMLElement>(`[data-client-link="${CSS.escape(id)}"]`) ?? [],
  );
  (found.find((el) => el.getClientRects().length > 0) ?? found[0])?.focus();
}

/**
 * The caseload at a glance: who has an open risk flag, who is keeping up, who has unread entries and who may
 * be ready for the next rung. Ordered and filtered by the API a page at a time (who needs attention first
 * unless another order is chosen); "Show more" adds the next page under the ones shown. The order and filters
 * live in the address.
 */
export function CaseloadOverview({ onInvite }: { onInvite: () => void }) {
  const [params, setParams] = useSearchParams();
  const filters = filtersFromSearch(params);
  const caseload = useCaseloadOverview(filters);
  const setFilters = (f: CaseloadFilters) => setParams(searchFromFilters(f), { replace: true });
  const filtered = activeFilterCount(filters) > 0;
  const listRef = useRef<HTMLDivElement>(null);
  // After "Show more": the first client it added gets the focus once shown, so a keyboard carries on there.
  const focusAt = useRef<number | null>(null);
  const clients = caseload.data?.pages.flatMap((p) => p.items) ?? [];
  useEffect(() => {
    const next = focusAt.current === null ? undefined : clients[focusAt.current];
    if (!next) return;
    focusAt.current = null;
    focusClient(listRef.current, next.id);
  });

  if (caseload.isPending)
    return (
      <Center py="lg">
        <Loader role="status" aria-label="Loading your clients" />
      </Center>
    );
  if (caseload.isError && !caseload.data) {
    const e = caseload.error instanceof ApiError ? caseload.error : null;
    return (
      <Alert color="red" title="Your clients could not be loaded" role="alert">
        {e?.detail ?? 'Please try again in a moment.'}{' '}
        <Button variant="default" size="xs" ml="xs" onClick={() => void caseload.refetch()}>
          Try again
        </Button>
      </Alert>
    );
  }

  // The newest page's counts: the caseload may have changed since the first.
  const summary = caseload.data.pages.at(-1) ?? { total: 0, flagged: 0 };
  const { total, flagged } = summary;
  if (total === 0 && !filtered) {
    return (
      <Paper withBorder p="xl" radius="md">
        <Stack gap="sm" align="flex-start">
          <Title order={2} size="h3">
            No clients yet
          </Title>
          <Text>
            Invite your first client: they get a link to choose a password, and then you can set small
            help-seeking exercises for them between sessions.
          </Text>
          <Button onClick={onInvite}>Invite a client</Button>
        </Stack>
      </Paper>
    );
  }

  const more = Math.min(CASELOAD_PAGE_SIZE, Math.max(0, total - clients.length));
  const status = caseload.isFetchingNextPage
    ? 'Loading more clients…'
    : caseload.isPlaceholderData
      ? 'Updating…'
      : shownText(clients.length, total, filtered);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="baseline" wrap="wrap">
        <Title order={2} size="h3">
          {total === 1 ? '1 client' : `${total} clients`}
          {filtered ? (total === 1 ? ' matches' : ' match') : ''}
        </Title>
        {flagged > 0 && (
          <Group gap="xs" align="baseline">
            <Text fw={600} c="#9c3d00">
              {flagged === 1 ? '1 client has' : `${flagged} clients have`} an open risk flag.
            </Text>
            {filters.sort !== DEFAULT_CASELOAD.sort && (
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={() => setFilters({ ...filters, ...DEFAULT_CASELOAD })}
              >
                Show who needs attention first
              </Button>
            )}
          </Group>
        )}
      </Group>
      <CaseloadFilterBar filters={filters} onChange={setFilters} />
      <Text size="sm" c="dark.6" role="status">
        {status}
      </Text>
      {clients.length > 0 && (
        <Box ref={listRef}>
          <ClientTable clients={clients} filters={filters} onSort={setFilters} />
          <ClientCards clients={clients} />
        </Box>
      )}
      {caseload.isFetchNextPageError && (
        <Alert color="red" title="More clients could not be loaded" role="alert">
          Please try again in a moment.
        </Alert>
      )}
      {caseload.hasNextPage && more > 0 && (
        <Group>
          <Button
            variant="default"
            loading={caseload.isFetchingNextPage}
            onClick={() => {
              focusAt.current = clients.length;
              void caseload.fetchNextPage();
            }}
          >
            {`Show ${more} more`}
            <VisuallyHidden>{more === 1 ? ' client' : ' clients'}</VisuallyHidden>
          </Button>
        </Group>
      )}
    </Stack>
  );
}
