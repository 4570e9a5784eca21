import { type RiskCategory } from '../risk-categories';
import { ABSENCE, CONSEQUENCE, SELF_CONSEQUENCE } from './burden';
import { type Candidate } from './candidate';
import { LEXICONS } from './lexicon';
import { isNegated } from './negated';
import { compile, matchAll, type Element, type Span } from './pattern';
import { type Rule } from './rule';
import { inIdiom, quotedSpeech } from './vetoes';
import { type Word } from './words';

/**
 * Burdens (and wishes) read in two parts, the writer's absence and what it would mean (burden.ts's patterns),
 * in one sentence or, for a short sentence after it, across two.
 */
const OTHERS = new Set(['anyone', 'anybody', 'nobody', 'everyone', 'everybody', 'they', 'people']);

interface Compiled {
  rule: Rule;
  els: Element[];
}
let compiled: { absence: Compiled[]; consequence: Compiled[] } | null = null;
const compileAll = (rules: readonly Rule[]): Compiled[] =>
  rules.map((rule) => ({ rule, els: compile(rule.p, LEXICONS) }));

/** "I wouldn't mind": the writer's own reaction (not "it would be easier", "nobody would care"). */
function consequenceBySelf(words: readonly Word[], from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 4; k -= 1) {
    const w = words[k] as Word;
    if (w.key === 'i') return true;
    if (!['AUX', 'ADV', 'PART'].includes(w.pos)) return false;
  }
  return words[from]?.key === 'i';
}

/** Absence of the writer and its meaning for others, in either order, close together: a burden (or a wish). */
export function burdens(words: readonly Word[], next: readonly Word[] = []): Candidate[] {
  compiled ??= { absence: compileAll(ABSENCE), consequence: compileAll(CONSEQUENCE) };
  const { absence, consequence } = compiled;
  const find = (list: Compiled[], in_: readonly Word[] = words): { id: string; span: Span }[] =>
    list.flatMap((c) => matchAll(c.els, in_, true).map((span) => ({ id: c.rule.id, span })));
  const absent = find(absence);
  if (absent.length === 0) return [];
  const out: Candidate[] = [];
  for (const c of find(consequence)) {
    for (const a of absent) {
      const gap = a.span.from >= c.span.to ? a.span.from - c.span.to : c.span.from - a.span.to;
      if (gap > 8 || (a.span.from < c.span.to && c.span.from < a.span.to)) continue;
      const span = { from: Math.min(a.span.from, c.span.from), to: Math.max(a.span.to, c.span.to) };
      if (inIdiom(words, span) || quotedSpeech(words, span)) continue;
      const said = words.slice(c.span.from, c.span.to).map((w) => w.key);
      // "I do not believe anyone would grieve": the one who reacts is named inside the consequence.
      const bySelf = consequenceBySelf(words, c.span.from) && !said.some((k) => OTHERS.has(k));
      if (bySelf && !said.some((k) => SELF_CONSEQUENCE.has(k))) continue;
      if (bySelf && a.id === 'without-me') continue;
      const category: RiskCategory = bySelf ? 'wish-to-be-dead' : 'burden';
      out.push({
        rule: `${a.id}+${c.id}`,
        category,
        words,
        span,
        negated: isNegated(words, span.from),
        vetoed: false,
      });
      break;
    }
  }
  // "If I died tomorrow my team would carry on. Nobody would care.": the consequence in a short next sentence.
  const first = absent[0];
  if (
    out.length === 0 &&
    first &&
    next.length > 0 &&
    next.length <= 8 &&
    find(consequence, next).length > 0
  ) {
    const negated = isNegated(words, first.span.from);
    if (!inIdiom(words, first.span) && !quotedSpeech(words, first.span))
      out.push({
        rule: `${first.id}+next`,
        category: 'burden',
        words,
        span: first.span,
        negated,
        vetoed: false,
      });
  }
  return out;
}
