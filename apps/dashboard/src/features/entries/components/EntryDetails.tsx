import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import { getBarrier, isBarrierId, type ExperimentOutcome, type ExperimentPlan } from '@askwell/domain';
import type { ReactNode } from 'react';
import { HighlightedText } from '../../../components/HighlightedText';
import type { EntryView } from '@askwell/domain';
import {
  CHANNEL_LABELS,
  DID_ASK_LABELS,
  DIRECTNESS_LABELS,
  NEXT_STEP_LABELS,
  OBSERVED_RESPONSE_LABELS,
  RESPONSE_LABELS,
  SAFETY_BEHAVIOUR_LABELS,
  SIZE_LABELS,
  barrierName,
  formatDay,
  lifeAreaName,
} from '../../../lib/labels';

/** What the entry's text is marked with: evidence phrases (and who they point to). */
export interface Evidence {
  phrases: readonly string[];
  labelFor?: (phrase: string) => string | undefined;
}

const NONE: Evidence = { phrases: [] };

type Row = [label: string, value: ReactNode];

/** Label and answer pairs; unanswered ones are said to be so (a rating is never shown as 0 when empty). */
function Facts({ rows }: { rows: Row[] }) {
  return (
    <dl style={{ margin: 0 }}>
      {rows.map(([label, value]) => (
        <div key={label} style={{ marginBottom: 'var(--mantine-spacing-xs)' }}>
          <Text component="dt" size="sm" fw={600} c="dark.7">
            {label}
          </Text>
          <Text
            component="dd"
            m={0}
            c={value === null ? 'dark.6' : undefined}
            fs={value === null ? 'italic' : undefined}
          >
            {value ?? 'Not answered'}
          </Text>
        </div>
      ))}
    </dl>
  );
}

const rating = (v: number | null) => (v === null ? null : `${v} out of 10`);
const percent = (v: number | null) => (v === null ? null : `${v} %`);
const list = (items: readonly string[]) => (items.length === 0 ? null : items.join(', '));

/** The client's own words with evidence marked; null (unanswered) when they wrote nothing. */
function written(text: string | null, evidence: Evidence): ReactNode {
  if (text === null) return null;
  return <HighlightedText inline text={text} phrases={evidence.phrases} labelFor={evidence.labelFor} />;
}

export function PlanFacts({
  plan,
  evidence = NONE,
  title = 'My prediction',
  order = 3,
}: {
  plan: ExperimentPlan;
  evidence?: Evidence;
  title?: string;
  order?: TitleOrder;
}) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Title order={order} size="h4" mb="sm">
        {title}
      </Title>
      <Facts
        rows={[
          ['Whom', plan.helper],
          ['The request', plan.request],
          ['How', CHANNEL_LABELS[plan.channel]],
          ['Part of life', lifeAreaName(plan.lifeArea)],
          ['Planned for', formatDay(plan.plannedOn)],
          ['What might get in the way', written(plan.obstacles, evidence)],
          ['The feared thought', written(plan.fearedThought, evidence)],
          ['How true it felt', percent(plan.beliefBefore)],
          ['Chance of a yes', percent(plan.predictedYesChance)],
          ['Expected annoyance (0 glad to help, 10 very annoyed)', rating(plan.predictedAnnoyance)],
          ['Expected distress (0 calm, 10 worst)', rating(plan.anticipatedDistress)],
          ['Expected barriers', list(plan.expectedBarriers.map(barrierName))],
          [
            'Planned safety behaviours',
            list(plan.plannedSafetyBehaviours.map((s) => SAFETY_BEHAVIOUR_LABELS[s])),
          ],
        ]}
      />
    </Paper>
  );
}

export function OutcomeFacts({
  outcome,
  evidence = NONE,
  order = 3,
}: {
  outcome: ExperimentOutcome;
  evidence?: Evidence;
  order?: TitleOrder;
}) {
  const rows: Row[] = [
    ['Did I ask', DID_ASK_LABELS[outcome.didAsk]],
    ...(outcome.didAsk === 'no'
      ? ([['What got in the way', written(outcome.whatGotInTheWay, evidence)]] as Row[])
      : ([
          ['When', outcome.askedOn ? formatDay(outcome.askedOn) : null],
          ['The answer', outcome.response ? RESPONSE_LABELS[outcome.response] : null],
          ['Their reaction (0 glad to help, 10 very annoyed)', rating(outcome.helperReaction)],
        ] as Row[])),
    ['What happened', written(outcome.whatHappened, evidence)],
    ['Distress at the worst moment (0 calm, 10 worst)', rating(outcome.peakDistress)],
    ['Safety behaviours used', list(outcome.safetyBehavioursUsed.map((s) => SAFETY_BEHAVIOUR_LABELS[s]))],
    ['How it fitted the prediction', written(outcome.fitWithPrediction, evidence)],
    ['What it means for the feared thought', written(outcome.meaningForFearedThought, evidence)],
    ['How true the thought feels now', percent(outcome.beliefAfter)],
    ['What I learned', written(outcome.learning, evidence)],
    ['Next step', outcome.nextStep ? NEXT_STEP_LABELS[outcome.nextStep] : null],
  ];
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="What happened">
      <Title order={order} size="h4" mb="sm">
        What happened
      </Title>
      <Facts rows={rows} />
    </Paper>
  );
}

/** The whole entry, readably. For a practitioner, `evidence` marks the phrases behind barrier suggestions. */
export function EntryDetails({
  entry,
  evidence = NONE,
  predictionTitle = 'The prediction',
}: {
  entry: EntryView;
  evidence?: Evidence;
  predictionTitle?: string;
}) {
  if (entry.kind === 'observation' && entry.observation) {
    const o = entry.observation;
    return (
      <Paper withBorder p="md" radius="md">
        <Facts
          rows={
            [
              ['When', formatDay(o.occurredOn)],
              ['Where', o.where],
              ['Who asked', o.whoAsked],
              ['Whom they asked', o.whomAsked],
              ['What for', o.what],
              ['Size', o.size ? SIZE_LABELS[o.size] : null],
              ['How', o.channel ? CHANNEL_LABELS[o.channel] : null],
              ['Directly?', o.directness ? DIRECTNESS_LABELS[o.directness] : null],
              ['The answer', o.response ? OBSERVED_RESPONSE_LABELS[o.response] : null],
              ["The helper's reaction (0 glad to help, 10 very annoyed)", rating(o.helperReaction)],
              ['What I assumed they would feel', written(o.assumedHelperFeeling, evidence)],
              ['Thoughts about asking I noticed', written(o.barrierThoughts, evidence)],
              ['Note', written(o.note, evidence)],
              ['Barriers I noticed', list(o.clientBarrierTags.map(barrierName))],
            ] as Row[]
          }
        />
      </Paper>
    );
  }
  if (entry.kind === 'reflection' && entry.reflection) {
    const r = entry.reflection;
    return (
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          {r.promptBarrierId && isBarrierId(r.promptBarrierId) && (
            <Text fs="italic" c="dark.6">
              {getBarrier(r.promptBarrierId).prompt}
            </Text>
          )}
          <HighlightedText text={r.text} phrases={evidence.phrases} labelFor={evidence.labelFor} />
          {r.clientBarrierTags.length > 0 && (
            <Group gap="xs">
              {r.clientBarrierTags.map((b) => (
                <Badge key={b} variant="outline" color="dark" radius="sm" tt="none">
                  {barrierName(b)}
                </Badge>
              ))}
            </Group>
          )}
        </Stack>
      </Paper>
    );
  }
  if (entry.kind === 'experiment' && entry.plan) {
    return (
      <SimpleGrid cols={{ base: 1, sm: entry.outcome ? 2 : 1 }} spacing="md">
        <PlanFacts plan={entry.plan} evidence={evidence} title={predictionTitle} />
        {entry.outcome && <OutcomeFacts outcome={entry.outcome} evidence={evidence} />}
      </SimpleGrid>
    );
  }
  return <Text c="dark.6">This entry has nothing to show.</Text>;
}
