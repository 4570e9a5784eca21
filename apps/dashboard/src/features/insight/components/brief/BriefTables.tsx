import { Anchor, Box, Table, Text } from '@mantine/core';
import type { BriefView } from '@askwell/domain';
import { Link } from 'react-router';
import { links } from '../../../../config/paths';
import { orDash } from '../../format';
import { Section } from './BriefSection';

const signed = (x: number) => `${x > 0 ? '+' : ''}${Math.round(x * 100)}`;

/** The brief's tables: the biggest expectancy gaps, distress, belief, and barriers against the period before. */
export function BriefTables({ brief }: { brief: BriefView }) {
  const distress = brief.experiments.filter((e) => e.anticipatedDistress !== null || e.peakDistress !== null);
  return (
    <>
      <Section title="Biggest expectancy gaps">
        {brief.biggestGaps.length === 0 ? (
          <Text size="sm">No request with both a prediction and an answer in this period.</Text>
        ) : (
          <Box className="bm-scroll" tabIndex={0} role="group" aria-label="Biggest expectancy gaps, table">
            <Table withTableBorder fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Request</Table.Th>
                  <Table.Th scope="col">Predicted yes</Table.Th>
                  <Table.Th scope="col">Answer</Table.Th>
                  <Table.Th scope="col">Gap (points)</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {brief.biggestGaps.map((e) => (
                  <Table.Tr key={e.entryId}>
                    <Table.Td>
                      <Anchor component={Link} to={links.entry(e.entryId)} c="sage.8">
                        {e.request}
                      </Anchor>{' '}
                      <Text span size="sm" c="dark.6">
                        ({e.helper})
                      </Text>
                    </Table.Td>
                    <Table.Td>{e.predictedYesChance === null ? '–' : `${e.predictedYesChance} %`}</Table.Td>
                    <Table.Td>{e.response ?? '–'}</Table.Td>
                    <Table.Td>{e.expectancyGap === null ? '–' : signed(e.expectancyGap)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Box>
        )}
      </Section>
      <Section title="Distress, request by request">
        {distress.length === 0 ? (
          <Text size="sm">No distress ratings in this period.</Text>
        ) : (
          <Box className="bm-scroll" tabIndex={0} role="group" aria-label="Distress, table">
            <Table withTableBorder fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Request, in order</Table.Th>
                  <Table.Th scope="col">Expected (0–10)</Table.Th>
                  <Table.Th scope="col">Peak (0–10)</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {distress.map((e) => (
                  <Table.Tr key={e.entryId}>
                    <Table.Td>{e.request}</Table.Td>
                    <Table.Td>{orDash(e.anticipatedDistress)}</Table.Td>
                    <Table.Td>{orDash(e.peakDistress)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Box>
        )}
      </Section>
      <Section title="Belief in the feared thought">
        {brief.beliefChanges.length === 0 ? (
          <Text size="sm">No re-rated beliefs in this period.</Text>
        ) : (
          <Box
            className="bm-scroll"
            tabIndex={0}
            role="group"
            aria-label="Belief in the feared thought, table"
          >
            <Table withTableBorder fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Feared thought</Table.Th>
                  <Table.Th scope="col">Before</Table.Th>
                  <Table.Th scope="col">After</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {brief.beliefChanges.map((e) => (
                  <Table.Tr key={e.entryId}>
                    <Table.Td className="entry-text">{e.fearedThought ?? e.request}</Table.Td>
                    <Table.Td>{orDash(e.beliefBefore, ' %')}</Table.Td>
                    <Table.Td>{orDash(e.beliefAfter, ' %')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Box>
        )}
      </Section>
      <Section title="Top barriers, this period against the one before">
        {brief.topBarriers.length === 0 ? (
          <Text size="sm">No barriers tagged in shared entries in this period.</Text>
        ) : (
          <>
            <Text size="sm" c="dark.6" mb="xs">
              Confirmed tags are the ones you agreed with; unreviewed ones come from the client or from
              suggestions. They are counted apart.
            </Text>
            <Box className="bm-scroll" tabIndex={0} role="group" aria-label="Top barriers, table">
              <Table withTableBorder fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Barrier</Table.Th>
                    <Table.Th scope="col">Confirmed now</Table.Th>
                    <Table.Th scope="col">Unreviewed now</Table.Th>
                    <Table.Th scope="col">Confirmed before</Table.Th>
                    <Table.Th scope="col">Unreviewed before</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {brief.topBarriers.map((b) => (
                    <Table.Tr key={b.barrierId}>
                      <Table.Th scope="row" fw={500}>
                        {b.name}
                      </Table.Th>
                      <Table.Td>
                        {b.confirmed > 0 ? (
                          <span className="bm-chip bm-confirmed bm-shade-3">{b.confirmed}</span>
                        ) : (
                          0
                        )}
                      </Table.Td>
                      <Table.Td>
                        {b.unreviewed > 0 ? <span className="bm-chip bm-unreviewed">{b.unreviewed}</span> : 0}
                      </Table.Td>
                      <Table.Td>{b.previousConfirmed}</Table.Td>
                      <Table.Td>{b.previousUnreviewed}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Box>
          </>
        )}
      </Section>
    </>
  );
}
