import { compile, matchAll, type Element } from './pattern';
import { LEXICONS } from './lexicon';
import { once } from './cache';
import { type Word } from './words';

/**
 * Words placing a statement in time: "again", "last night", "two years ago", "since March", "in 2019", "when I
 * was 17", "every night", "60 days clean". A past attempt or past self-harm still flags; this says when.
 */
const UNIT = 'day|week|month|year|night|weekend|time|hour|minute|decade|morning|evening|afternoon';
const NAMED =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|' +
  'august|september|october|november|december|christmas|easter|spring|summer|autumn|winter|fall|birthday';
const PATTERNS = [
  `last|this|next|past ${UNIT}|${NAMED}`,
  `#NUM|a|an|few|couple|several|many|some _2 ${UNIT}|${NAMED} ago`,
  `${UNIT} ago`,
  `since _4 ${NAMED}|#NUM|divorce|breakup|funeral|school|uni|christmas|then`,
  'since i ~2 be|was ~1 #NUM|young|younger|teenager|kid|child|little|small|at|in',
  `in #NUM|${NAMED}|hospital|school|uni`,
  'in the past',
  'in my teens|twenties|thirties',
  `on ${NAMED}`,
  `on the|my ${UNIT}|birthday`,
  'when i ~2 be|was ~1 #NUM|young|younger|teenager|kid|child|little|small|at|in|a',
  'as a teenager|kid|child|student',
  'at #NUM',
  `every|most|some ${UNIT}|${NAMED}`,
  `for _2 ${UNIT}`,
  `#NUM ${UNIT} clean`,
  'again|still|yesterday|today|tonight|tomorrow|recently|lately|earlier|before|previously|once|twice|nightly|daily',
  'right now',
  'these days',
  'at the moment|minute',
];

let compiled: Element[][] | null = null;

/** The time words in a sentence's words nearest to the span [from, to), as offsets; null when none. */
export function whenNear(
  words: readonly Word[],
  from: number,
  to: number,
): { start: number; end: number } | null {
  const found = once(words, 'when', () => {
    compiled ??= PATTERNS.map((p) => compile(p, LEXICONS));
    return compiled.flatMap((els) => matchAll(els, words, true));
  });
  let best: { start: number; end: number; distance: number } | null = null;
  {
    for (const m of found) {
      const distance = m.to <= from ? from - m.to : m.from >= to ? m.from - to : 0;
      const start = (words[m.from] as Word).start;
      const end = (words[m.to - 1] as Word).end;
      if (
        !best ||
        distance < best.distance ||
        (distance === best.distance && end - start > best.end - best.start)
      ) {
        best = { start, end, distance };
      }
    }
  }
  return best ? { start: best.start, end: best.end } : null;
}
