import { type BarrierId } from '../taxonomy/ids';
import { BARRIER_PATTERNS, type BarrierPatternEntry } from './barrier-patterns';
import { buildNegationIndex } from './negation';
import { normaliseForMatching } from './text';

/** A suggested barrier with the phrase that triggered it: text.slice(start, end) === evidence. */
export interface BarrierSuggestion {
  barrierId: BarrierId;
  /** The exact substring of the input that triggered the suggestion (for highlighting). */
  evidence: string;
  start: number;
  end: number;
  /** 0–1: 1 − Π(1 − weight) over the distinct cues that matched outside a negation (overlapping matches count once). */
  score: number;
}

/** Precision first: a suggestion a practitioner must reject costs trust. */
export const SUGGESTION_THRESHOLD = 0.5;

/**
 * Suggests barriers for a free-text reflection, each with its evidence, at most one per barrier (the strongest
 * cue, earliest on a tie), sorted by score (highest first). Suggestions are for the practitioner to confirm.
 */
export function suggestBarriers(text: string): BarrierSuggestion[] {
  return suggestBarriersWith(text, BARRIER_PATTERNS);
}

/** suggestBarriers with a given cue table (the evaluation compares the frames alone with the full table). */
export function suggestBarriersWith(
  text: string,
  patterns: readonly BarrierPatternEntry[],
): BarrierSuggestion[] {
  if (text.trim() === '') return [];
  const norm = normaliseForMatching(text);
  const negation = buildNegationIndex(norm);
  const out: BarrierSuggestion[] = [];

  for (const entry of patterns) {
    const hits: { start: number; end: number; weight: number }[] = [];
    for (const c of entry.cues) {
      if (c.context && !c.context.test(norm)) continue;
      for (const m of norm.matchAll(c.re)) {
        if (m[0].length === 0 || negation.isNegated(m.index)) continue;
        hits.push({ start: m.index, end: m.index + m[0].length, weight: c.weight });
        break; // one occurrence per cue is enough for the score
      }
    }
    // Cues that matched overlapping text are one piece of evidence, not several: only the strongest of them counts
    // (round 4: the broad frames often cover the same phrase as a sentence-level cue).
    hits.sort((a, b) => b.weight - a.weight || a.start - b.start);
    const counted: typeof hits = [];
    for (const h of hits) {
      if (!counted.some((k) => h.start < k.end && k.start < h.end)) counted.push(h);
    }
    const best = counted[0];
    const miss = counted.reduce((p, h) => p * (1 - h.weight), 1);
    const score = Math.round((1 - miss) * 100) / 100;
    if (best && score >= SUGGESTION_THRESHOLD) {
      out.push({
        barrierId: entry.barrierId,
        evidence: text.slice(best.start, best.end),
        start: best.start,
        end: best.end,
        score,
      });
    }
  }
  return out.sort((a, b) => b.score - a.score || a.start - b.start);
}
