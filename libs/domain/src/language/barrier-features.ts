import { findConcepts, indexConcepts, type ConceptHit } from './concepts';
import { BIAS_CONCEPTS } from './lexicon-biases';
import { CULTURE_CONCEPTS } from './lexicon-culture';
import { ROOTS_CONCEPTS, SHARED_CONCEPTS } from './lexicon-roots';
import { read, type ReadSentence } from './reading';

/**
 * The barrier model's features of a text, each with where it was found (for the evidence):
 *   c:CONCEPT     a concept found outside any negation scope
 *   n:CONCEPT     a concept found only inside one ("I wasn't worried they'd say no")
 *   p:A+B         two concepts in the same sentence, outside negation ("heart" and "pound", "picture" and "no")
 *   w:LEMMA       a content word's lemma outside negation (a fallback for words no lexicon has)
 * Before that, hits inside an idiom ("I froze the soup") are dropped, and so are a belief's hits when the writer
 * rejects it ("My mum thinks asking is weak, but I don't agree"): other people's clauses in that sentence and the
 * one before it.
 */
export const CONCEPTS = [...SHARED_CONCEPTS, ...ROOTS_CONCEPTS, ...CULTURE_CONCEPTS, ...BIAS_CONCEPTS];
const INDEX = indexConcepts(CONCEPTS);

export interface Span {
  sentence: number;
  from: number;
  to: number;
}

export interface TextFeatures {
  sentences: ReadSentence[];
  /** Feature name → where it first occurs. */
  features: Map<string, Span>;
}

const CONTENT = new Set(['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'INTJ']);
const STOP = new Set([
  'be',
  'have',
  'do',
  'get',
  'go',
  'just',
  'so',
  'really',
  'then',
  'now',
  'also',
  'very',
  'not',
]);

const overlaps = (a: ConceptHit, b: ConceptHit): boolean =>
  a.sentence === b.sentence && a.from <= b.to && b.from <= a.to;

function keptHits(hits: ConceptHit[]): ConceptHit[] {
  const idioms = hits.filter((h) => h.concept === 'idiom');
  const rejecting = new Set(hits.filter((h) => h.concept === 'reject-belief').map((h) => h.sentence));
  return hits.filter((h) => {
    if (h.concept === 'idiom' || h.concept === 'reject-belief') return true;
    if (idioms.some((i) => overlaps(i, h))) return false;
    const rejected = rejecting.has(h.sentence) || rejecting.has(h.sentence + 1);
    return !(rejected && !h.firstPerson);
  });
}

const put = (features: Map<string, Span>, name: string, span: Span): void => {
  if (!features.has(name)) features.set(name, span);
};

/** Reads the text and lists its features. Linear in the length of the text (pairs come from a fixed set). */
export function textFeatures(text: string): TextFeatures {
  const sentences = read(text);
  const hits = keptHits(findConcepts(sentences, INDEX));
  const features = new Map<string, Span>();
  const affirmed = new Set<string>();
  for (const h of hits) if (!h.negated) affirmed.add(h.concept);
  for (const h of hits) {
    const span = { sentence: h.sentence, from: h.from, to: h.to };
    if (!h.negated) put(features, `c:${h.concept}`, span);
    else if (!affirmed.has(h.concept)) put(features, `n:${h.concept}`, span);
  }
  // Pairs: the first affirmed hit of each concept per sentence, so a sentence adds at most |concepts|² pairs.
  const bySentence = new Map<number, Map<string, ConceptHit>>();
  for (const h of hits) {
    if (h.negated) continue;
    const seen = bySentence.get(h.sentence) ?? new Map<string, ConceptHit>();
    if (!seen.has(h.concept)) seen.set(h.concept, h);
    bySentence.set(h.sentence, seen);
  }
  for (const seen of bySentence.values()) {
    const list = [...seen.values()].sort((a, b) => (a.concept < b.concept ? -1 : 1));
    list.forEach((a, i) => {
      for (const b of list.slice(i + 1)) {
        if (overlaps(a, b)) continue;
        const span = { sentence: a.sentence, from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) };
        put(features, `p:${a.concept}+${b.concept}`, span);
      }
    });
  }
  sentences.forEach((s, sentence) => {
    s.words.forEach((w, i) => {
      if (w.negated || !CONTENT.has(w.pos) || STOP.has(w.lemma) || !/^[a-z]/.test(w.lemma)) return;
      put(features, `w:${w.lemma}`, { sentence, from: i, to: i });
    });
  });
  return { sentences, features };
}
