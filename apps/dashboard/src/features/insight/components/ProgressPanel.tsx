import { BarChart, LineChart } from '@mantine/charts';
import {
  Alert,
  Anchor,
  Badge,
  Center,
  Group,
  Loader,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { BARRIERS, type BarrierId } from '@askwell/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { HighlightedText } from '../../../components/HighlightedText';
import { links } from '../../../config/paths';
import { barrierName, formatDay, formatTime, TAG_STATUS_LABELS } from '../../../lib/labels';
import type { ProgressExperiment, ProgressView } from '@askwell/domain';
import { useProgress } from '../api/insight';
import { orDash, percent } from '../format';
import { BarrierMapView } from './BarrierMapView';
import { ChartFigure } from './ChartFigure';

const shortDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const dayLabel = (d: string) => {
  const [y, m, day] = d.split('-').map(Number);
  return y && m && day ? shortDay.format(new Date(y, m - 1, day)) : d;
};
/** One point per experiment, labelled by its day (and its place, when two share a day). */
const points = (list: ProgressExperiment[]) =>
  list.map((e, i) => ({ ...e, label: `${dayLabel(e.on)}${list[i - 1]?.on === e.on ? ` (${i + 1})` : ''}` }));
const ANSWER = (x: number | null) => (x === null ? '–' : x === 1 ? 'Yes' : x === 0 ? 'No' : 'Partly');
const mean = (xs: (number | null)[]) => {
  const v = xs.filter((x): x is number => x !== null);
  return v.length === 0 ? null : v.reduce((a, b) => a + b, 0) / v.length;
};

function Charts({ p }: { p: ProgressView }) {
  const data = points(p.experiments);
  const withPrediction = data.filter((e) => e.predictedYesChance !== null || e.actualYes !== null);
  const withDistress = data.filter((e) => e.anticipatedDistress !== null || e.peakDistress !== null);
  const withBelief = data.filter((e) => e.beliefBefore !== null || e.beliefAfter !== null);
  const predicted = mean(withPrediction.map((e) => e.predictedYesChance));
  const actual = mean(withPrediction.map((e) => (e.actualYes === null ? null : e.actualYes * 100)));
  const anticipated = mean(withDistress.map((e) => e.anticipatedDistress));
  const peak = mean(withDistress.map((e) => e.peakDistress));
  const before = mean(withBelief.map((e) => e.beliefBefore));
  const after = mean(withBelief.map((e) => e.beliefAfter));
  const lastBrier = p.calibrationByWeek.at(-1);
  const common = {
    h: 220,
    dataKey: 'label',
    withDots: true,
    connectNulls: true,
    strokeWidth: 2,
    curveType: 'linear' as const,
    tickLine: 'y' as const,
  };
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <ChartFigure
        title="Predicted chance of a yes, and what happened"
        summary={
          predicted === null
            ? 'No predictions recorded yet.'
            : `On average they predicted a ${Math.round(predicted)} % chance of a yes; the answers averaged ${actual === null ? '–' : Math.round(actual)} % (yes counts 100, partly 50, no 0).`
        }
        chart={
          <LineChart
            {...common}
            data={withPrediction.map((e) => ({
              label: e.label,
              predicted: e.predictedYesChance,
              actual: e.actualYes === null ? null : e.actualYes * 100,
            }))}
            series={[
              {
                name: 'predicted',
                label: 'Predicted chance of yes (%)',
                color: 'orange.9',
                strokeDasharray: '5 4',
              },
              { name: 'actual', label: 'Actual answer (%)', color: 'sage.7' },
            ]}
            yAxisProps={{ domain: [0, 100] }}
            unit=" %"
            withLegend
          />
        }
        table={{
          columns: ['Day', 'Request', 'Predicted chance of yes', 'Answer'],
          rows: withPrediction.map((e) => ({
            key: e.entryId,
            cells: [
              formatDay(e.on),
              e.request,
              e.predictedYesChance === null ? '–' : `${e.predictedYesChance} %`,
              ANSWER(e.actualYes),
            ],
          })),
        }}
        empty="No experiments with an outcome yet."
      />
      <ChartFigure
        title="Distress: expected and at its peak"
        summary={
          anticipated === null
            ? 'No distress ratings yet.'
            : `They expected ${orDash(anticipated)} out of 10 on average; at the peak it was ${orDash(peak)}.`
        }
        chart={
          <LineChart
            {...common}
            data={withDistress.map((e) => ({
              label: e.label,
              anticipated: e.anticipatedDistress,
              peak: e.peakDistress,
            }))}
            series={[
              { name: 'anticipated', label: 'Expected (0–10)', color: 'orange.9', strokeDasharray: '5 4' },
              { name: 'peak', label: 'Peak (0–10)', color: 'sage.7' },
            ]}
            yAxisProps={{ domain: [0, 10] }}
            withLegend
          />
        }
        table={{
          columns: ['Day', 'Request', 'Expected distress', 'Peak distress'],
          rows: withDistress.map((e) => ({
            key: e.entryId,
            cells: [formatDay(e.on), e.request, orDash(e.anticipatedDistress), orDash(e.peakDistress)],
          })),
        }}
        empty="No distress ratings yet."
      />
      <ChartFigure
        title="Belief in the feared thought, before and after"
        summary={
          before === null
            ? 'No belief ratings yet.'
            : `Before asking, ${Math.round(before)} % on average; re-rated afterwards, ${after === null ? '–' : `${Math.round(after)} %`}.`
        }
        chart={
          <BarChart
            h={220}
            dataKey="label"
            data={withBelief.map((e) => ({ label: e.label, before: e.beliefBefore, after: e.beliefAfter }))}
            series={[
              { name: 'before', label: 'Before (%)', color: 'orange.9' },
              { name: 'after', label: 'After (%)', color: 'sage.7' },
            ]}
            yAxisProps={{ domain: [0, 100] }}
            unit=" %"
            withLegend
          />
        }
        table={{
          columns: ['Day', 'Request', 'Belief before', 'Belief after'],
          rows: withBelief.map((e) => ({
            key: e.entryId,
            cells: [
              formatDay(e.on),
              e.request,
              e.beliefBefore === null ? '–' : `${e.beliefBefore} %`,
              e.beliefAfter === null ? '–' : `${e.beliefAfter} %`,
            ],
          })),
        }}
        empty="No belief ratings yet."
      />
      <ChartFigure
        title="Calibration by week"
        summary={
          lastBrier
            ? `The Brier score measures how far predictions were from what happened: 0 is perfect, 0.25 is no better than a coin toss. Latest week (${lastBrier.week}): ${lastBrier.brier.toFixed(2)}.`
            : 'No week with both a prediction and an answer yet.'
        }
        chart={
          <LineChart
            {...common}
            dataKey="week"
            data={p.calibrationByWeek.map((c) => ({ week: c.week.slice(5), brier: c.brier }))}
            series={[{ name: 'brier', label: 'Brier score (lower is better)', color: 'sage.7' }]}
            yAxisProps={{ domain: [0, 'auto'] }}
            referenceLines={[{ y: 0.25, label: 'Coin toss', color: 'gray.7' }]}
            valueFormatter={(v) => v.toFixed(2)}
          />
        }
        table={{
          columns: ['Week', 'Experiments', 'Mean predicted', 'Actual yes rate', 'Brier score'],
          rows: p.calibrationByWeek.map((c) => ({
            key: c.week,
            cells: [c.week, c.n, percent(c.meanPredicted), percent(c.actualYesRate), c.brier.toFixed(2)],
          })),
        }}
        empty="No week with both a prediction and an answer yet."
      />
    </SimpleGrid>
  );
}

function Reflections({ clientId }: { clientId: string }) {
  const [barrierId, setBarrierId] = useState<BarrierId | null>(null);
  const progress = useProgress(clientId, barrierId);
  const list = progress.data?.reflections ?? [];
  return (
    <Stack gap="sm" component="section" aria-labelledby="reflections-title">
      <Title order={3} size="h4" id="reflections-title">
        Shared reflections
      </Title>
      <NativeSelect
        label="Show reflections tagged with"
        value={barrierId ?? ''}
        onChange={(e) => setBarrierId((e.currentTarget.value || null) as BarrierId | null)}
        data={[{ value: '', label: 'Any barrier' }, ...BARRIERS.map((b) => ({ value: b.id, label: b.name }))]}
        maw={360}
      />
      <Text size="sm" c="dark.6" role="status">
        {progress.isFetching ? 'Loading…' : list.length === 1 ? '1 reflection' : `${list.length} reflections`}
      </Text>
      <Stack
        gap="xs"
        component="ul"
        aria-label="Reflections"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {list.map((r) => {
          const tags = barrierId ? r.tags.filter((t) => t.barrierId === barrierId) : r.tags;
          const evidence = new Map(
            tags.flatMap((t) =>
              t.evidence ? [[t.evidence.toLowerCase(), barrierName(t.barrierId)] as const] : [],
            ),
          );
          return (
            <Paper key={r.entryId} component="li" withBorder p="sm" radius="md">
              <Stack gap={6}>
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Text size="sm" c="dark.6">
                    {formatTime(r.createdAt)}
                  </Text>
                  <Anchor component={Link} to={links.entry(r.entryId)} size="sm" c="sage.8">
                    Open the entry
                  </Anchor>
                </Group>
                <HighlightedText
                  text={r.text}
                  phrases={[...evidence.keys()]}
                  labelFor={(p) => evidence.get(p.toLowerCase())}
                />
                <Group gap={6} wrap="wrap">
                  {r.tags.map((t) => (
                    <Badge
                      key={t.barrierId}
                      radius="sm"
                      tt="none"
                      variant={t.status === 'confirmed' ? 'filled' : 'outline'}
                      color={t.status === 'confirmed' ? 'sage.8' : 'dark.6'}
                    >
                      {barrierName(t.barrierId)} · {TAG_STATUS_LABELS[t.status]}
                    </Badge>
                  ))}
                </Group>
              </Stack>
            </Paper>
          );
        })}
      </Stack>
    </Stack>
  );
}

/** How the client's experiments and barriers have gone over time: charts, each with its table. */
export function ProgressPanel({ clientId }: { clientId: string }) {
  const progress = useProgress(clientId, null);
  if (progress.isPending)
    return (
      <Center py="lg">
        <Loader role="status" aria-label="Loading progress" />
      </Center>
    );
  if (progress.isError)
    return (
      <Alert color="red" role="alert" title="Progress could not be loaded">
        Please try again in a moment.
      </Alert>
    );
  return (
    <Stack gap="lg">
      <Charts p={progress.data} />
      <BarrierMapView rows={progress.data.barrierMap} />
      <Reflections clientId={clientId} />
    </Stack>
  );
}
