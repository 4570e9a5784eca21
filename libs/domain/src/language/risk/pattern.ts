import { type Word } from './words';

/**
 * A small pattern language over words, so rules read as concepts rather than spellings:
 *   kill|murder @SELF_OBJ      a word whose key (lemma) or written form is one of the alternatives, then a word
 *                              from the lexicon SELF_OBJ
 *   own?                       optional word
 *   _3                         a gap of up to three words
 *   ~2                         a gap of up to two fillers (adverbs, auxiliaries, particles: "want to just die")
 *   cut/VERB                   that word with that part of speech
 *   @=WANT_NOW                 a word written as one of the lexicon's words (not its lemma: "want", not "wanted")
 *   #NOUN                      a word with that part of speech
 *   !with  !#DET               the next word is not "with" / not a determiner (consumes nothing)
 *   $                          the end of the clause (or of the sentence)
 * Matching never leaves the clause it started in unless the rule's span is the sentence. Gaps are bounded, and
 * alternatives are set look-ups, so a pattern costs O(words × gap widths).
 */
type Test = (w: Word) => boolean;

export type Element =
  | { kind: 'word'; test: Test; optional: boolean; index: ReadonlySet<string> | null }
  | { kind: 'not'; test: Test }
  | { kind: 'gap'; max: number; fillers: boolean }
  | { kind: 'end' };

const FILLER_POS = new Set(['ADV', 'AUX', 'PART', 'INTJ']);

export type Lexicons = Readonly<Record<string, ReadonlySet<string>>>;

/** A test, and the forms a word must have for it to pass (null: any word may). */
type Compiled = [Test, ReadonlySet<string> | null];

function compileAlternative(alt: string, lexicons: Lexicons): Compiled {
  if (alt.startsWith('@=')) {
    const lex = lexicons[alt.slice(2)];
    if (!lex) throw new Error(`unknown lexicon ${alt}`);
    return [(w) => lex.has(w.lower), lex];
  }
  if (alt.startsWith('@')) {
    const lex = lexicons[alt.slice(1)];
    if (!lex) throw new Error(`unknown lexicon ${alt}`);
    return [(w) => w.forms.some((f) => lex.has(f)), lex];
  }
  if (alt.startsWith('#')) {
    const pos = alt.slice(1);
    return [(w) => w.pos === pos, null];
  }
  const tagged = /^([^/]+)\/([A-Z]+)$/.exec(alt);
  if (tagged) {
    const key = tagged[1] as string;
    const pos = tagged[2] as string;
    return [(w) => w.forms.includes(key) && w.pos === pos, new Set([key])];
  }
  if (alt.startsWith('=')) {
    const written = alt.slice(1);
    return [(w) => w.lower === written, new Set([written])];
  }
  return [(w) => w.forms.includes(alt), new Set([alt])];
}

function compileTest(spec: string, lexicons: Lexicons): Compiled {
  const parts = spec.split('|').map((alt) => compileAlternative(alt, lexicons));
  const tests = parts.map(([t]) => t);
  const test: Test = tests.length === 1 ? (tests[0] as Test) : (w) => tests.some((t) => t(w));
  const indexes = parts.map(([, i]) => i);
  const index = indexes.every((i) => i !== null) ? new Set(indexes.flatMap((i) => [...(i ?? [])])) : null;
  return [test, index];
}

export function compile(pattern: string, lexicons: Lexicons): Element[] {
  return pattern
    .trim()
    .split(/\s+/)
    .map((part): Element => {
      if (part === '$') return { kind: 'end' };
      if (/^[_~]\d+$/.test(part))
        return { kind: 'gap', max: Number(part.slice(1)), fillers: part[0] === '~' };
      if (part.startsWith('!')) return { kind: 'not', test: compileTest(part.slice(1), lexicons)[0] };
      const optional = part.endsWith('?');
      const [test, index] = compileTest(optional ? part.slice(0, -1) : part, lexicons);
      return { kind: 'word', test, optional, index };
    });
}

export interface Span {
  /** First and one-past-last matched word. */
  from: number;
  to: number;
}

/**
 * Matches compiled elements against words[at…]; `bound(i)` says whether word i may still be part of the match
 * (same clause, or same sentence). Returns the end (exclusive) or -1.
 */
function matchFrom(
  els: readonly Element[],
  e: number,
  words: readonly Word[],
  i: number,
  bound: Test,
): number {
  if (e === els.length) return i;
  const el = els[e] as Element;
  const inBound = (k: number): boolean => k < words.length && bound(words[k] as Word);
  switch (el.kind) {
    case 'end':
      return inBound(i) ? -1 : matchFrom(els, e + 1, words, i, bound);
    case 'not':
      return inBound(i) && el.test(words[i] as Word) ? -1 : matchFrom(els, e + 1, words, i, bound);
    case 'gap':
      for (let k = 0; k <= el.max; k += 1) {
        if (k > 0 && !inBound(i + k - 1)) break;
        if (k > 0 && el.fillers && !FILLER_POS.has((words[i + k - 1] as Word).pos)) break;
        const r = matchFrom(els, e + 1, words, i + k, bound);
        if (r >= 0) return r;
      }
      return -1;
    case 'word': {
      if (inBound(i) && el.test(words[i] as Word)) {
        const r = matchFrom(els, e + 1, words, i + 1, bound);
        if (r >= 0) return r;
      }
      return el.optional ? matchFrom(els, e + 1, words, i, bound) : -1;
    }
  }
}

/** The match of a pattern starting at word i: its end (exclusive), or -1. */
export function matchAt(
  els: readonly Element[],
  words: readonly Word[],
  i: number,
  sentenceWide: boolean,
): number {
  const start = words[i];
  if (!start) return -1;
  const bound: Test = sentenceWide ? () => true : (w) => w.clause === start.clause;
  return matchFrom(els, 0, words, i, bound);
}

/**
 * The forms one of which a word must have to start a match (null when any word may: an optional or POS-only
 * first element), so a screen can try at each word only the patterns that can start there.
 */
export function triggers(els: readonly Element[]): ReadonlySet<string> | null {
  const first = els[0];
  return first?.kind === 'word' && !first.optional ? first.index : null;
}

/** Every match of a pattern in a sentence's words (punctuation already removed), leftmost first, not overlapping. */
export function matchAll(els: readonly Element[], words: readonly Word[], sentenceWide: boolean): Span[] {
  const out: Span[] = [];
  const first = els[0];
  for (let i = 0; i < words.length; i += 1) {
    const start = words[i] as Word;
    if (first?.kind === 'word' && !first.optional && !first.test(start)) continue;
    const bound: Test = sentenceWide ? () => true : (w) => w.clause === start.clause;
    const end = matchFrom(els, 0, words, i, bound);
    if (end > i) {
      // Leading optional elements that matched nothing do not widen the span.
      out.push({ from: i, to: end });
      i = end - 1;
    }
  }
  return out;
}
