import { Box, Group, Paper, Text, Title, VisuallyHidden } from '@mantine/core';
import type { BarrierFrequencyRow } from '@askwell/domain';
import { useId } from 'react';
import { barrierName } from '../../../lib/labels';
import { barrierMap, cellLabel, shade, shortWeek } from '../barrier-map';

/**
 * Weeks across, barriers down. In every cell the confirmed count (a filled square, darker for more) and the
 * unreviewed count (a dashed outline) sit side by side and are never added together.
 */
export function BarrierMapView({ rows }: { rows: readonly BarrierFrequencyRow[] }) {
  const id = useId();
  const map = barrierMap(rows);
  return (
    <Paper
      component="section"
      aria-labelledby={`${id}-title`}
      withBorder
      p="md"
      radius="md"
      className="avoid-break"
    >
      <Title order={3} size="h4" id={`${id}-title`}>
        Barrier map
      </Title>
      <Text size="sm" c="dark.6" mb="sm">
        How often each barrier was tagged in shared entries, week by week. Confirmed tags are the ones you
        agreed with; the others come from the client or from suggestions and are not reviewed yet.
      </Text>
      <Group gap="lg" mb="sm" aria-label="Legend" role="group">
        <Group gap={6}>
          <span className="bm-chip bm-confirmed bm-shade-3" aria-hidden="true">
            2
          </span>
          <Text size="sm">Confirmed (filled)</Text>
        </Group>
        <Group gap={6}>
          <span className="bm-chip bm-unreviewed" aria-hidden="true">
            1
          </span>
          <Text size="sm">Not reviewed yet (dashed outline)</Text>
        </Group>
      </Group>
      {map.rows.length === 0 ? (
        <Text size="sm">No barriers tagged in shared entries yet.</Text>
      ) : (
        <Box className="bm-scroll" tabIndex={0} role="region" aria-label="Barrier map, scrolls sideways">
          <table className="bm-table" aria-labelledby={`${id}-title`}>
            <thead>
              <tr>
                <th scope="col">Barrier</th>
                {map.weeks.map((w) => (
                  <th key={w} scope="col">
                    <span aria-hidden="true">{shortWeek(w)}</span>
                    <VisuallyHidden>Week {w}</VisuallyHidden>
                  </th>
                ))}
                <th scope="col">Total</th>
              </tr>
            </thead>
            <tbody>
              {map.rows.map((r) => (
                <tr key={r.barrierId} data-barrier={r.barrierId}>
                  <th scope="row">{barrierName(r.barrierId)}</th>
                  {r.cells.map((c) => (
                    <td key={c.week} title={cellLabel(c)}>
                      <span className="bm-cell">
                        {c.confirmed > 0 && (
                          <span className={`bm-chip bm-confirmed bm-shade-${shade(c.confirmed, map.max)}`}>
                            {c.confirmed}
                            <VisuallyHidden> confirmed</VisuallyHidden>
                          </span>
                        )}
                        {c.unreviewed > 0 && (
                          <span className="bm-chip bm-unreviewed">
                            {c.unreviewed}
                            <VisuallyHidden> not reviewed</VisuallyHidden>
                          </span>
                        )}
                        {c.confirmed === 0 && c.unreviewed === 0 && <VisuallyHidden>none</VisuallyHidden>}
                      </span>
                    </td>
                  ))}
                  <td>
                    <span className="bm-cell">
                      <span className="bm-total">
                        {r.totalConfirmed}
                        <VisuallyHidden> confirmed</VisuallyHidden>
                      </span>
                      <span aria-hidden="true">·</span>
                      <span className="bm-total bm-total-unreviewed">
                        {r.totalUnreviewed}
                        <VisuallyHidden> not reviewed</VisuallyHidden>
                      </span>
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Box>
      )}
    </Paper>
  );
}
