import { type Word } from './words';

/**
 * Negation scope for the risk screen: whether a negation covers a match, before it in its clause ("I'm not going
 * to kill myself") or, for a topic or a gerund, after it ("Suicide has never crossed my mind").
 */
const LOOK_BACK = 40;

const NEGATORS = new Set([
  'not',
  'never',
  'no',
  'nobody',
  'nothing',
  'none',
  'neither',
  'nor',
  'cannot',
  'zero',
]);
/** Negators that do not negate what follows. */
const PSEUDO_AFTER = new Set([
  'only',
  'just',
  'sure',
  'certain',
  'doubt',
  'matter',
  'wonder',
  'stop',
  'help',
  'even',
  // "I wouldn't mind if …", "I don't care if …": indifference to what follows is a wish, not its denial.
  'mind',
  'care',
]);
/** A subordinate clause the match starts after: "Ain't nobody need to see it after I'm gone". */
const SUBORDINATORS = new Set(['after', 'once', 'if', 'when', 'until', 'till', 'before']);

/**
 * Whether a negation covers the match starting at word i: a negator earlier in the clause, before the match's own
 * subject ("nobody knows I cut myself" is not negated; "I'm not going to kill myself" is). "can't stop", "not sure",
 * "not only" are not negations; "it's not that I want to" is one.
 */
/**
 * A negation after a match that is its own subject: "Suicide has never crossed my mind", "Killing myself is not
 * something I would do", "Thoughts of self-harm? None."
 */
export function negatedAfter(words: readonly Word[], from: number, to: number, inside: boolean): boolean {
  const start = words[from];
  if (!start) return false;
  for (let k = from - 1; k >= 0 && words[k]?.clause === start.clause; k -= 1) {
    const w = words[k] as Word;
    if (!['DET', 'ADJ', 'ADP', 'INTJ', 'ADV'].includes(w.pos)) return false;
  }
  for (let k = inside ? from + 1 : to; k < words.length && k < to + 5; k += 1) {
    const w = words[k] as Word;
    if (w.clause !== start.clause) return false;
    // "planning my exit and not from work": a contrast added after, not a denial.
    if (NEGATORS.has(w.key) && ['and', 'but', 'or'].includes(words[k - 1]?.key ?? '')) return false;
    if (NEGATORS.has(w.key)) return !PSEUDO_AFTER.has(words[k + 1]?.key ?? '');
  }
  return false;
}

const INVERSION = new Set([
  'once',
  'ever',
  'single',
  'point',
  'time',
  'have',
  'did',
  'do',
  'had',
  'would',
  'will',
]);
const clauseStart = (words: readonly Word[], k: number): boolean =>
  k === 0 ||
  words[k - 1]?.clause !== words[k]?.clause ||
  ['at', 'and', 'but'].includes(words[k - 1]?.key ?? '');

/** "There was a time I wanted to die, but not anymore": a later clause takes the statement back. */
export function takenBack(words: readonly Word[], to: number): boolean {
  for (let k = to; k < words.length - 1 && k < to + 12; k += 1) {
    const w = words[k] as Word;
    const next = (words[k + 1] as Word).key;
    const opens = words[k - 1]?.key === 'but' || words[k - 1]?.clause !== w.clause;
    if (w.key === 'not' && ['anymore', 'now', 'again'].includes(next) && opens) {
      return true;
    }
    if (w.key === 'not' && next === 'any' && words[k + 2]?.key === 'more') return true;
  }
  return false;
}

export function isNegated(words: readonly Word[], i: number): boolean {
  const start = words[i];
  if (!start) return false;
  // "Nobody needs to see my stuff after I'm gone": a match that opens a subordinate clause is out of reach.
  if (SUBORDINATORS.has(start.key) && ['PRON', 'DET', 'NOUN', 'PROPN'].includes(words[i + 1]?.pos ?? '')) {
    return false;
  }
  let sawSubject = false;
  for (let k = i - 1; k >= 0 && k >= i - LOOK_BACK; k -= 1) {
    const w = words[k] as Word;
    if (w.clause !== start.clause) return false;
    if (SUBORDINATORS.has(w.key) && ['PRON', 'DET', 'NOUN', 'PROPN'].includes(words[k + 1]?.pos ?? '')) {
      return false;
    }
    // "What I didn't say is that the thought of killing myself …": negation stops at a complement clause.
    const following = words[k + 1];
    if (w.key === 'that' && following && ['DET', 'PRON', 'PROPN'].includes(following.pos) && !sawSubject) {
      return false;
    }
    if (w.key === 'i' || w.key === 'we') {
      sawSubject = true;
      continue;
    }
    if (!NEGATORS.has(w.key)) continue;
    const next = words[k + 1];
    if (next && PSEUDO_AFTER.has(next.key)) continue;
    // "I don't know why I bother", "I don't think I can go on": doubt, not denial ("I don't think about it" is).
    const after = words[k + 2]?.key;
    if (next?.key === 'know' || (next?.key === 'do' && after === 'know')) continue;
    // "I don't see why I should keep going", "I don't even get why I'd still be around".
    if (words.slice(k + 1, k + 4).some((x) => x.key === 'why')) continue;
    if (next?.key === 'think' && (after === 'i' || after === 'can' || after === 'could')) continue;
    // "Not once have I …", "At no point did I …": a negation put first, before its own subject.
    if (sawSubject) return next?.key === 'that' || (INVERSION.has(next?.key ?? '') && clauseStart(words, k));
    return true;
  }
  return false;
}
