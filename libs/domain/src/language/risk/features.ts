import { LEXICONS } from './lexicon';
import { type Word } from './words';

/**
 * Features of a stretch of words for the risk model (model.ts): lemma unigrams and bigrams ("w:die",
 * "b:want_die"), the concepts present ("c:PILL", "c:SELF"), and two pairs that carry most of the meaning: a
 * concept with the writer named ("s:PILL") and a concept under negation ("n:DIE"). Binary, order-free within
 * the stretch, the same for training (eval/train-risk-model.ts) and for screening.
 */
const SELF = new Set(['i', 'me', 'my', 'myself', 'mine']);
const NEGATION = new Set(['not', 'never', 'no', 'nobody', 'nothing', 'cannot', 'zero']);
/** Lexicons that are context rather than meaning, left out of the features. */
const CONTEXT_ONLY = new Set(['ME', 'I', 'MY', 'PARTICLE', 'TIME_WORD', 'MODAL', 'NOT_HERE_AFTER']);
const CONCEPTS = Object.entries(LEXICONS).filter(([name]) => !CONTEXT_ONLY.has(name));

export function featuresOf(words: readonly Word[]): Set<string> {
  const out = new Set<string>();
  const self = words.some((w) => SELF.has(w.key));
  const negated = words.some((w) => NEGATION.has(w.key));
  if (self) out.add('c:SELF');
  if (negated) out.add('c:NEG');
  let previous: string | null = null;
  for (const w of words) {
    if (w.punct) continue;
    out.add(`w:${w.key}`);
    if (previous !== null) out.add(`b:${previous}_${w.key}`);
    previous = w.key;
  }
  for (const [name, lex] of CONCEPTS) {
    if (!words.some((w) => w.forms.some((f) => lex.has(f)))) continue;
    out.add(`c:${name}`);
    if (self) out.add(`s:${name}`);
    if (negated) out.add(`n:${name}`);
  }
  return out;
}
