import { RISK_CATEGORY_TIER, higherTier, type RiskCategory, type RiskTier } from './risk-categories';
import { candidatesIn, settle } from './risk/detect';
import { whenNear } from './risk/when';
import { wordsOf, type Word } from './risk/words';

/** One reason the screen flagged: what kind of statement, and the words that show it. */
export interface RiskFinding {
  tier: RiskTier;
  category: RiskCategory;
  /** The phrase that shows it, an exact substring of the input. */
  evidence: string;
  start: number;
  end: number;
  /** Words placing it in time ("last month", "again", "years ago"), exact from the input; null when none. */
  when: string | null;
}

export interface RiskResult {
  flagged: boolean;
  /** The most serious tier found, null when nothing was. */
  tier: RiskTier | null;
  /** Every finding, in order of appearance. */
  findings: RiskFinding[];
  /** The findings' evidence phrases, in order of appearance. */
  matches: string[];
}

const CONTINUES = new Set(['ADP', 'ADV', 'CCONJ']);

/**
 * A fragment of a few words that carries on the sentence before it ("I'm done. With everything.", "I should just
 * check out. Permanently.") is read as part of it, in the same clause when it starts with a preposition or
 * an adverb.
 */
function mergeFragments(sentences: Word[][]): Word[][] {
  const out: Word[][] = [];
  let pending: Word[] = [];
  for (const words of sentences) {
    const prev = out[out.length - 1];
    const first = words[0];
    if (prev && first && words.length <= 3 && CONTINUES.has(first.pos) && pending.length === 0) {
      const clause = prev[prev.length - 1]?.clause ?? 0;
      out[out.length - 1] = [...prev, ...words.map((w) => ({ ...w, clause: clause + w.clause }))];
    } else if (words.length <= 2) {
      // "Burden. That's all I am to them.": a word or two standing alone leads into the next sentence.
      pending = [...pending, ...words.map((w) => ({ ...w, clause: w.clause - 1000 }))];
    } else {
      out.push([...pending, ...words]);
      pending = [];
    }
  }
  if (pending.length > 0) out.push(pending);
  return out;
}

/**
 * Screens free text for suicide and self-harm language in two tiers (product.md, "Barrier suggestions and the
 * risk screen"; the categories in risk-categories.ts). The language layer is in risk/:
 *  - words.ts: analyse()'s tokens as lemmas, texting forms expanded ("im", "wanna", "kms"), clauses, quotes;
 *  - lexicon.ts: concepts (self, dying, killing, methods, means, self-harm acts, body parts, research, …);
 *  - rules-*.ts, burden.ts: C-SSRS-informed rules over those concepts;
 *  - scope.ts: whose statement it is (first or third person) and negation scope;
 *  - vetoes.ts: idioms, quoted speech and media, professional and accidental contexts;
 *  - when.ts: the time words near a finding.
 * When in doubt between a false flag and a miss, it flags: a negated statement is dropped only when nothing
 * else in the text shows distress.
 */
export function detectRisk(text: string): RiskResult {
  if (text.trim() === '') return { flagged: false, tier: null, findings: [], matches: [] };
  const sentences = mergeFragments(wordsOf(text).map((s) => s.words.filter((w) => !w.punct)));
  const candidates = sentences.flatMap((words, i) =>
    candidatesIn(words, [...(sentences[i - 1] ?? []), ...words, ...(sentences[i + 1] ?? [])]),
  );
  const found = settle(candidates, sentences);
  const findings = found.map((c): RiskFinding => {
    const first = c.words[c.span.from] as Word;
    const last = c.words[c.span.to - 1] as Word;
    const when = whenNear(c.words, c.span.from, c.span.to);
    return {
      tier: RISK_CATEGORY_TIER[c.category],
      category: c.category,
      evidence: text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      when: when ? text.slice(when.start, when.end) : null,
    };
  });
  return {
    flagged: findings.length > 0,
    tier: findings.reduce<RiskTier | null>((t, f) => higherTier(t, f.tier), null),
    findings,
    matches: findings.map((f) => f.evidence),
  };
}
