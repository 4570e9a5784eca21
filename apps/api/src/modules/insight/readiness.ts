import { type ReadinessExperiment, readinessSuggestion, type ReadinessSuggestion } from '@askwell/domain';

/** A row of readinessExperimentsSql (insight.sql.ts: only the fields the readiness rule reads). */
export interface ReadinessRow {
  client_id: string;
  helper: string;
  channel: ReadinessExperiment['plan']['channel'];
  life_area: ReadinessExperiment['plan']['lifeArea'];
  predicted_yes_chance: number | null;
  belief_before: number | null;
  anticipated_distress: number | null;
  has_outcome: boolean;
  did_ask: NonNullable<ReadinessExperiment['outcome']>['didAsk'];
  response: NonNullable<ReadinessExperiment['outcome']>['response'];
  learning: string | null;
  belief_after: number | null;
  peak_distress: number | null;
}

/** The readiness suggestion of each client from the rows of readinessExperimentsSql (in their order). */
export function readinessFromRows(
  rows: readonly ReadinessRow[],
  clientIds: readonly string[],
): Map<string, ReadinessSuggestion> {
  const byClient = new Map<string, ReadinessExperiment[]>();
  for (const r of rows) {
    const list = byClient.get(r.client_id) ?? [];
    list.push({
      plan: {
        helper: r.helper,
        channel: r.channel,
        lifeArea: r.life_area,
        predictedYesChance: r.predicted_yes_chance,
        beliefBefore: r.belief_before,
        anticipatedDistress: r.anticipated_distress,
      },
      outcome: r.has_outcome
        ? {
            didAsk: r.did_ask,
            response: r.response,
            learning: r.learning,
            beliefAfter: r.belief_after,
            peakDistress: r.peak_distress,
          }
        : null,
    });
    byClient.set(r.client_id, list);
  }
  return new Map(clientIds.map((id) => [id, readinessSuggestion(byClient.get(id) ?? [])]));
}
