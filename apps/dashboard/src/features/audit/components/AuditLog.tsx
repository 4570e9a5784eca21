import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Badge,
  Box,
  Button,
  Center,
  Group,
  Loader,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { AUDIT_OUTCOMES, type AuditEventView } from '@askwell/domain';
import { ApiError } from '../../../lib/api-client';
import { useAuditEvents, type AuditFilters } from '../api/audit';

/** Plain words for the recorded actions; an action not listed here shows its code. */
const ACTION_LABELS: Record<string, string> = {
  'auth.login': 'Signed in',
  'auth.login.two-factor': 'Two-step sign-in code',
  'auth.logout': 'Signed out',
  'auth.password.change': 'Changed password',
  'auth.password.reset': 'Reset password',
  'auth.password.reset-request': 'Asked for a password reset',
  'auth.recovery-codes.regenerate': 'Replaced recovery codes',
  'auth.two-factor.enable': 'Turned on two-step sign-in',
  'auth.two-factor.disable': 'Turned off two-step sign-in',
  'client.profile.read': "Opened a client's profile",
  'invitation.accept': 'Accepted an invitation',
  'invitation.create': 'Invited someone',
  'invitation.revoke': 'Withdrew an invitation',
  'practice.create': 'Created the practice',
  'practice.settings.update': 'Changed practice settings',
};

const OUTCOME_LABELS: Record<string, string> = { success: 'Done', denied: 'Refused', failure: 'Failed' };

// The filter form's own rules (the query's wire rules live in the API).
const FilterSchema = z
  .object({
    action: z.string().trim().max(100, { message: 'Use at most 100 characters.' }),
    outcome: z.union([z.enum(AUDIT_OUTCOMES), z.literal('')]),
    from: z.string(),
    to: z.string(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: 'The end date is before the start date.',
    path: ['to'],
  });
type FilterValues = z.input<typeof FilterSchema>;

const startOfLocalDay = (date: string) => new Date(`${date}T00:00:00`);

/** Dates as the owner means them: whole days in their own time zone, "to" included. */
function toFilters(v: z.output<typeof FilterSchema>): AuditFilters {
  const filters: AuditFilters = {};
  if (v.action) filters.action = v.action;
  if (v.outcome) filters.outcome = v.outcome;
  if (v.from) filters.from = startOfLocalDay(v.from).toISOString();
  if (v.to) {
    const end = startOfLocalDay(v.to);
    end.setDate(end.getDate() + 1);
    filters.to = end.toISOString();
  }
  return filters;
}

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function OutcomeBadge({ outcome }: { outcome: string }) {
  const ok = outcome === 'success';
  return (
    <Badge color={ok ? 'sage.7' : 'red'} variant={ok ? 'filled' : 'light'} radius="sm">
      {OUTCOME_LABELS[outcome] ?? outcome}
    </Badge>
  );
}

function EventRow({ event }: { event: AuditEventView }) {
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{when.format(new Date(event.at))}</Table.Td>
      <Table.Td>
        {event.actor ? (
          event.actor.displayName
        ) : (
          <Text span c="dark.6">
            Unknown
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{ACTION_LABELS[event.action] ?? event.action}</Text>
        <Text size="xs" c="dark.6" ff="monospace">
          {event.action}
        </Text>
      </Table.Td>
      <Table.Td>{event.clientName ?? ''}</Table.Td>
      <Table.Td>
        <OutcomeBadge outcome={event.outcome} />
      </Table.Td>
      <Table.Td ff="monospace" fz="sm">
        {event.ip ?? ''}
      </Table.Td>
    </Table.Tr>
  );
}

export function AuditLog() {
  const [filters, setFilters] = useState<AuditFilters>({});
  const form = useForm<FilterValues, unknown, z.output<typeof FilterSchema>>({
    resolver: zodResolver(FilterSchema),
    defaultValues: { action: '', outcome: '', from: '', to: '' },
  });
  const events = useAuditEvents(filters);
  const { errors } = form.formState;
  const submit = form.handleSubmit((v) => setFilters(toFilters(v)));
  const clear = () => {
    form.reset();
    setFilters({});
  };

  const items = events.data?.pages.flatMap((p) => p.items) ?? [];
  const loadError = events.error instanceof ApiError ? events.error : null;

  return (
    <Stack gap="lg">
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="Filter the audit log">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
            <TextInput
              label="Action starts with"
              description="For example auth. or invitation"
              {...form.register('action')}
              error={errors.action?.message}
            />
            <NativeSelect
              label="Outcome"
              description="Done, refused or failed"
              data={[
                { value: '', label: 'Any outcome' },
                ...AUDIT_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] ?? o })),
              ]}
              {...form.register('outcome')}
            />
            <TextInput
              type="date"
              label="From"
              description="First day to include"
              {...form.register('from')}
              error={errors.from?.message}
            />
            <TextInput
              type="date"
              label="To"
              description="Last day to include"
              {...form.register('to')}
              error={errors.to?.message}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit">Show events</Button>
            <Button variant="default" onClick={clear}>
              Clear filters
            </Button>
          </Group>
        </Stack>
      </form>

      {events.isPending && (
        <Center py="lg">
          <Loader role="status" aria-label="Loading the audit log" />
        </Center>
      )}
      {loadError && (
        <Alert color="red" title={loadError.title} role="alert">
          {loadError.detail ?? loadError.message}
        </Alert>
      )}
      {events.isSuccess && items.length === 0 && <Text c="dark.6">No events match these filters.</Text>}
      {items.length > 0 && (
        <Box
          component="section"
          aria-label="Audit events, newest first"
          tabIndex={0}
          style={{ overflowX: 'auto' }}
          className="scroll-region"
        >
          <Table striped highlightOnHover verticalSpacing="xs" miw={760}>
            <Table.Caption>Newest first. Times are in your time zone.</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">When</Table.Th>
                <Table.Th scope="col">Who</Table.Th>
                <Table.Th scope="col">What</Table.Th>
                <Table.Th scope="col">Client</Table.Th>
                <Table.Th scope="col">Outcome</Table.Th>
                <Table.Th scope="col">IP address</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((e) => (
                <EventRow key={e.id} event={e} />
              ))}
            </Table.Tbody>
          </Table>
        </Box>
      )}
      {events.hasNextPage && (
        <Group>
          <Button
            variant="default"
            loading={events.isFetchingNextPage}
            onClick={() => void events.fetchNextPage()}
          >
            Show older events
          </Button>
        </Group>
      )}
    </Stack>
  );
}
