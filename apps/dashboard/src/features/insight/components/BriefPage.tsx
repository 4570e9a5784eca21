import { Alert, Anchor, Group, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { BriefView } from '@askwell/domain';
import { Link, useSearchParams } from 'react-router';
import { Placeholder } from '../../../components/Placeholder';
import { RiskBadge } from '../../../components/RiskBadge';
import { links } from '../../../config/paths';
import { ApiError } from '../../../lib/api-client';
import { formatDay } from '../../../lib/labels';
import { openFlagsLabel, overallTier } from '../../../lib/risk-labels';
import { useBrief } from '../api/insight';
import { LOCAL_DATE, PeriodForm, Review } from './brief/BriefControls';
import { AtAGlance, TalkingPoints } from './brief/BriefGlance';
import { BriefRiskFlags } from './brief/BriefRiskFlags';
import { Section } from './brief/BriefSection';
import { BriefTables } from './brief/BriefTables';
import { ReadinessReasons } from './LadderPanel';

const dateParam = (v: string | null) => (v && LOCAL_DATE.test(v) ? v : null);

function BriefBody({ brief, clientId }: { brief: BriefView; clientId: string }) {
  const next =
    brief.client.currentRung !== null && brief.client.currentRung < 6 ? brief.client.currentRung + 1 : null;
  return (
    <Stack gap="md">
      <BriefRiskFlags flags={brief.openRiskFlags} />
      <Section title="Talking points">
        <TalkingPoints brief={brief} />
      </Section>
      <AtAGlance brief={brief} />
      <BriefTables brief={brief} />
      <Section title="Readiness for the next rung">
        <ReadinessReasons readiness={brief.readiness} />
        {brief.readiness.ready && next !== null && (
          <Anchor
            component={Link}
            to={`${links.client(clientId)}?tab=ladder`}
            c="sage.8"
            size="sm"
            className="no-print"
          >
            Decide on the Ladder tab
          </Anchor>
        )}
      </Section>
    </Stack>
  );
}

/** Until the brief is in: its head, the period form, the review line and its first sections, at their size. */
function BriefSkeleton() {
  return (
    <Placeholder label="Loading the brief">
      <Stack gap="lg">
        <Stack gap={4}>
          <Skeleton h={20} w={160} radius="sm" />
          <Skeleton h={44} w={360} maw="100%" radius="sm" />
          <Skeleton h={26} w={420} maw="100%" radius="sm" />
        </Stack>
        <Skeleton h={62} w={640} maw="100%" radius="md" />
        <Skeleton h={36} w={360} maw="100%" radius="md" />
        <Stack gap="md">
          <Skeleton h={366} radius="md" />
          <Skeleton h={265} radius="md" />
          <Skeleton h={149} radius="md" />
        </Stack>
      </Stack>
    </Placeholder>
  );
}

/**
 * The pre-session brief: one calm page of what happened since the last session (or a chosen period), with
 * the talking points first after any open risk flag. Prints on A4 or Letter without the app around it.
 */
export function BriefPage({ clientId }: { clientId: string }) {
  const [params] = useSearchParams();
  const since = dateParam(params.get('since'));
  const until = dateParam(params.get('until'));
  const brief = useBrief(clientId, since, until);

  if (brief.isPending) return <BriefSkeleton />;
  if (brief.isError) {
    const e = brief.error instanceof ApiError ? brief.error : null;
    return (
      <Alert color="red" role="alert" title="The brief could not be loaded">
        {e?.status === 404
          ? 'This client is not in your caseload, or the link is wrong.'
          : (e?.errors[0]?.message ?? e?.detail ?? 'Please try again in a moment.')}
      </Alert>
    );
  }
  const b = brief.data;
  return (
    <Stack gap="lg" className="brief-page">
      <Stack gap={4}>
        <Anchor component={Link} to={links.client(clientId)} c="sage.8" size="sm" className="no-print">
          Back to {b.client.displayName}
        </Anchor>
        <Title order={1}>Brief: {b.client.displayName}</Title>
        <Text>
          {formatDay(b.period.from)} to {formatDay(b.period.to)}
          {b.lastSession && !since ? ` (since the session on ${formatDay(b.lastSession.heldOn)})` : ''}
          {b.client.currentRung !== null ? ` · rung ${b.client.currentRung}` : ''}
        </Text>
        {b.openRiskFlags.length > 0 && (
          <Group>
            <RiskBadge tier={overallTier(b.openRiskFlags)} size="lg">
              {openFlagsLabel(overallTier(b.openRiskFlags), b.openRiskFlags.length)}
              <VisuallyHidden>{b.openRiskFlags.length === 1 ? ' risk flag' : ' risk flags'}</VisuallyHidden>
            </RiskBadge>
          </Group>
        )}
      </Stack>
      <PeriodForm key={`${b.period.from}-${b.period.to}`} brief={b} />
      <Review key={`${b.period.from}-${b.period.to}-${b.reviewedAt ?? ''}`} brief={b} clientId={clientId} />
      <BriefBody brief={b} clientId={clientId} />
    </Stack>
  );
}
