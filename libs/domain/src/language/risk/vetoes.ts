import { compile, matchAll, type Element, type Span } from './pattern';
import { LEXICONS } from './lexicon';
import { once } from './cache';
import { type Word } from './words';

/**
 * What makes a match not a statement about the writer's own risk: an idiom around it ("killing myself laughing",
 * "dying to ask", "shot myself in the foot", "end it with him"), quoted speech, a song, a film or the news, a
 * professional's work, an accident. Third persons are handled by the subject check (scope.ts).
 */
const IDIOMS = [
  'kill|hurt @REFLEXIVE laugh|laughing|laughter',
  '=killing @REFLEXIVE trying|with|at|over|working|doing|studying|revising|running',
  'shoot @REFLEXIVE in the foot',
  'work @REFLEXIVE _1 to death|ground|bone',
  'like _1 bang|banging|hit|hitting|bash|bashing',
  'brick wall',
  'cut and paste|run',
  'die|dying for|to',
  'to die for',
  'over @MY dead body',
  'end it|things with|between',
  'kill|murder for',
  '=wanted|=wished to die|disappear when|on|right|there',
  // "I like to died": Southern US for "I nearly died" (of embarrassment, of laughing).
  '=like to die|died',
];

/** Distress that keeps a negated statement: "I'm not going to kill myself, I just want the noise to stop". */
const DISTRESS = [
  '@WANT _3 stop|end|quiet',
  '@WANT _3 go away',
  '@WANT _3 be over',
  '@WANT _3 shut up',
  'can not take|cope|handle|bear _2 anymore|any|this|it',
  'tired|exhausted _2 of everything|life|living|fighting',
  'tired|exhausted _2 of being alive|here',
  'tired|exhausted _2 of it all',
  'part of me',
  'tempt|tempting|tempted',
  'trapped|hopeless|worthless|numb|empty',
  'give up',
  'think about it',
  'the thought|thoughts|urge|urges',
  '@NEG sure|certain',
  '@NEG know if|whether|how',
];

let idioms: Element[][] | null = null;
let distress: Element[][] | null = null;

const overlaps = (a: Span, b: Span): boolean => a.from < b.to && b.from < a.to;

const HEDGES = new Set(['today', 'tonight', 'yet', 'now']);

/**
 * "I'm not going to do it tonight", "I won't kill myself yet": a denial limited in time, in the negated clause
 * itself, is a hedge and keeps the statement.
 */
export function hedgedInTime(words: readonly Word[], span: Span): boolean {
  const clause = words[span.from]?.clause;
  for (let k = span.to; k < words.length && k < span.to + 4 && words[k]?.clause === clause; k += 1) {
    if (HEDGES.has((words[k] as Word).key)) return true;
  }
  return false;
}

/** An idiom overlapping the span. */
export function inIdiom(words: readonly Word[], span: Span): boolean {
  const found = once(words, 'idioms', () => {
    idioms ??= IDIOMS.map((p) => compile(p, LEXICONS));
    return idioms.flatMap((els) => matchAll(els, words, false));
  });
  return found.some((m) => overlaps(m, span));
}

const LIFE_AFTER_THAN = new Set([
  'keep',
  'live',
  'living',
  'feel',
  'feeling',
  'suffer',
  'exist',
  'continue',
  'wake',
  'spend',
  'stay',
  'on',
]);
const TRIVIAL_BE = new Set(['seen', 'caught', 'late', 'wrong', 'there']);

/**
 * "I'd rather jump off a cliff than do karaoke": a preference between two things, the second trivial. Kept when
 * what follows "than" is living on ("I'd rather be dead than keep feeling like this").
 */
export function ratherThanTrivial(words: readonly Word[], span: Span): boolean {
  const clause = words[span.from]?.clause;
  const rather = words
    .slice(Math.max(0, span.from - 3), span.from)
    .some((w) => w.key === 'rather' || w.key === 'sooner');
  if (!rather) return false;
  const than = [span.to, span.to + 1, span.to + 2].find(
    (i) => words[i]?.key === 'than' && words[i]?.clause === clause,
  );
  if (than === undefined) return false;
  const next = words.slice(than + 1, than + 4);
  const living = next.some((w) => LIFE_AFTER_THAN.has(w.key)) && !next.some((w) => TRIVIAL_BE.has(w.lower));
  return !living;
}

/**
 * Not the writer's statement but a question put to them ("the questionnaire asked if I thought I'd be better off
 * dead"), or a trivial condition ("if the printer jams one more time I'm throwing myself out of the window").
 */
export function askedOrTrivial(words: readonly Word[], span: Span): boolean {
  const clause = words[span.from]?.clause;
  const start = Math.max(0, span.from - 12);
  const before = words.slice(0, span.from);
  const asked = before
    .slice(start)
    .some(
      (w, i) =>
        w.clause === clause &&
        (w.key === 'ask' || w.key === 'question') &&
        ['if', 'whether'].includes(before[start + i + 1]?.key ?? '') &&
        words[start + i - 1]?.key !== 'i',
    );
  if (asked) return true;
  return once(words, 'one-more-time', () => {
    const keys = words.map((w) => w.key);
    const again = keys.some((k, i) => k === 'one' && keys[i + 1] === 'more' && keys[i + 2] === 'time');
    return again && keys.includes('if');
  });
}

/** "I nearly killed myself hauling the shopping": an effort, not an act (a gerund right after). */
export function effortIdiom(words: readonly Word[], span: Span): boolean {
  const next = words[span.to];
  const matched = words.slice(span.from, span.to);
  if (!matched.some((w) => w.key === 'kill') || !matched.some((w) => w.key === 'myself')) return false;
  return next !== undefined && next.lower.endsWith('ing') && next.key !== 'thing';
}

/** Words of distress in the sentence outside the span. */
export function distressOutside(words: readonly Word[], span: Span): boolean {
  const found = once(words, 'distress', () => {
    distress ??= DISTRESS.map((p) => compile(p, LEXICONS));
    return distress.flatMap((els) => matchAll(els, words, false));
  });
  const clause = words[span.from]?.clause;
  return found.some((m) => !overlaps(m, span) && words[m.from]?.clause !== clause);
}

export const has = (words: readonly Word[], lexicon: string): boolean =>
  once(words, `has:${lexicon}`, () => {
    const lex = LEXICONS[lexicon];
    if (!lex) throw new Error(`unknown lexicon ${lexicon}`);
    return words.some((w) => w.forms.some((f) => lex.has(f)));
  });

/** Someone else's words in quotation marks (not "I told her 'I want to die'"). */
export function quotedSpeech(words: readonly Word[], span: Span): boolean {
  const first = words[span.from];
  if (!first?.quoted) return false;
  let k = span.from - 1;
  while (k >= 0 && (words[k] as Word).quoted) k -= 1;
  for (let j = k; j >= 0 && j >= k - 3; j -= 1) if ((words[j] as Word).key === 'i') return false;
  return true;
}

const TOPIC = new Set([
  'about',
  'where',
  'called',
  'titled',
  'named',
  'which',
  'when',
  'on',
  'goes',
  'says',
  'sings',
]);
const REACTION = /^(?:make|made|makes|relate|related|felt|feel|same)$/;

/** "tying knots from a video", "whenever I get bad news": a source or a turn of phrase, not the setting. */
const notTheSetting = (words: readonly Word[], i: number): boolean =>
  words.slice(Math.max(0, i - 2), i).some((w) => w.key === 'from') ||
  (words[i]?.key === 'news' && ['bad', 'good', 'sad', 'some'].includes(words[i - 1]?.key ?? ''));

/**
 * A song, a book, the news … about it: the match is the work's topic or a character's words ("a podcast about
 * surviving a suicide attempt", "a line in the poem about wanting to sleep forever"), not the writer's own. A
 * match that names the writer ("an article about ways to kill myself") or a reaction ("the film made me want
 * to die") is the writer's.
 */
export function aboutMedia(
  words: readonly Word[],
  span: Span,
  namesWriter: boolean,
  nominal = false,
): boolean {
  if (namesWriter) return false;
  // A media word inside the match is part of it ("recorded goodbye videos"), not its setting.
  const media =
    once(words, 'media', () =>
      words.flatMap((w, i) => (w.forms.some((f) => LEXICONS.MEDIA?.has(f) === true) ? [i] : [])),
    ).find((i) => (i < span.from || i >= span.to) && !notTheSetting(words, i)) ?? -1;
  if (media < 0) return false;
  if (words.some((w, i) => (i < span.from || i >= span.to) && REACTION.test(w.lower))) return false;
  if (nominal) return true;
  if (media < span.from)
    return words.slice(Math.max(media, span.from - 12), span.from).some((w) => TOPIC.has(w.key));
  return media - span.to <= 6;
}

/** An injury by accident ("cut my finger chopping onions", "burned myself on the oven") unless said deliberate. */
export function accidental(words: readonly Word[], span: Span): boolean {
  if (has(words, 'DELIBERATE')) return false;
  if (has(words, 'ACCIDENT')) return true;
  // "cut my leg (badly) on a rusty nail": contact with a thing, after an act ("relapsed on the weekend",
  // "self-harm scars on my forearms" are not contact).
  const act = words.slice(span.from, span.to).some((w) => w.pos === 'VERB' && LEXICONS.SH_VERB?.has(w.key));
  for (let k = span.to; act && k < span.to + 2; k += 1) {
    const after = words[k + 1];
    if (words[k]?.key !== 'on' || after === undefined || !['DET', 'NOUN', 'PRON'].includes(after.pos))
      continue;
    if (after.key === 'my' || after.key === 'purpose' || LEXICONS.SOON?.has(words[k + 2]?.key ?? ''))
      continue;
    return true;
  }
  return false;
}

/** The writer's work with others' risk: "my caseload", "today's module", "as a nurse", "I'm a social worker". */
export function professional(words: readonly Word[], strict: boolean): boolean {
  if (has(words, strict ? 'PROFESSIONAL_STRONG' : 'PROFESSIONAL')) return true;
  // "I work in A&E", "on my shift at the hospital"
  const workplace = words.some(
    (w, i) =>
      LEXICONS.WORKPLACE?.has(w.key) === true &&
      words.slice(Math.max(0, i - 3), i).some((v) => v.key === 'work' || v.key === 'shift'),
  );
  if (workplace) return true;
  return words.some(
    (w, i) =>
      LEXICONS.PROFESSION?.has(w.key) === true &&
      words.slice(Math.max(0, i - 5), i).some((v) => v.key === 'as' || v.key === 'be' || v.key === 'work'),
  );
}
