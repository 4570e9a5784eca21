import { Anchor, Badge, Progress, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { Adherence, CaseloadRow } from '@askwell/domain';
import { Link } from 'react-router';
import { RiskBadge } from '../../../../components/RiskBadge';
import { links } from '../../../../config/paths';
import { openFlagsLabel } from '../../../../lib/risk-labels';
import { adherenceText } from '../../caseload-model';

// The cells the caseload's table and cards share.

export function AdherenceCell({ a, label }: { a: Adherence; label: string }) {
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
export function FlagBadge({ c }: { c: CaseloadRow }) {
  if (c.openRiskFlags === 0) return null;
  return (
    <RiskBadge tier={c.openRiskTier} size="lg">
      {openFlagsLabel(c.openRiskTier, c.openRiskFlags)}
      <VisuallyHidden>{c.openRiskFlags === 1 ? ' risk flag' : ' risk flags'}</VisuallyHidden>
    </RiskBadge>
  );
}

export function ReadyBadge({ c }: { c: CaseloadRow }) {
  if (!c.readiness.ready || c.currentRung === null || c.currentRung >= 6) return null;
  return (
    <Badge color="sage.8" radius="sm" tt="none">
      Ready to discuss rung {c.currentRung + 1}
    </Badge>
  );
}

/** The link to a client; `data-client-link` lets "Show more" move the focus to the first client it added. */
export function ClientLink({ c }: { c: CaseloadRow }) {
  return (
    <Anchor component={Link} to={links.client(c.id)} fw={600} c="sage.8" data-client-link={c.id}>
      {c.displayName}
    </Anchor>
  );
}
