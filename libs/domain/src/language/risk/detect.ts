import { type RiskCategory, RISK_CATEGORY_TIER, type RiskTier } from '../risk-categories';
import { burdens } from './burdens';
import { type Candidate } from './candidate';
import { LEXICONS } from './lexicon';
import { compile, matchAt, triggers, type Element, type Span } from './pattern';
import { type Rule } from './rule';
import { CONCERN_RULES } from './rules-concern';
import { WISH_RULES } from './rules-wish';
import { PREPARATION_RULES } from './rules-preparation';
import { SELF_HARM_RULES } from './rules-self-harm';
import { SIGN_RULES } from './rules-signs';
import { SUICIDE_RULES } from './rules-suicide';
import { TALK_RULES } from './rules-talk';
import { TALK_CONCERN_RULES } from './rules-talk-concern';
import { isNegated, negatedAfter, takenBack } from './negated';
import { subjectOf, targetOf } from './scope';
import {
  accidental,
  aboutMedia,
  askedOrTrivial,
  distressOutside,
  effortIdiom,
  hedgedInTime,
  professional,
  has,
  inIdiom,
  quotedSpeech,
  ratherThanTrivial,
} from './vetoes';
import { type Word } from './words';

export type { Candidate } from './candidate';

interface Compiled {
  rule: Rule;
  els: Element[];
}

interface Compiledset {
  rules: Compiled[];
  /** Rules by the forms that can start them; `anywhere` for those any word may start. */
  byTrigger: Map<string, number[]>;
  anywhere: number[];
}
let compiled: Compiledset | null = null;
const compileAll = (rules: readonly Rule[]): Compiled[] =>
  rules.map((rule) => {
    for (const lex of [rule.needs, rule.unless]) {
      if (lex !== undefined && !LEXICONS[lex]) throw new Error(`rule ${rule.id}: unknown lexicon ${lex}`);
    }
    return { rule, els: compile(rule.p, LEXICONS) };
  });
function rulesCompiled(): Compiledset {
  if (compiled) return compiled;
  const rules = compileAll([
    ...SUICIDE_RULES,
    ...PREPARATION_RULES,
    ...SELF_HARM_RULES,
    ...WISH_RULES,
    ...CONCERN_RULES,
    ...TALK_RULES,
    ...TALK_CONCERN_RULES,
    ...SIGN_RULES,
  ]);
  const byTrigger = new Map<string, number[]>();
  const anywhere: number[] = [];
  rules.forEach((c, i) => {
    const forms = triggers(c.els);
    if (!forms) anywhere.push(i);
    else for (const f of forms) byTrigger.set(f, [...(byTrigger.get(f) ?? []), i]);
  });
  compiled = {
    rules,
    byTrigger,
    anywhere,
  };
  return compiled;
}

/** Rules whose words are also everyday exaggeration ("I want to die", "I'll jump off a cliff"). */
const HYPERBOLE_PRONE = new Set([
  'want-to-die',
  'throw-myself',
  'jump-from',
  'in-front-of',
  'under-vehicle',
  'rather-dead',
  'rather-than-living',
]);
const THIRD_REFLEXIVE = new Set(['himself', 'herself', 'themselves', 'themself']);
const SELF_WORDS = new Set(['i', 'me', 'my', 'myself', 'mine']);
const namesWriter = (words: readonly Word[], span: Span): boolean =>
  words.slice(span.from, span.to).some((w) => SELF_WORDS.has(w.key));
const PAST_ACT = new Set([
  'took',
  'swallowed',
  'overdosed',
  'downed',
  'necked',
  'taken',
  'jumped',
  'od',
  "od'd",
]);
const clauseBefore = (words: readonly Word[], span: Span): Word[] => {
  const clause = words[span.from]?.clause;
  let k = span.from;
  while (k > 0 && words[k - 1]?.clause === clause) k -= 1;
  return words.slice(k, span.from);
};

/** The category of an act of ending one's life, from its frame: tried → attempt, going to → intent, … */
function refine(words: readonly Word[], span: Span, category: RiskCategory): RiskCategory {
  const before = clauseBefore(words, span);
  const keys = before.map((w) => w.key);
  const head = words[span.from];
  const thinking = keys.some((k) => LEXICONS.THINK?.has(k) === true || LEXICONS.WANT?.has(k) === true);
  const tried = before.some(
    (w) => ['tried', 'attempted'].includes(w.lower) || (w.key === 'try' && keys.includes('have')),
  );
  if (tried || (!thinking && head && PAST_ACT.has(head.lower))) return 'attempt';
  const going = keys.some((k, i) => k === 'go' && keys[i + 1] === 'to');
  let end = span.to;
  while (end < words.length && words[end]?.clause === head?.clause) end += 1;
  const clauseWords = [...before, ...words.slice(span.from, end)];
  const intent =
    going ||
    keys.some((k) => ['will', 'plan', 'decide', 'intend', 'ready', 'set'].includes(k)) ||
    clauseWords.some((w) => LEXICONS.SOON?.has(w.key) === true);
  if (intent) return 'intent-or-plan';
  const matched = words.slice(span.from, span.to);
  if (category === 'method' || matched.some((w) => LEXICONS.METHOD_KILL?.has(w.key) === true))
    return 'method';
  return category;
}

/** "It's not that I don't want to be here": a statement with its own negation, itself denied. */
const notThat = (words: readonly Word[], from: number): boolean =>
  clauseBefore(words, { from, to: from }).some(
    (w, i, before) => w.key === 'not' && before[i + 1]?.key === 'that',
  );

/** The writer's role stated around a sentence that has no "I" of its own ("I'm a coroner. Half my week is …"). */
const roleAround = (words: readonly Word[], context: readonly Word[]): boolean =>
  !words.some((w) => w.key === 'i') && professional(context, true);

/** Reads one match of a rule: null when its scope says it is not the writer's statement of risk. */
function accept(rule: Rule, words: readonly Word[], span: Span, context: readonly Word[]): Candidate | null {
  if (rule.needs && !has(context, rule.needs)) return null;
  const vetoed = (): Candidate => ({
    rule: rule.id,
    category: rule.cat,
    words,
    span,
    negated: false,
    vetoed: true,
  });
  // An ordinary reading named in the sentence ("for our caravan", "from the pharmacy"): the rules have read it
  // and said no, so the model stays silent there too.
  if (rule.unless && has(words, rule.unless)) return vetoed();
  const writer = namesWriter(words, span);
  const person = writer ? 'self' : subjectOf(words, span.from);
  if (rule.person !== 'any' && person === 'other') return vetoed();
  if (THIRD_REFLEXIVE.has(words[span.to]?.key ?? '')) return vetoed();
  if (rule.target && targetOf(words, span.to - 1, span.from) === 'other') return vetoed();
  if (inIdiom(words, span) || quotedSpeech(words, span) || aboutMedia(words, span, writer, rule.nominal))
    return vetoed();
  if (ratherThanTrivial(words, span) || askedOrTrivial(words, span) || effortIdiom(words, span))
    return vetoed();
  if (
    rule.nominal
      ? professional(words, false) || roleAround(words, context)
      : !writer && professional(words, true)
  )
    return vetoed();
  if (rule.cat === 'self-harm' || rule.id === 'slit-wrists') {
    if (accidental(words, span)) return vetoed();
  }
  if (RISK_CATEGORY_TIER[rule.cat] === 'concern' && has(words, 'EMBARRASS')) return vetoed();
  // "ugh I want to die", "throwing myself out of the window, haha": figures of speech, said laughing (unless
  // said to be meant: "i wanna die lol but for real").
  if (HYPERBOLE_PRONE.has(rule.id) && has(words, 'LAUGH') && !has(words, 'EARNEST')) return vetoed();
  if ((HYPERBOLE_PRONE.has(rule.id) || rule.id === 'kill-myself') && has(words, 'TRIVIAL')) return vetoed();
  const head = words[span.from];
  if (
    rule.id === 'end-it' &&
    head?.lower === 'ended' &&
    !clauseBefore(words, span).some((w) => w.key === 'try')
  ) {
    return vetoed();
  }
  const category = rule.refine ? refine(words, span, rule.cat) : rule.cat;
  const negated =
    (rule.negation === 'own' && notThat(words, span.from)) ||
    (rule.negation !== 'own' &&
      (isNegated(words, span.from) ||
        takenBack(words, span.to) ||
        ((rule.nominal === true || head?.lower.endsWith('ing') === true) &&
          negatedAfter(words, span.from, span.to, rule.nominal === true))));
  return { rule: rule.id, category, words, span, negated, vetoed: false };
}

/**
 * Every candidate in one sentence's words; `context` is the sentence with its neighbours, where a rule's
 * `needs` may be met ("gave my switch to my cousin. won't be needing it").
 */
export function candidatesIn(
  words: readonly Word[],
  context: readonly Word[] = words,
  next: readonly Word[] = [],
): Candidate[] {
  const out: Candidate[] = [];
  const { rules, byTrigger, anywhere } = rulesCompiled();
  // Each rule's matches do not overlap each other (leftmost first), as with matchAll.
  const free = new Map<number, number>();
  words.forEach((w, i) => {
    const tried = new Set<number>(anywhere);
    for (const f of w.forms) for (const r of byTrigger.get(f) ?? []) tried.add(r);
    for (const r of [...tried].sort((a, b) => a - b)) {
      if ((free.get(r) ?? 0) > i) continue;
      const c = rules[r] as Compiled;
      const end = matchAt(c.els, words, i, c.rule.span === 'sentence');
      if (end <= i) continue;
      free.set(r, end);
      const found = accept(c.rule, words, { from: i, to: end }, context);
      if (found) out.push(found);
    }
  });
  return [...out, ...burdens(words, next)];
}

const tierRank = (t: RiskTier): number => (t === 'explicit' ? 2 : 1);

/**
 * Settles negation and overlaps: a negated candidate counts only when the text also shows distress outside it;
 * of two overlapping candidates the more serious (then the longer) stays.
 */
export function settle(found: readonly Candidate[], sentences: readonly (readonly Word[])[]): Candidate[] {
  const all = found.filter((c) => !c.vetoed);
  let kept = all.filter((c) => !c.negated);
  if (kept.length === 0) {
    const none = { from: -1, to: -1 };
    kept = all.filter(
      (c) =>
        hedgedInTime(c.words, c.span) ||
        sentences.some((s) => distressOutside(s, s === c.words ? c.span : none)),
    );
  }
  const sorted = [...kept].sort(
    (a, b) =>
      tierRank(RISK_CATEGORY_TIER[b.category]) - tierRank(RISK_CATEGORY_TIER[a.category]) ||
      b.span.to - b.span.from - (a.span.to - a.span.from),
  );
  const out: Candidate[] = [];
  const taken = new Map<readonly Word[], Set<number>>();
  for (const c of sorted) {
    const used = taken.get(c.words) ?? new Set<number>();
    taken.set(c.words, used);
    let clash = false;
    for (let i = c.span.from; i < c.span.to && !clash; i += 1) clash = used.has(i);
    if (clash) continue;
    for (let i = c.span.from; i < c.span.to; i += 1) used.add(i);
    out.push(c);
  }
  return out.sort((a, b) => (a.words[a.span.from]?.start ?? 0) - (b.words[b.span.from]?.start ?? 0));
}
