import { analyse, type Token } from '../nlp';
import { corrected, DIALECT, gDropped, unmask } from './normalise';
import { EXPAND, EXPANDED_POS } from './texting';

/**
 * The risk screen's view of a text: analyse()'s tokens as words with one normalised key each (wink's lemma,
 * with texting forms and contractions expanded: "im" → i + be, "wanna" → want + to, "kms" → kill + myself), the
 * clause each word is in, and whether it is inside quotation marks. Every word keeps the offsets of the token it
 * came from, so evidence is always an exact substring of the input.
 */
export interface Word {
  /** Normalised lemma: what lexicons and rules match. */
  key: string;
  /** The key, the written form and, for inflected forms, their likely stems ("hoping" → hop, hope). */
  forms: readonly string[];
  /** The token as written, lower case. */
  lower: string;
  /** Written with a capital first letter. */
  capital: boolean;
  pos: string;
  start: number;
  end: number;
  /** Index of the clause within the sentence (clauses end at punctuation and at "but", "because", …). */
  clause: number;
  /** Inside "…" (or a pair of lone single quotes). */
  quoted: boolean;
  /** A clause-breaking punctuation mark (kept so spans and time words can see it; rules never match it). */
  punct: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  words: Word[];
}

const BREAK_PUNCT = new Set([',', ';', ':', '—', '–', '-', '(', ')', '...', '…', '"', '?', '!', '.', '/']);
const BREAK_WORDS = new Set([
  'but',
  'because',
  'although',
  'though',
  'however',
  'whereas',
  'unless',
  'while',
  'yet',
]);
/** "nothing but a burden", "all but": "but" that does not contrast. */
const NOT_CONTRASTIVE = new Set(['nothing', 'anything', 'everything', 'all', 'none', 'nobody', 'anyone']);
/** "and", "so", "or", "then" start a new clause only before a new subject ("… and I …", "… so they …"). */
const JOINERS = new Set(['and', 'so', 'or', 'then', 'plus']);
const SUBJECTS = new Set([
  'i',
  'you',
  'he',
  'she',
  'they',
  'we',
  'it',
  'everyone',
  'nobody',
  'people',
  'someone',
]);

function keysOf(t: Token): readonly string[] {
  const typo = corrected(t.lower);
  return EXPAND[t.lower] ?? DIALECT[t.lower] ?? (typo ? (EXPAND[typo] ?? [typo]) : [t.lemma]);
}

/** The written form and its stems, with those of the -ing form when the g was dropped ("jumpin" → jump). */
function formsOf(key: string, lower: string): string[] {
  const ing = EXPAND[lower] || DIALECT[lower] ? null : gDropped(lower);
  return [key, lower, ...stemsOf(lower), ...(ing ? [ing, ...stemsOf(ing)] : [])];
}

/**
 * Stems of an inflected form, for words wink leaves as written ("stockpiling", "planning" tagged as nouns):
 * without -ing/-ed/-s, with an "e" restored and a doubled consonant undone. Lexicon words match any of them.
 */
export function stemsOf(lower: string): string[] {
  const out: string[] = [];
  const add = (stem: string): void => {
    if (stem.length < 2) return;
    out.push(stem, `${stem}e`);
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) out.push(stem.slice(0, -1));
  };
  if (lower.endsWith('ing')) add(lower.slice(0, -3));
  else if (lower.endsWith('ied')) out.push(`${lower.slice(0, -3)}y`);
  else if (lower.endsWith('ed')) add(lower.slice(0, -2));
  else if (lower.endsWith('ies')) out.push(`${lower.slice(0, -3)}y`);
  else if (lower.endsWith('es')) out.push(lower.slice(0, -1), lower.slice(0, -2));
  else if (lower.endsWith('s') && !lower.endsWith('ss')) out.push(lower.slice(0, -1));
  return out;
}

const SELF_HARM_TAIL = new Set([
  'harm',
  'harming',
  'harmed',
  'harms',
  'injure',
  'injury',
  'injuring',
  'injured',
]);

/** Two words read as one: slang that dodges filters. */
const COMPOUNDS: Readonly<Record<string, string>> = {
  'sewer slide': 'suicide',
  'sewer slidal': 'suicidal',
  'self harmd': 'self-harm',
  'un alive': 'unalive',
  'self delete': 'suicide',
  'self deleting': 'suicide',
};
/** Three tokens written together read as one word: "w/o", "s/h", "b/c", "sh-ing". */
const SLASHED: Readonly<Record<string, [string, string]>> = {
  'w/o': ['without', 'ADP'],
  's/h': ['self-harm', 'NOUN'],
  'b/c': ['because', 'SCONJ'],
  'sh-ing': ['self-harm', 'NOUN'],
  'sh-ed': ['self-harm', 'NOUN'],
};

/**
 * "self-harm", "self - harm" and "self harm" (one, three or two tokens) become one word; so does "no one".
 */
function mergeCompounds(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    const after = tokens[i + 1];
    const pair = `${t.lower} ${after?.lower ?? ''}`;
    const slash = tokens[i + 2];
    const three = after && slash ? SLASHED[`${t.lower}${after.lower}${slash.lower}`] : undefined;
    if (three && after && slash && after.start === t.end && slash.start === after.end) {
      out.push({ ...t, lower: three[0], lemma: three[0], pos: three[1], end: slash.end });
      i += 2;
      continue;
    }
    if (COMPOUNDS[pair] && after) {
      out.push({ ...t, lower: COMPOUNDS[pair], lemma: COMPOUNDS[pair], pos: 'NOUN', end: after.end });
      i += 1;
      continue;
    }
    // "i dont wanna be here no more": at the end of a clause, "no more" is "anymore".
    const third = tokens[i + 2];
    if (t.lower === 'no' && after?.lower === 'more' && (!third || /^[^a-z0-9]+$/.test(third.lower))) {
      out.push({ ...t, lower: 'anymore', lemma: 'anymore', pos: 'ADV', end: after.end });
      i += 1;
      continue;
    }
    if (t.lower === 'no' && after?.lower === 'one') {
      out.push({ ...t, lower: 'nobody', lemma: 'nobody', pos: 'PRON', end: after.end });
      i += 1;
      continue;
    }
    const dash = tokens[i + 1]?.lower === '-' ? 1 : 0;
    const tail = tokens[i + 1 + dash];
    if (t.lower === 'self' && tail && SELF_HARM_TAIL.has(tail.lower) && tail.start - t.end <= 3) {
      out.push({ ...t, lower: 'self-harm', lemma: 'self-harm', pos: 'NOUN', end: tail.end });
      i += 1 + dash;
    } else out.push(t);
  }
  return out;
}

/** The sentences of a text as words. */
export function wordsOf(text: string): Sentence[] {
  return analyse(unmask(text)).map((s) => {
    const tokens = mergeCompounds(s.tokens);
    const words: Word[] = [];
    let clause = 0;
    let quoted = false;
    tokens.forEach((t, i) => {
      const lower = t.lower;
      const punct = t.pos === 'PUNCT' || t.pos === 'SYM' || /^[^a-z0-9]+$/.test(lower);
      // "fixin' to", "my parents' house": an apostrophe closing a word, with no word right after it, does not
      // open a quotation.
      const prevTok = tokens[i - 1];
      const nextTok = tokens[i + 1];
      const apostrophe =
        !quoted &&
        prevTok !== undefined &&
        prevTok.end === t.start &&
        (nextTok === undefined || nextTok.start > t.end);
      if (lower === '"' || (lower === "'" && punct && !apostrophe)) quoted = !quoted;
      const next = tokens[i + 1];
      const nextKey = next ? (keysOf(next)[0] ?? '') : '';
      const prevKey = i > 0 ? (keysOf(tokens[i - 1] as Token)[0] ?? '') : '';
      const breaks =
        (punct && BREAK_PUNCT.has(lower)) ||
        (BREAK_WORDS.has(lower) && !(lower === 'but' && NOT_CONTRASTIVE.has(prevKey))) ||
        (JOINERS.has(lower) && SUBJECTS.has(nextKey));
      if (breaks && words.length > 0) clause += 1;
      const keys = keysOf(t);
      for (const key of keys) {
        const pos = keys.length > 1 ? (EXPANDED_POS[key] ?? t.pos) : t.pos;
        const forms = keys.length > 1 ? [key] : formsOf(key, lower);
        const capital = /^[A-Z]/.test(t.text);
        words.push({ key, forms, lower, capital, pos, start: t.start, end: t.end, clause, quoted, punct });
      }
    });
    return { start: s.start, end: s.end, words };
  });
}
