import winkNLP, { type ItemSentence, type ItsFunction, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * The linguistic basis of the language screens: sentences and tokens with lemma, part of speech, wink's negation
 * scope and character offsets into the caller's text (so evidence is always an exact substring of what the
 * client wrote). wink-nlp with its English lite model: pure JavaScript, no download at run time, ≈ 0.1 ms for a
 * two-sentence reflection. Loaded on first use, so importing the domain costs nothing until a screen runs.
 */
export interface Token {
  /** The token as written. */
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  /** wink's lemma, lower case ("ending" → "end", "went" → "go", "'ve" → "have", "n't" → "not"). */
  lemma: string;
  /** Universal POS tag (NOUN, VERB, PRON, AUX, PART, ADJ, ADV, ADP, PUNCT, …). */
  pos: string;
  /** Inside a negation's scope as wink marks it ("I was n't [worried they 'd say no]"). */
  negated: boolean;
  /** Offsets into the original text: text.slice(start, end) === token.text. */
  start: number;
  end: number;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  tokens: Token[];
}

let instance: WinkMethods | null = null;
const nlp = (): WinkMethods => (instance ??= winkNLP(model));

/** Straightens curly quotes and apostrophes without changing any offset. */
export const straighten = (text: string): string =>
  text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');

/** Splits text into sentences of tokens. Empty or whitespace-only text gives no sentences. */
export function analyse(text: string): Sentence[] {
  if (text.trim() === '') return [];
  const source = straighten(text);
  // wink's `its` helpers are plain functions (no `this`); its typings disagree with themselves on the lemma's.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const { value, lemma, pos: partOfSpeech, negationFlag } = nlp().its;
  const out = (s: ItemSentence, f: unknown): unknown[] => s.tokens().out(f as ItsFunction<string>);
  const doc = nlp().readDoc(source);
  const sentences: Sentence[] = [];
  let cursor = 0;
  doc.sentences().each((s: ItemSentence) => {
    const values = out(s, value) as string[];
    const lemmas = out(s, lemma) as string[];
    const pos = out(s, partOfSpeech) as string[];
    const negation = out(s, negationFlag) as boolean[];
    const tokens: Token[] = [];
    values.forEach((written: string, i: number) => {
      const at = source.indexOf(written, cursor);
      // wink keeps every character of a token; indexOf only fails on text it re-wrote, which we then skip.
      if (at < 0) return;
      cursor = at + written.length;
      tokens.push({
        text: text.slice(at, cursor),
        lower: written.toLowerCase(),
        lemma: (lemmas[i] ?? written).toLowerCase(),
        pos: pos[i] ?? 'X',
        negated: negation[i] === true,
        start: at,
        end: cursor,
      });
    });
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (first && last) {
      sentences.push({ text: text.slice(first.start, last.end), start: first.start, end: last.end, tokens });
    }
  });
  return sentences;
}
