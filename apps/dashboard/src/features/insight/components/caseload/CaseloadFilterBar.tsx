import { Button, Checkbox, Group, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { LADDER } from '@askwell/domain';
import { useEffect, useState } from 'react';
import type { CaseloadFilters } from '../../api/insight';
import { activeFilterCount, orderChoices, orderValue, withOrder } from '../../caseload-model';

/** Find by name or email, order, rung, open flags, unread entries; all kept in the address. */
export function CaseloadFilterBar({
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
