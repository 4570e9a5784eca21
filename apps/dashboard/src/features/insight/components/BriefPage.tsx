import {
  Alert,
  Anchor,
  Box,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { EntryKind } from '@askwell/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Placeholder } from '../../../components/Placeholder';
import { links } from '../../../config/paths';
import { ApiError } from '../../../lib/api-client';
import { formatDay, formatTime, KIND_LABELS } from '../../../lib/labels';
import { type BriefView, insightKeys, markBriefReviewed, useBrief } from '../api/insight';
import { adherenceText } from '../caseload-model';
import { orDash, percent } from '../format';
import { RiskBadge } from '../../../components/RiskBadge';
import { categoryLabel, flagTitle, openFlagsLabel, overallTier } from '../../../lib/risk-labels';
import { ReadinessReasons } from './LadderPanel';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateParam = (v: string | null) => (v && LOCAL_DATE.test(v) ? v : null);
const signed = (x: number) => `${x > 0 ? '+' : ''}${Math.round(x * 100)}`;

function Section({ title, children, tone }: { title: string; children: ReactNode; tone?: 'alert' }) {
  const id = `brief-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <Paper
      component="section"
      aria-labelledby={id}
      withBorder
      p="md"
      radius="md"
      className={`avoid-break brief-section${tone === 'alert' ? ' brief-alert' : ''}`}
    >
      <Title order={2} size="h4" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="brief-figure">
      <Text size="sm" c="dark.6">
        {label}
      </Text>
      <Text fw={700} fz="lg">
        {value}
      </Text>
      {detail && <Text size="sm">{detail}</Text>}
    </div>
  );
}

function PeriodForm({ brief }: { brief: BriefView }) {
  const [, setParams] = useSearchParams();
  const [since, setSince] = useState(brief.period.from);
  const [until, setUntil] = useState(brief.period.to);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!LOCAL_DATE.test(since) || !LOCAL_DATE.test(until)) return setProblem('Choose both dates.');
    if (since > until) return setProblem('The start of the period cannot be after its end.');
    setProblem(null);
    setParams({ since, until });
  };
  return (
    <form onSubmit={submit} className="no-print" aria-label="Choose the period">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput type="date" label="From" value={since} onChange={(e) => setSince(e.currentTarget.value)} />
        <TextInput type="date" label="To" value={until} onChange={(e) => setUntil(e.currentTarget.value)} />
        <Button type="submit" variant="default">
          Show this period
        </Button>
        <Button variant="default" onClick={() => setParams({})}>
          Since the last session
        </Button>
      </Group>
      {problem && (
        <Text size="sm" c="var(--mantine-color-error)" role="alert" mt={4}>
          {problem}
        </Text>
      )}
    </form>
  );
}

function TalkingPoints({ brief }: { brief: BriefView }) {
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

function Review({ brief, clientId }: { brief: BriefView; clientId: string }) {
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const [reviewedAt, setReviewedAt] = useState(brief.reviewedAt);
  const [failed, setFailed] = useState<string | null>(null);
  const review = async () => {
    setPending(true);
    setFailed(null);
    try {
      const r = await markBriefReviewed(clientId, brief.period.from, brief.period.to);
      setReviewedAt(r.reviewedAt);
      void queryClient.invalidateQueries({ queryKey: insightKeys.briefs(clientId) });
    } catch (e) {
      setFailed(e instanceof ApiError ? (e.detail ?? e.title) : 'Please try again.');
    } finally {
      setPending(false);
    }
  };
  return (
    <Group gap="sm" wrap="wrap">
      <Button className="no-print" loading={pending} onClick={() => void review()}>
        {reviewedAt ? 'Mark reviewed again' : 'Mark reviewed'}
      </Button>
      <Button className="no-print" variant="default" onClick={() => window.print()}>
        Print
      </Button>
      <Text size="sm" role="status">
        {reviewedAt ? `Reviewed ${formatTime(reviewedAt)}.` : 'Not reviewed yet.'}
      </Text>
      {failed && (
        <Text size="sm" c="var(--mantine-color-error)" role="alert">
          That did not work: {failed}
        </Text>
      )}
    </Group>
  );
}

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

function BriefBody({ brief, clientId }: { brief: BriefView; clientId: string }) {
  const cal = brief.calibration;
  const prev = brief.previousCalibration;
  const distress = brief.experiments.filter((e) => e.anticipatedDistress !== null || e.peakDistress !== null);
  const next =
    brief.client.currentRung !== null && brief.client.currentRung < 6 ? brief.client.currentRung + 1 : null;
  return (
    <Stack gap="md">
      <BriefRiskFlags flags={brief.openRiskFlags} />
      <Section title="Talking points">
        <TalkingPoints brief={brief} />
      </Section>
      <Section title="This period at a glance">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
          <Figure
            label="Exercises done"
            value={adherenceText(brief.adherence)}
            detail={
              brief.adherence.rate === null ? undefined : `${percent(brief.adherence.rate)} of those due`
            }
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
