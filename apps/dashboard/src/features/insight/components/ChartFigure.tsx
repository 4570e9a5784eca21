import { Box, Button, Group, Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';

export interface TableSpec {
  columns: string[];
  rows: { key: string; cells: ReactNode[] }[];
}

/**
 * A chart with its words: a titled figure, a one-line summary, and the same figures as a table. The table is
 * always there for screen readers (visually hidden while the chart shows); "Show as table" shows it to
 * everyone instead of the chart. The drawing itself is inert: it adds nothing the table does not say.
 */
export function ChartFigure({
  title,
  summary,
  chart,
  table,
  empty,
}: {
  title: string;
  summary: ReactNode;
  chart: ReactNode;
  table: TableSpec;
  /** Said instead of an empty chart. */
  empty?: string;
}) {
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  const hasData = table.rows.length > 0;
  const tableOnly = (
    <Table aria-labelledby={`${id}-title`} striped withTableBorder verticalSpacing={4} fz="sm">
      <Table.Thead>
        <Table.Tr>
          {table.columns.map((c) => (
            <Table.Th key={c} scope="col">
              {c}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {table.rows.map((r) => (
          <Table.Tr key={r.key}>
            {r.cells.map((cell, i) => (
              <Table.Td key={i}>{cell}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return (
    <Paper
      component="figure"
      aria-labelledby={`${id}-title`}
      withBorder
      p="md"
      radius="md"
      m={0}
      className="chart-figure avoid-break"
    >
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs" mb={4}>
        <Title order={3} size="h4" id={`${id}-title`}>
          {title}
        </Title>
        {hasData && (
          <Button variant="default" size="xs" className="no-print" onClick={() => setAsTable((v) => !v)}>
            {asTable ? 'Show as chart' : 'Show as table'}
          </Button>
        )}
      </Group>
      <Text component="figcaption" size="sm" c="dark.6" mb="sm">
        {summary}
      </Text>
      {!hasData ? (
        <Text size="sm">{empty ?? 'Nothing to show yet.'}</Text>
      ) : asTable ? (
        <Box className="bm-scroll" tabIndex={0} role="group" aria-label={`${title}, as a table`}>
          {tableOnly}
        </Box>
      ) : (
        <>
          <Box inert aria-hidden="true" className="chart-drawing">
            {chart}
          </Box>
          <VisuallyHidden>{tableOnly}</VisuallyHidden>
        </>
      )}
    </Paper>
  );
}
