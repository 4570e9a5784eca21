import { RISK_CATEGORY_TIER, type RiskCategory, type RiskTier } from '../risk-categories';
import { MODEL_THRESHOLD, riskProbability } from './classifier';
import { candidatesIn, settle, type Candidate } from './detect';
import { LEXICONS } from './lexicon';
import { firstPersonOf } from './selfref';
import { whenNear } from './when';
import { wordsOf, type Word } from './words';

export interface ScreenFinding {
  tier: RiskTier;
  category: RiskCategory;
  start: number;
  end: number;
  when: { start: number; end: number } | null;
  /** 'rule' or 'model' (the backstop). */
  source: 'rule' | 'model';
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

/** A text's sentences as the screen reads them: words without punctuation, fragments merged. */
export const sentencesOf = (text: string): Word[][] =>
  firstPersonOf(mergeFragments(wordsOf(text).map((s) => s.words.filter((w) => !w.punct))));

const FIRST_PERSON = new Set(['i', 'me', 'my', 'myself']);
const THIRD_PERSON = new Set([
  'he',
  'she',
  'him',
  'his',
  'her',
  'himself',
  'herself',
  'they',
  'their',
  'themselves',
]);
const hasLexicon = (words: readonly Word[], name: string): boolean =>
  words.some((w) => w.forms.some((f) => LEXICONS[name]?.has(f) === true));

/**
 * Where the model may speak: a sentence that is plainly the writer's own (first person, no third person, no media
 * or professional words) and in which no rule matched at all (a rejected or negated match means the rules have
 * read it and said no).
 */
function openToModel(words: readonly Word[], candidates: readonly Candidate[]): boolean {
  if (candidates.some((c) => c.words === words)) return false;
  if (!words.some((w) => FIRST_PERSON.has(w.key))) return false;
  if (words.some((w) => THIRD_PERSON.has(w.key))) return false;
  return ['MEDIA', 'PROFESSIONAL', 'PERSON', 'EMBARRASS'].every((name) => !hasLexicon(words, name));
}

/** A sentence model: the probability that the words state a risk (see eval/train-risk-model.ts). */
export type SentenceModel = (words: readonly Word[]) => number;

/**
 * The screen: the rules' findings; when there are none, the model's most probable sentence above its threshold
 * (among the sentences open to it). Cross-validation (eval/crossval.ts) passes a model trained without the fold;
 * `null` screens with the rules alone.
 */
export function screen(
  text: string,
  probability: SentenceModel | null = riskProbability,
  threshold = MODEL_THRESHOLD,
): ScreenFinding[] {
  if (text.trim() === '') return [];
  const sentences = sentencesOf(text);
  const candidates = sentences.flatMap((words, i) =>
    candidatesIn(
      words,
      [...(sentences[i - 1] ?? []), ...words, ...(sentences[i + 1] ?? [])],
      sentences[i + 1],
    ),
  );
  const found = settle(candidates, sentences);
  if (found.length > 0) {
    return found.map((c) => {
      const first = c.words[c.span.from] as Word;
      const last = c.words[c.span.to - 1] as Word;
      const when = whenNear(c.words, c.span.from, c.span.to);
      const tier = RISK_CATEGORY_TIER[c.category];
      return { tier, category: c.category, start: first.start, end: last.end, when, source: 'rule' };
    });
  }
  if (probability === null) return [];
  let best: { words: readonly Word[]; p: number } | null = null;
  for (const words of sentences) {
    if (words.length === 0 || !openToModel(words, candidates)) continue;
    const p = probability(words);
    if (p >= threshold && (!best || p > best.p)) best = { words, p };
  }
  if (!best) return [];
  const category = categoryOf(best.words);
  const first = best.words[0] as Word;
  const last = best.words[best.words.length - 1] as Word;
  const when = whenNear(best.words, 0, best.words.length);
  return [
    {
      tier: RISK_CATEGORY_TIER[category],
      category,
      start: first.start,
      end: last.end,
      when,
      source: 'model',
    },
  ];
}

const CATEGORY_BY_CONCEPT: readonly [string, RiskCategory][] = [
  ['SH_VERB', 'self-harm'],
  ['SH_MARK', 'self-harm'],
  ['RESEARCH', 'preparation'],
  ['NOTE', 'preparation'],
  ['BELONGINGS', 'preparation'],
  ['PLAN', 'intent-or-plan'],
  ['SOON', 'intent-or-plan'],
  ['PILL', 'method'],
  ['MEANS', 'method'],
  ['HEIGHT', 'method'],
  ['VEHICLE', 'method'],
  ['WATER', 'method'],
];

/** A category from the concepts in the words; explicit thoughts of suicide when none says more. */
function categoryOf(words: readonly Word[]): RiskCategory {
  for (const [lexicon, category] of CATEGORY_BY_CONCEPT) {
    const lex = LEXICONS[lexicon];
    if (lex && words.some((w) => w.forms.some((f) => lex.has(f)))) return category;
  }
  return 'suicidal-thoughts';
}
