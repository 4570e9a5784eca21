import { BARRIER_IDS, type BarrierId } from '../taxonomy/ids';
import { textFeatures, type Span } from './barrier-features';
import { BARRIER_WEIGHTS } from './barrier-weights/index';
import { type ReadSentence } from './reading';

/** A suggested barrier with the phrase that triggered it: text.slice(start, end) === evidence. */
export interface BarrierSuggestion {
  barrierId: BarrierId;
  /** The exact substring of the input that triggered the suggestion (for highlighting). */
  evidence: string;
  start: number;
  end: number;
  /** 0–1, two decimals: the barrier model's score, 0.5 at the barrier's threshold (see barrier-weights/). */
  score: number;
}

/**
 * Scores at or above this are suggested. Each barrier's threshold was chosen on out-of-fold scores of the tuning
 * split for precision 0.9 (a suggestion a practitioner must reject costs trust) and folded into its bias.
 */
export const SUGGESTION_THRESHOLD = 0.5;

interface LinearModel {
  bias: number;
  weights: ReadonlyMap<string, number>;
}

function parse(lines: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  const parts = lines.join(' ').split(/\s+/).filter(Boolean);
  for (let i = 0; i + 1 < parts.length; i += 2) out.set(parts[i] ?? '', Number(parts[i + 1]));
  return out;
}

let models: ReadonlyMap<BarrierId, LinearModel> | null = null;
const loaded = (): ReadonlyMap<BarrierId, LinearModel> =>
  (models ??= new Map(
    BARRIER_IDS.map((id) => [
      id,
      { bias: BARRIER_WEIGHTS[id].bias, weights: parse(BARRIER_WEIGHTS[id].weights) },
    ]),
  ));

/** Longest evidence, in tokens, around the feature that triggered a suggestion. */
export const MAX_EVIDENCE_TOKENS = 16;

/** The clause(s) around a feature's span, trimmed of leading connectives and punctuation. */
function evidenceOf(sentences: readonly ReadSentence[], span: Span): { start: number; end: number } {
  const words = sentences[span.sentence]?.words ?? [];
  const first = words[span.from]?.clause ?? 0;
  const last = words[span.to]?.clause ?? first;
  let a = span.from;
  let b = span.to;
  while (a > 0 && words[a - 1]?.clause === first && b - a < MAX_EVIDENCE_TOKENS) a -= 1;
  while (b + 1 < words.length && words[b + 1]?.clause === last && b - a < MAX_EVIDENCE_TOKENS) b += 1;
  const skip = (i: number): boolean =>
    words[i]?.pos === 'PUNCT' || words[i]?.pos === 'CCONJ' || words[i]?.pos === 'SCONJ';
  while (a < span.from && skip(a)) a += 1;
  while (b > span.to && words[b]?.pos === 'PUNCT') b -= 1;
  return { start: words[a]?.start ?? 0, end: words[b]?.end ?? 0 };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * Suggests barriers for a free-text reflection, each with its evidence, at most one per barrier, sorted by score
 * (highest first; earlier evidence first on a tie). Suggestions are for the practitioner to confirm.
 *
 * Each barrier has a small linear model over the text's concept features (barrier-features.ts); the evidence is
 * the clause around the present feature that adds most to the barrier's score.
 */
export function suggestBarriers(text: string): BarrierSuggestion[] {
  if (text.trim() === '') return [];
  const { sentences, features } = textFeatures(text);
  const out: BarrierSuggestion[] = [];
  for (const [barrierId, model] of loaded()) {
    let z = model.bias;
    let strongest: { weight: number; span: Span } | null = null;
    for (const [name, span] of features) {
      const weight = model.weights.get(name);
      if (weight === undefined) continue;
      z += weight;
      if (weight > 0 && (strongest === null || weight > strongest.weight)) strongest = { weight, span };
    }
    const score = Math.round(sigmoid(z) * 100) / 100;
    if (score < SUGGESTION_THRESHOLD || strongest === null) continue;
    const { start, end } = evidenceOf(sentences, strongest.span);
    out.push({ barrierId, evidence: text.slice(start, end), start, end, score });
  }
  return out.sort((a, b) => b.score - a.score || a.start - b.start);
}
