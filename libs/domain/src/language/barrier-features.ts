import { FRAMES, type Frame, type FrameUnit } from './concept-frames';
import { findConcepts, indexConcepts, type ConceptHit } from './concepts';
import { BIAS_CONCEPTS } from './lexicon-biases';
import { CULTURE_CONCEPTS } from './lexicon-culture';
import { EVIDENCE_CONCEPTS } from './lexicon-evidence';
import { ROOTS_CONCEPTS } from './lexicon-roots';
import { SHARED_CONCEPTS } from './lexicon-shared';
import { VULNERABILITY_CONCEPTS } from './lexicon-vulnerability';
import { read, type ReadSentence } from './reading';

/**
 * The barrier model's features of a text, each with where it was found (for the evidence):
 *   c:CONCEPT     a concept found outside any negation scope
 *   n:CONCEPT     a concept found only inside one ("I wasn't worried they'd say no")
 *   frame:A+B/U   a frame of concept-frames.ts: concepts found together in one clause, sentence or text
 *   w:LEMMA       a content word's lemma outside negation (a fallback for words no lexicon has)
 * Before that, hits inside an idiom ("I froze the soup") are dropped, and so are a belief's hits when the writer
 * rejects it ("My mum thinks asking is weak, but I don't agree"): other people's clauses in that sentence and the
 * one before it.
 */
export const CONCEPTS = [
  ...SHARED_CONCEPTS,
  ...ROOTS_CONCEPTS,
  ...CULTURE_CONCEPTS,
  ...VULNERABILITY_CONCEPTS,
  ...BIAS_CONCEPTS,
  ...EVIDENCE_CONCEPTS,
];
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
  const idiomTokens = new Set<string>();
  for (const h of hits) {
    if (h.concept !== 'idiom') continue;
    for (let i = h.from; i <= h.to; i += 1) idiomTokens.add(`${h.sentence}.${i}`);
  }
  const inIdiom = (h: ConceptHit): boolean =>
    idiomTokens.has(`${h.sentence}.${h.from}`) || idiomTokens.has(`${h.sentence}.${h.to}`);
  const rejecting = new Set(hits.filter((h) => h.concept === 'reject-belief').map((h) => h.sentence));
  return hits.filter((h) => {
    if (h.concept === 'idiom' || h.concept === 'reject-belief') return true;
    if (inIdiom(h)) return false;
    const rejected = rejecting.has(h.sentence) || rejecting.has(h.sentence + 1);
    return !(rejected && !h.firstPerson);
  });
}

const unitOf = (h: ConceptHit, unit: FrameUnit): string =>
  unit === 'text' ? '' : unit === 'sentence' ? `${h.sentence}` : `${h.sentence}.${h.clause}`;

/** Affirmed hits by unit and concept ("3.1 refusal" → hits), in text order. */
type HitIndex = Map<string, ConceptHit[]>;

function indexHits(hits: readonly ConceptHit[]): HitIndex {
  const index: HitIndex = new Map();
  for (const h of hits) {
    if (h.negated) continue;
    for (const unit of ['clause', 'sentence', 'text'] as const) {
      const key = `${unit} ${unitOf(h, unit)} ${h.concept}`;
      const list = index.get(key) ?? [];
      list.push(h);
      index.set(key, list);
    }
  }
  return index;
}

/**
 * Where a frame is first found whole (its first concept's hit, widened to the others in the same sentence).
 * Only the first few hits of a concept in a unit are tried, so a text repeating one phrase stays linear.
 */
function frameSpan(frame: Frame, index: HitIndex): Span | null {
  const [head, ...rest] = frame.concepts;
  const key = (h: ConceptHit, c: string): string => `${frame.unit} ${unitOf(h, frame.unit)} ${c}`;
  for (const h of (index.get(`text  ${head ?? ''}`) ?? []).slice(0, 8)) {
    const others = rest.map((c) => (index.get(key(h, c)) ?? []).slice(0, 3).find((o) => !overlaps(o, h)));
    if (others.some((o) => o === undefined)) continue;
    const same = others.filter((o): o is ConceptHit => o !== undefined && o.sentence === h.sentence);
    return {
      sentence: h.sentence,
      from: Math.min(h.from, ...same.map((o) => o.from)),
      to: Math.max(h.to, ...same.map((o) => o.to)),
    };
  }
  return null;
}

const put = (features: Map<string, Span>, name: string, span: Span): void => {
  if (!features.has(name)) features.set(name, span);
};

/** Reads the text and lists its features. */
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
  const index = indexHits(hits);
  for (const frame of FRAMES) {
    const span = frameSpan(frame, index);
    if (span) put(features, `frame:${frame.concepts.join('+')}/${frame.unit}`, span);
  }
  sentences.forEach((s, sentence) => {
    s.words.forEach((w, i) => {
      if (w.negated || !CONTENT.has(w.pos) || STOP.has(w.lemma) || !/^[a-z][a-z-]*$/.test(w.lemma)) return;
      put(features, `w:${w.lemma}`, { sentence, from: i, to: i });
    });
  });
  return { sentences, features };
}
