import { Anchor, SimpleGrid, Text } from '@mantine/core';
import type { BriefView, EntryKind } from '@askwell/domain';
import { Link } from 'react-router';
import { links } from '../../../../config/paths';
import { KIND_LABELS } from '../../../../lib/labels';
import { adherenceText } from '../../caseload-model';
import { orDash, percent } from '../../format';
import { Figure, Section } from './BriefSection';

/** The talking points the domain's rules derived, each with its entries. */
export function TalkingPoints({ brief }: { brief: BriefView }) {
  if (brief.talkingPoints.length === 0)
    return <Text>Nothing stands out in this period. Ask how it went, in their words.</Text>;
  return (
    <ol className="talking-points" aria-label="Talking points">
      {brief.talkingPoints.map((p) => (
        <li key={`${p.code}-${p.entryIds.join(',')}-${p.text}`} data-code={p.code}>
          <Text component="span">{p.text}</Text>
          {p.entryIds.length > 0 && (
            <Text component="span" size="sm" className="no-print">
              {' '}
              {p.entryIds.map((id, i) => (
                <span key={id}>
                  {i > 0 ? ', ' : ''}
                  <Anchor component={Link} to={links.entry(id)} c="sage.8">
                    {p.entryIds.length === 1 ? 'Open the entry' : `entry ${i + 1}`}
                  </Anchor>
                </span>
              ))}
            </Text>
          )}
        </li>
      ))}
    </ol>
  );
}

/** The period's figures: adherence, calibration, distress, slippage, unread entries, readiness. */
export function AtAGlance({ brief }: { brief: BriefView }) {
  const cal = brief.calibration;
  const prev = brief.previousCalibration;
  const next =
    brief.client.currentRung !== null && brief.client.currentRung < 6 ? brief.client.currentRung + 1 : null;
  return (
    <Section title="This period at a glance">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
        <Figure
          label="Exercises done"
          value={adherenceText(brief.adherence)}
          detail={brief.adherence.rate === null ? undefined : `${percent(brief.adherence.rate)} of those due`}
        />
        <Figure
          label="Calibration (Brier, lower is closer)"
          value={cal ? cal.brier.toFixed(2) : '–'}
          detail={
            cal
              ? `Predicted ${percent(cal.meanPredicted)} yes, got ${percent(cal.actualYesRate)} (${cal.n} requests). ${prev ? `Before: ${prev.brier.toFixed(2)}.` : 'No figure for the period before.'}`
              : 'No request with both a prediction and an answer.'
          }
        />
        <Figure
          label="Distress: expected minus peak"
          value={brief.meanDistressGap === null ? '–' : orDash(brief.meanDistressGap)}
          detail={
            brief.meanDistressGap === null
              ? 'No distress ratings.'
              : brief.meanDistressGap > 0
                ? 'Asking felt less distressing than they expected.'
                : brief.meanDistressGap < 0
                  ? 'Asking felt more distressing than they expected.'
                  : 'About as distressing as expected.'
          }
        />
        <Figure
          label="Slippage"
          value={brief.meanSlippageDays === null ? '–' : `${orDash(brief.meanSlippageDays)} days`}
          detail="Average days between the planned and the actual date."
        />
        <div className="brief-figure">
          <Figure label="Shared entries not read yet" value={String(brief.unreadShared.length)} />
          {brief.unreadShared.length > 0 && (
            <Text size="sm" className="no-print">
              {brief.unreadShared.slice(0, 5).map((u, i) => (
                <span key={u.entryId}>
                  {i > 0 ? ', ' : ''}
                  <Anchor component={Link} to={links.entry(u.entryId)} c="sage.8">
                    {KIND_LABELS[u.kind as EntryKind] ?? u.kind} {i + 1}
                  </Anchor>
                </span>
              ))}
              {brief.unreadShared.length > 5 ? ` and ${brief.unreadShared.length - 5} more` : ''}
            </Text>
          )}
        </div>
        <Figure
          label="Readiness"
          value={brief.readiness.ready ? (next ? `Ready to discuss rung ${next}` : 'Ready') : 'Not yet'}
        />
      </SimpleGrid>
    </Section>
  );
}
