/**
 * The pre-session brief (product.md "The pre-session brief"): for one client over a period, the figures a
 * practitioner reads before a session and the talking points derived from them by the rules in BRIEF_RULES.
 * Pure: the API loads the rows, this decides what they mean. Every talking point names the entries behind it.
 */
import type { BarrierId } from '../taxonomy/ids';
import { getBarrier } from '../taxonomy/taxonomy';
import {
  beliefChange,
  calibration,
  calibrationPairs,
  distressGap,
  expectancyGap,
  slippageDays,
} from '../metrics/experiment-metrics';
import { meanOrNull } from '../metrics/stats';
import type {
  BarrierCount,
  Brief,
  BriefExperiment,
  BriefInput,
  BriefTag,
  ExperimentFigure,
  TalkingPoint,
} from './brief.types';

export type * from './brief.types';

/** Every threshold a talking point uses, in one place. */
export const BRIEF_RULES = {
  /** An expectancy gap this large (either way, −1…1) is worth talking about. */
  notableExpectancyGap: 0.3,
  /** How many experiments the brief lists by the size of their gap. */
  biggestGapsShown: 3,
  /** A drop in belief of at least this many points is worth naming. */
  notableBeliefDrop: 20,
  /** Below this adherence rate, with at least `minDueForAdherence` due, ask what got in the way. */
  lowAdherence: 0.5,
  minDueForAdherence: 2,
  /** A barrier tagged at least this many times in the period (confirmed or not)… */
  notableBarrierCount: 2,
  /** …and at least this many more times than in the period before, is "coming up more". */
  risingBarrierIncrease: 1,
  /** Requests carried out this many days later than planned, on average, is slippage worth naming. */
  notableSlippageDays: 2,
  /** How many barriers the brief lists. */
  topBarriersShown: 5,
} as const;

const pct = (x: number): string => `${Math.round(x * 100)} %`;
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
const quote = (s: string): string => `“${s.length > 80 ? `${s.slice(0, 77)}…` : s}”`;

function figure(e: BriefExperiment): ExperimentFigure {
  return {
    entryId: e.entryId,
    request: e.plan.request,
    helper: e.plan.helper,
    predictedYesChance: e.plan.predictedYesChance,
    response: e.outcome && e.outcome.didAsk !== 'no' ? e.outcome.response : null,
    expectancyGap: expectancyGap(e.plan, e.outcome),
    anticipatedDistress: e.plan.anticipatedDistress,
    peakDistress: e.outcome?.peakDistress ?? null,
    distressGap: distressGap(e.plan, e.outcome),
    fearedThought: e.plan.fearedThought,
    beliefBefore: e.plan.beliefBefore,
    beliefAfter: e.outcome?.beliefAfter ?? null,
    beliefChange: beliefChange(e.plan, e.outcome),
    slippageDays: slippageDays(e.plan, e.outcome),
  };
}

function barrierCounts(tags: readonly BriefTag[]): BarrierCount[] {
  const byBarrier = new Map<BarrierId, BarrierCount>();
  for (const tag of tags) {
    if (tag.status === 'rejected') continue;
    let row = byBarrier.get(tag.barrierId);
    if (!row) {
      row = {
        barrierId: tag.barrierId,
        name: getBarrier(tag.barrierId).name,
        confirmed: 0,
        unreviewed: 0,
        previousConfirmed: 0,
        previousUnreviewed: 0,
        entryIds: [],
      };
      byBarrier.set(tag.barrierId, row);
    }
    const confirmed = tag.status === 'confirmed';
    if (tag.period === 'current') {
      if (confirmed) row.confirmed += 1;
      else row.unreviewed += 1;
      if (!row.entryIds.includes(tag.entryId)) row.entryIds.push(tag.entryId);
    } else if (confirmed) row.previousConfirmed += 1;
    else row.previousUnreviewed += 1;
  }
  return [...byBarrier.values()]
    .filter((r) => r.confirmed + r.unreviewed > 0)
    .sort((a, b) => b.confirmed - a.confirmed || b.unreviewed - a.unreviewed || a.name.localeCompare(b.name));
}

/** The brief for one client over one period. */
export function buildBrief(input: BriefInput): Brief {
  const R = BRIEF_RULES;
  const experiments = input.experiments.map(figure);
  const withGap = experiments.filter(
    (e): e is ExperimentFigure & { expectancyGap: number } => e.expectancyGap !== null,
  );
  const biggestGaps = [...withGap]
    .sort((a, b) => Math.abs(b.expectancyGap) - Math.abs(a.expectancyGap))
    .slice(0, R.biggestGapsShown);
  const beliefChanges = experiments.filter((e) => e.beliefChange !== null);
  const topBarriers = barrierCounts(input.tags).slice(0, R.topBarriersShown);
  const meanSlippage = meanOrNull(experiments.map((e) => e.slippageDays));
  const points: TalkingPoint[] = [];

  if (input.openRiskFlags.length > 0) {
    const explicit = input.openRiskFlags.filter((f) => f.tier === 'explicit').length;
    points.push({
      code: 'risk-flags',
      text: `Check in about safety first: ${plural(input.openRiskFlags.length, 'open risk flag')} since they were last acknowledged${explicit > 0 ? ` (${explicit} explicit risk)` : ''}.`,
      entryIds: input.openRiskFlags.flatMap((f) => (f.entryId === null ? [] : [f.entryId])),
    });
  }
  if (input.raisedForSession.length > 0) {
    points.push({
      code: 'raised-for-session',
      text: `You marked ${plural(input.raisedForSession.length, 'entry', 'entries')} to raise in this session.`,
      entryIds: input.raisedForSession.map((r) => r.entryId),
    });
  }
  for (const e of biggestGaps) {
    if (e.expectancyGap >= R.notableExpectancyGap) {
      points.push({
        code: 'better-than-predicted',
        text: `${quote(e.request)} went better than predicted (${pct((e.predictedYesChance ?? 0) / 100)} chance of a yes; the answer was ${e.response ?? 'unknown'}). What does that say about the feared thought?`,
        entryIds: [e.entryId],
      });
    } else if (e.expectancyGap <= -R.notableExpectancyGap) {
      points.push({
        code: 'worse-than-predicted',
        text: `${quote(e.request)} went less well than predicted (${pct((e.predictedYesChance ?? 0) / 100)} chance of a yes; the answer was ${e.response ?? 'unknown'}). How did they cope, and what did they make of it?`,
        entryIds: [e.entryId],
      });
    }
  }
  const bigDrops = beliefChanges.filter((e) => (e.beliefChange ?? 0) >= R.notableBeliefDrop);
  if (bigDrops.length > 0) {
    const first = bigDrops[0];
    points.push({
      code: 'belief-dropped',
      text:
        bigDrops.length === 1 && first
          ? `Belief in ${quote(first.fearedThought ?? 'the feared thought')} fell from ${first.beliefBefore ?? '?'} % to ${first.beliefAfter ?? '?'} %.`
          : `Belief in the feared thought fell by ${R.notableBeliefDrop} points or more in ${plural(bigDrops.length, 'experiment')}.`,
      entryIds: bigDrops.map((e) => e.entryId),
    });
  }
  const notAsked = input.experiments.filter((e) => e.outcome?.didAsk === 'no');
  if (notAsked.length > 0) {
    points.push({
      code: 'did-not-ask',
      text: `${plural(notAsked.length, 'planned request was', 'planned requests were')} not made. What got in the way?`,
      entryIds: notAsked.map((e) => e.entryId),
    });
  }
  const { adherence } = input;
  if (adherence.rate !== null && adherence.due >= R.minDueForAdherence && adherence.rate < R.lowAdherence) {
    points.push({
      code: 'low-adherence',
      text: `${adherence.completed} of ${adherence.due} exercises due were done. Explore what made them hard to fit in, without blame.`,
      entryIds: [],
    });
  }
  for (const b of topBarriers) {
    const now = b.confirmed + b.unreviewed;
    const before = b.previousConfirmed + b.previousUnreviewed;
    if (now >= R.notableBarrierCount && now - before >= R.risingBarrierIncrease) {
      points.push({
        code: 'barrier-rising',
        text: `${b.name} came up ${plural(now, 'time')} (${b.confirmed} confirmed), against ${before} in the period before.`,
        entryIds: b.entryIds,
      });
    }
  }
  if (meanSlippage !== null && meanSlippage >= R.notableSlippageDays) {
    points.push({
      code: 'slippage',
      text: `Requests were made ${Math.round(meanSlippage * 10) / 10} days later than planned on average.`,
      entryIds: experiments.filter((e) => (e.slippageDays ?? 0) > 0).map((e) => e.entryId),
    });
  }
  if (input.readiness.ready) {
    points.push({
      code: 'ready-for-next-rung',
      text: `The readiness rule is met${input.currentRung !== null && input.currentRung < 6 ? ` for rung ${input.currentRung + 1}` : ''}: ${input.readiness.reasons
        .filter((r) => r.met)
        .map((r) => r.detail.replace(/\.$/, ''))
        .join('; ')}. Talk it over before approving.`,
      entryIds: [],
    });
  }
  if (input.unreadShared.length > 0) {
    points.push({
      code: 'unread-reflections',
      text: `${plural(input.unreadShared.length, 'shared entry', 'shared entries')} not read yet.`,
      entryIds: input.unreadShared.map((u) => u.entryId),
    });
  }

  return {
    period: input.period,
    adherence,
    experiments,
    biggestGaps,
    calibration: calibration(calibrationPairs(input.experiments)),
    previousCalibration: calibration(calibrationPairs(input.previousExperiments)),
    meanDistressGap: meanOrNull(experiments.map((e) => e.distressGap)),
    beliefChanges,
    topBarriers,
    meanSlippageDays: meanSlippage,
    unreadShared: input.unreadShared,
    openRiskFlags: input.openRiskFlags,
    raisedForSession: input.raisedForSession,
    readiness: input.readiness,
    talkingPoints: points,
  };
}
