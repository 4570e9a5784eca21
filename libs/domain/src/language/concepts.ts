import { isJoiner, type ReadSentence, type Word } from './reading';

/**
 * Concept lexicons, LIWC-style: a concept is a list of phrases; a phrase is words in order, each matching a token's
 * lemma or its lower-case form ("pay back" matches "paid her back", "went" is "go"), or, with a trailing "*", any
 * word that starts so ("humiliat*"). Up to MAX_GAP other tokens may stand between two words of a phrase, inside
 * one clause ("my heart was pounding" is "heart pound"); intra-word hyphens are skipped ("eye-roll" is "eye roll").
 * Lexicon files write a concept's phrases as comma-separated strings, only so that they wrap readably.
 */
export interface Concept {
  readonly id: string;
  /** What the concept stands for, for whoever reads a suggestion's explanation. */
  readonly gloss: string;
  readonly terms: readonly string[];
}

export interface ConceptHit {
  concept: string;
  sentence: number;
  clause: number;
  /** Token indexes in the sentence, inclusive. */
  from: number;
  to: number;
  /** The phrase's first word is inside a negation scope that opened before the phrase. */
  negated: boolean;
  /** The clause speaks of the writer (I, me, my, …). */
  firstPerson: boolean;
}

export const MAX_GAP = 2;

interface Phrase {
  concept: string;
  words: readonly string[];
  /** The phrase's words without a trailing "*": a sentence lacking one of them cannot hold the phrase. */
  exactWords: readonly string[];
}

export interface ConceptIndex {
  readonly exact: ReadonlyMap<string, readonly Phrase[]>;
  readonly prefixed: readonly Phrase[];
  readonly ids: readonly string[];
}

/** Builds the lookup of every phrase by its first word. Throws on a duplicate concept id. */
export function indexConcepts(concepts: readonly Concept[]): ConceptIndex {
  const exact = new Map<string, Phrase[]>();
  const prefixed: Phrase[] = [];
  const ids = new Set<string>();
  for (const c of concepts) {
    if (ids.has(c.id)) throw new Error(`duplicate concept ${c.id}`);
    ids.add(c.id);
    for (const line of c.terms) {
      for (const raw of line.split(',')) {
        const words = raw.trim().toLowerCase().replace(/’/g, "'").split(/\s+/).filter(Boolean);
        const first = words[0];
        if (first === undefined) continue;
        const phrase = { concept: c.id, words, exactWords: words.filter((w) => !w.endsWith('*')).slice(1) };
        if (first.endsWith('*')) prefixed.push(phrase);
        else exact.set(first, [...(exact.get(first) ?? []), phrase]);
      }
    }
  }
  return { exact, prefixed, ids: [...ids] };
}

const matches = (pattern: string, w: Word): boolean =>
  pattern.endsWith('*')
    ? w.key.startsWith(pattern.slice(0, -1)) || w.lemma.startsWith(pattern.slice(0, -1))
    : pattern === w.key || pattern === w.lemma;

/** The index of the last token of `phrase` matched from token i, or -1. */
function matchFrom(words: readonly Word[], i: number, phrase: Phrase): number {
  let at = i;
  for (let k = 1; k < phrase.words.length; k += 1) {
    const pattern = phrase.words[k] ?? '';
    let gap = 0;
    let j = at + 1;
    let found = -1;
    while (j < words.length && gap <= MAX_GAP) {
      const w = words[j];
      if (!w) break;
      if (isJoiner(w, words[j - 1], words[j + 1])) {
        j += 1;
        continue;
      }
      if (w.pos === 'PUNCT' || w.clause !== words[i]?.clause) break;
      if (matches(pattern, w)) {
        found = j;
        break;
      }
      gap += 1;
      j += 1;
    }
    if (found < 0) return -1;
    at = found;
  }
  return at;
}

/** Every concept phrase found in the sentences, one hit per concept and start token (the longest). */
export function findConcepts(sentences: readonly ReadSentence[], index: ConceptIndex): ConceptHit[] {
  const hits: ConceptHit[] = [];
  const none: readonly Phrase[] = [];
  sentences.forEach((s, sentence) => {
    const present = new Set<string>();
    for (const w of s.words) {
      present.add(w.key);
      present.add(w.lemma);
    }
    const prefixed = index.prefixed.filter((p) => p.exactWords.every((x) => present.has(x)));
    s.words.forEach((w, i) => {
      if (w.pos === 'PUNCT') return;
      const byLemma = w.lemma !== w.key ? (index.exact.get(w.lemma) ?? none) : none;
      const best = new Map<string, number>();
      for (const list of [index.exact.get(w.key) ?? none, byLemma, prefixed]) {
        for (const p of list) {
          if (list === prefixed && !matches(p.words[0] ?? '', w)) continue;
          if (!p.exactWords.every((x) => present.has(x))) continue;
          const to = matchFrom(s.words, i, p);
          if (to >= 0 && to > (best.get(p.concept) ?? -1)) best.set(p.concept, to);
        }
      }
      for (const [concept, to] of best) {
        hits.push({
          concept,
          sentence,
          clause: w.clause,
          from: i,
          to,
          negated: w.negated,
          firstPerson: s.firstPerson[w.clause] ?? false,
        });
      }
    });
  });
  return hits;
}
