import { Anchor, Text } from '@mantine/core';
import type { BriefView } from '@askwell/domain';
import { Link } from 'react-router';
import { links } from '../../../../config/paths';
import { formatTime } from '../../../../lib/labels';
import { categoryLabel, flagTitle } from '../../../../lib/risk-labels';
import { Section } from './BriefSection';

/**
 * The brief's open risk flags: for a shared entry the tier and category, what the screen found (the evidence
 * verbatim, with when), and the entry; for a private entry only that a flag was raised, and when.
 */
export function BriefRiskFlags({ flags }: { flags: BriefView['openRiskFlags'] }) {
  if (flags.length === 0) return null;
  return (
    <Section title="Open risk flags" tone="alert">
      <Text fw={600}>
        {flags.length === 1
          ? '1 risk flag is open. Check in about safety first.'
          : `${flags.length} risk flags are open. Check in about safety first.`}
      </Text>
      <ul className="brief-list" aria-label="The open risk flags">
        {flags.map((f) => (
          <li key={f.flagId}>
            {f.entryId === null ? (
              <>A flag was raised on {formatTime(f.raisedAt)}, private entry: its text stays private.</>
            ) : (
              <>
                <Text span fw={600}>
                  {flagTitle(f.tier, f.category)}
                </Text>
                , raised {formatTime(f.raisedAt)}
                {f.tier === null ? ' (by an earlier screen, without a tier)' : ''}.{' '}
                <Anchor component={Link} to={links.entry(f.entryId)} c="sage.8" className="no-print">
                  Open the entry
                </Anchor>
                {f.findings.length > 0 && (
                  <ul aria-label="What the screen found">
                    {f.findings.map((x) => (
                      <li key={`${x.category}:${x.evidence}`}>
                        <span className="entry-text">&ldquo;{x.evidence}&rdquo;</span>
                        {x.when ? ` (${x.when})` : ''}
                        {x.category !== f.category ? ` · ${categoryLabel(x.category)}` : ''}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}
