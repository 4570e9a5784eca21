import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Center,
  Checkbox,
  Group,
  Loader,
  NativeSelect,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type Adherence, type CaseloadSort, LADDER } from '@askwell/domain';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { links } from '../../../config/paths';
import { ApiError } from '../../../lib/api-client';
import type { CaseloadFilters, CaseloadRow } from '../api/insight';
import { CASELOAD_PAGE_SIZE, useCaseloadOverview } from '../api/insight';
import {
  activeFilterCount,
  adherenceText,
  ariaSort,
  DEFAULT_CASELOAD,
  filtersFromSearch,
  nextSort,
  orderChoices,
  orderValue,
  searchFromFilters,
  shownText,
  withOrder,
} from '../caseload-model';
import { RiskBadge } from '../../../components/RiskBadge';
import { openFlagsLabel } from '../../../lib/risk-labels';
import { relativeTime } from '../format';

function AdherenceCell({ a, label }: { a: Adherence; label: string }) {
  return (
    <Stack gap={2} miw={72}>
      <Text size="sm" fw={500}>
        {adherenceText(a)}
        <VisuallyHidden> done in the last {label}</VisuallyHidden>
      </Text>
      {a.rate !== null && (
        <Progress value={Math.round(a.rate * 100)} size="sm" color="sage.7" aria-hidden="true" />
      )}
    </Stack>
  );
}

/** "Explicit risk · open", "Concern · 2 open": the most serious open flag's tier (never understated) and how many. */
function FlagBadge({ c }: { c: CaseloadRow }) {
  if (c.openRiskFlags === 0) return null;
  return (
    <RiskBadge tier={c.openRiskTier} size="lg">
      {openFlagsLabel(c.openRiskTier, c.openRiskFlags)}
      <VisuallyHidden>{c.openRiskFlags === 1 ? ' risk flag' : ' risk flags'}</VisuallyHidden>
    </RiskBadge>
  );
}

function ReadyBadge({ c }: { c: CaseloadRow }) {
  if (!c.readiness.ready || c.currentRung === null || c.currentRung >= 6) return null;
  return (
    <Badge color="sage.8" radius="sm" tt="none">
      Ready to discuss rung {c.currentRung + 1}
    </Badge>
  );
}

/** Adherence and readiness are computed for the clients of a page only, so they cannot order the caseload. */
const COLUMNS: { sort: CaseloadSort | null; label: string }[] = [
  { sort: 'name', label: 'Client' },
  { sort: 'risk-flags', label: 'Risk flags' },
  { sort: null, label: 'Done, 7 days' },
  { sort: null, label: 'Done, 28 days' },
  { sort: 'last-activity', label: 'Last activity' },
  { sort: 'unread', label: 'Unread shared' },
  { sort: 'rung', label: 'Rung' },
  { sort: null, label: 'Readiness' },
];

/** The link to a client; `data-client-link` lets "Show more" move the focus to the first client it added. */
function ClientLink({ c }: { c: CaseloadRow }) {
  return (
    <Anchor component={Link} to={links.client(c.id)} fw={600} c="sage.8" data-client-link={c.id}>
      {c.displayName}
    </Anchor>
  );
}

function SortHeader({
  column,
  label,
  filters,
  onSort,
}: {
  column: CaseloadSort;
  label: string;
  filters: CaseloadFilters;
  onSort: (f: CaseloadFilters) => void;
}) {
  const state = ariaSort(filters, column);
  const arrow = state === 'ascending' ? '↑' : state === 'descending' ? '↓' : '↕';
  return (
    <Table.Th aria-sort={state}>
      <UnstyledButton
        onClick={() => onSort(nextSort(filters, column))}
        fw={700}
        fz="sm"
        className="sort-button"
      >
        {label} <span aria-hidden="true">{arrow}</span>
      </UnstyledButton>
    </Table.Th>
  );
}

function ClientTable({
  clients,
  filters,
  onSort,
}: {
  clients: CaseloadRow[];
  filters: CaseloadFilters;
  onSort: (f: CaseloadFilters) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={900} visibleFrom="md">
      <Table aria-label="Your clients" verticalSpacing="sm" highlightOnHover striped={false}>
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((col) =>
              col.sort ? (
                <SortHeader
                  key={col.label}
                  column={col.sort}
                  label={col.label}
                  filters={filters}
                  onSort={onSort}
                />
              ) : (
                <Table.Th key={col.label} fz="sm">
                  {col.label}
                </Table.Th>
              ),
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {clients.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <ClientLink c={c} />
              </Table.Td>
              <Table.Td>
                {c.openRiskFlags > 0 ? (
                  <FlagBadge c={c} />
                ) : (
                  <Text size="sm" c="dark.6">
                    None
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <AdherenceCell a={c.adherence7} label="7 days" />
              </Table.Td>
              <Table.Td>
                <AdherenceCell a={c.adherence28} label="28 days" />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{c.lastActivityAt ? relativeTime(c.lastActivityAt) : 'Nothing yet'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={c.unreadSharedEntries > 0 ? 700 : 400}>
                  {c.unreadSharedEntries}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{c.currentRung ?? 'Not set'}</Text>
              </Table.Td>
              <Table.Td>
                {c.readiness.ready ? (
                  <ReadyBadge c={c} />
                ) : (
                  <Text size="sm" c="dark.6">
                    Not yet
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** On a narrow screen: one card per client, the flag first. */
function ClientCards({ clients }: { clients: CaseloadRow[] }) {
  return (
    <Stack
      gap="xs"
      component="ul"
      aria-label="Your clients"
      hiddenFrom="md"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {clients.map((c) => (
        <Paper key={c.id} component="li" withBorder p="sm" radius="md">
          <Stack gap={6}>
            <Group gap="xs" wrap="wrap">
              <ClientLink c={c} />
              <FlagBadge c={c} />
              <ReadyBadge c={c} />
            </Group>
            <Group gap="lg" wrap="wrap">
              <Box>
                <Text size="xs" c="dark.6">
                  Done, 7 days
                </Text>
                <AdherenceCell a={c.adherence7} label="7 days" />
              </Box>
              <Box>
                <Text size="xs" c="dark.6">
                  Done, 28 days
                </Text>
                <AdherenceCell a={c.adherence28} label="28 days" />
              </Box>
            </Group>
            <Text size="sm" c="dark.6">
              Rung {c.currentRung ?? 'not set'} ·{' '}
              {c.lastActivityAt ? `active ${relativeTime(c.lastActivityAt)}` : 'no activity yet'} ·{' '}
              {c.unreadSharedEntries} unread
            </Text>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

function Filters({
  filters,
  onChange,
}: {
  filters: CaseloadFilters;
  onChange: (f: CaseloadFilters) => void;
}) {
  const [text, setText] = useState(filters.q ?? '');
  const [debounced] = useDebouncedValue(text, 300);
  useEffect(() => {
    if ((filters.q ?? '') !== debounced.trim()) {
      const { q: _q, ...rest } = filters;
      onChange(debounced.trim() ? { ...rest, q: debounced.trim() } : rest);
    }
    // Only the typed text drives this; the other filters are read as they are now.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  const toggle = (key: 'flagged' | 'unread', on: boolean) => {
    const { [key]: _old, ...rest } = filters;
    onChange(on ? { ...rest, [key]: true } : rest);
  };
  return (
    <Group gap="md" align="flex-end" wrap="wrap" role="search" aria-label="Filter clients">
      <TextInput
        type="search"
        label="Find a client"
        placeholder="Name or email"
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        w={220}
        maxLength={100}
      />
      <NativeSelect
        label="Order"
        value={orderValue(filters)}
        onChange={(e) => onChange(withOrder(filters, e.currentTarget.value))}
        data={orderChoices(filters)}
        w={220}
      />
      <NativeSelect
        label="Rung"
        value={filters.rung === undefined ? '' : String(filters.rung)}
        onChange={(e) => {
          const { rung: _r, ...rest } = filters;
          const v = e.currentTarget.value;
          onChange(v ? { ...rest, rung: Number(v) } : rest);
        }}
        data={[
          { value: '', label: 'Any rung' },
          ...LADDER.map((r) => ({ value: String(r.rung), label: `Rung ${r.rung}` })),
        ]}
        w={140}
      />
      <Checkbox
        label="Open risk flag"
        checked={filters.flagged === true}
        onChange={(e) => toggle('flagged', e.currentTarget.checked)}
        mb={8}
      />
      <Checkbox
        label="Unread entries"
        checked={filters.unread === true}
        onChange={(e) => toggle('unread', e.currentTarget.checked)}
        mb={8}
      />
      {activeFilterCount(filters) > 0 && (
        <Button
          variant="default"
          onClick={() => {
            setText('');
            onChange({ sort: filters.sort, order: filters.order });
          }}
        >
          Clear filters
        </Button>
      )}
    </Group>
  );
}

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
        <Loader aria-label="Loading your clients" />
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
      <Filters filters={filters} onChange={setFilters} />
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
