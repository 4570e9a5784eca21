import { Table, Text, UnstyledButton } from '@mantine/core';
import type { CaseloadRow, CaseloadSort } from '@askwell/domain';
import type { CaseloadFilters } from '../../api/insight';
import { ariaSort, nextSort } from '../../caseload-model';
import { relativeTime } from '../../format';
import { AdherenceCell, ClientLink, FlagBadge, ReadyBadge } from './ClientCells';

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

/** The caseload as a table on a wide screen, sorted by the API through its headers. */
export function ClientTable({
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
