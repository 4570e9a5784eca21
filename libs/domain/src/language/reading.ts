import { analyse, type Token } from './nlp';

/**
 * A reading of a text for the barrier screen: analyse()'s sentences and tokens, cut into clauses, with a negation
 * scope that refines wink's and a note of who speaks in each clause. Pure and linear in the length of the text.
 *
 * Negation (NegEx-style, on top of wink's flag): a token is negated when wink marks it AND a negator before it in
 * the same clause reaches it. Clauses end at punctuation and at contrastive or causal words ("I didn't ask because
 * she'd say no" keeps "she'd say no"). Not negators: the answer "no" ("he said no"), "nobody"/"nothing" (their
 * clause still says something: "nobody else needs a tutor"), and pseudo-negations that leave their complement
 * standing ("I didn't want to be a burden", "I can't stop thinking she'd say no", "I'd rather not be turned away").
 * "without" after another negator is a double negation ("I can't ask without feeling like a failure") and only
 * reaches a short phrase otherwise ("without the freelancer I should have hired"). "used to" marks a past state.
 */
export interface Word extends Token {
  /** lower without trailing punctuation wink sometimes leaves on ("no." at the end of a sentence). */
  key: string;
  negated: boolean;
  /** Clause index inside the sentence. */
  clause: number;
}

export interface ReadSentence {
  start: number;
  end: number;
  words: Word[];
  /** Per clause: is the writer a party to it (I, me, myself; not just "my", as in "my mum thinks")? */
  firstPerson: boolean[];
}

const NEGATORS = new Set(['not', 'never', 'no', 'without', 'hardly', 'barely', 'neither', 'nor', 'cannot']);
/** Verbs whose negation leaves their complement standing. */
const PSEUDO_VERBS = new Set(['want', 'stop', 'help', 'wait', 'shake', 'forget', 'bear', 'stand', 'resist']);
/** Words right after a negator that make it a fixed phrase, not a negation ("not only", "no wonder"). */
const FIXED_AFTER = new Set(['only', 'just', 'sure', 'doubt', 'wonder', 'matter', 'mind', 'least', 'even']);
/** Words before "no" that make it the answer, not a negator ("said no", "a no", "take no for an answer"). */
const ANSWER_BEFORE = new Set([
  'say',
  'hear',
  'take',
  'get',
  'answer',
  'accept',
  'a',
  'the',
  'be',
  'with',
  'or',
  'mean',
  'reply',
  'text',
  'yes',
]);
/** Words that open a new clause. */
const CLAUSE_WORDS = new Set([
  'but',
  'because',
  'cos',
  'coz',
  'cause',
  'since',
  'although',
  'though',
  'however',
  'yet',
  'so',
  'until',
  'till',
  'unless',
  'while',
  'whereas',
  'when',
  'whenever',
  'then',
  'except',
  'instead',
  'which',
  'otherwise',
  'if',
]);
const SUBJECTS = new Set([
  'i',
  'he',
  'she',
  'they',
  'we',
  'you',
  'it',
  'my',
  'her',
  'his',
  'their',
  'everyone',
]);
const FIRST_PERSON = new Set(['i', 'me', 'mine', 'myself', "i'm", "i've", "i'd", "i'll", 'im', 'ive', 'id']);
const ADVERBS = new Set([
  'really',
  'even',
  'just',
  'ever',
  'quite',
  'exactly',
  'actually',
  'truly',
  'honestly',
]);
/** Scope limits, in tokens: a negator reaches at most this far; "without" alone only a short phrase. */
export const NEGATION_REACH = 10;
export const WITHOUT_REACH = 3;

const keyOf = (t: Token): string => t.lower.replace(/^[^a-z0-9']+|[^a-z0-9']+$/g, '') || t.lower;
/** An intra-word hyphen ("self-made", "let-down") is part of the word, not a break. */
export const isJoiner = (w: Token, prev: Token | undefined, next: Token | undefined): boolean =>
  (w.lower === '-' || w.lower === '/') && prev?.end === w.start && next?.start === w.end;
const isBreak = (w: Token, prev?: Token, next?: Token): boolean =>
  w.pos === 'PUNCT' && w.lower !== "'" && !isJoiner(w, prev, next);

function clauses(words: Word[]): number {
  let clause = 0;
  words.forEach((w, i) => {
    const next = words[i + 1];
    const breaksHere =
      CLAUSE_WORDS.has(w.lemma) || (w.lemma === 'and' && next !== undefined && SUBJECTS.has(next.lemma));
    if (breaksHere && i > 0) clause += 1;
    w.clause = clause;
    if (isBreak(w, words[i - 1], next)) clause += 1;
  });
  return clause + 1;
}

/** Is words[i] a negator here, and how far can it reach? 0 when it negates nothing. */
function reachOf(words: Word[], i: number, negatedBefore: boolean): number {
  const w = words[i];
  if (!w) return 0;
  const prev = words[i - 1];
  let next = i + 1;
  while (words[next] && ADVERBS.has(words[next]?.key ?? '')) next += 1;
  const after = words[next];
  if (w.key === 'used' && after?.key === 'to') return NEGATION_REACH;
  if (BARE_NEGATIONS.has(w.key)) return after && PSEUDO_VERBS.has(after.lemma) ? 0 : NEGATION_REACH;
  if (w.key === 'no' && after?.key === 'longer') return NEGATION_REACH;
  if (!NEGATORS.has(w.lemma) && !NEGATORS.has(w.key)) return 0;
  if (w.lemma === 'without') return negatedBefore ? -1 : WITHOUT_REACH;
  if (w.key === 'no' && (prev === undefined || ANSWER_BEFORE.has(prev.lemma) || !after || isBreak(after)))
    return 0;
  if (prev && (prev.key === 'rather' || prev.key === 'sooner' || prev.key === 'hope')) return 0;
  if (after && FIXED_AFTER.has(after.key)) return 0;
  if (after && PSEUDO_VERBS.has(after.lemma)) return 0;
  return NEGATION_REACH;
}

function negate(words: Word[]): void {
  let scopeEnd = -1;
  let clause = -1;
  let ownScope = false;
  words.forEach((w, i) => {
    if (w.clause !== clause) scopeEnd = -1;
    const inScope = i <= scopeEnd && w.clause === clause;
    const reach = reachOf(words, i, inScope);
    if (reach < 0) {
      scopeEnd = -1; // a double negation affirms what follows
    } else if (reach > 0) {
      scopeEnd = i + reach;
      clause = w.clause;
      // "used to" is ours; for wink's own negators its flag is the base and ours only cuts it shorter.
      ownScope = w.key === 'used' || BARE_NEGATIONS.has(w.key);
    } else {
      w.negated = inScope && (ownScope || w.negated);
      return;
    }
    w.negated = false;
  });
}

/** "not" or "n't" just before these disowns a reason: "not because I owed her", "not that I'd have to repay". */
const DISOWNED = new Set(['because', 'cos', 'coz', 'cause', 'that', 'out']);
const NOT = new Set(['not', "n't", 'never']);

/**
 * A disowned reason is negated to the end of its clause, which NegEx's scope misses when "because" opens a new
 * clause ("I bought her flowers, not because I felt I owed her anything").
 */
function disclaim(words: Word[]): void {
  words.forEach((w, i) => {
    const next = words[i + 1];
    if (!next || !NOT.has(w.key) || !DISOWNED.has(next.lemma)) return;
    if (next.lemma === 'out' && words[i + 2]?.key !== 'of') return;
    for (let j = i + 2; j < words.length && words[j]?.clause === words[i + 2]?.clause; j += 1) {
      const x = words[j];
      if (x) x.negated = true;
    }
  });
}

/**
 * Spellings of texting and of Scots, Irish and other Englishes that wink's model does not know, read as the
 * standard word's lemma (the written form stays as written): "abt" is "about", "masel" is "myself".
 */
const SPELLINGS: Readonly<Record<string, string>> = {
  abt: 'about',
  u: 'you',
  ur: 'your',
  ppl: 'people',
  bc: 'because',
  bcos: 'because',
  cuz: 'because',
  w: 'with',
  tho: 'though',
  thru: 'through',
  prob: 'probably',
  def: 'definitely',
  smth: 'something',
  ofc: 'of course',
  n: 'and',
  wanna: 'want',
  ah: 'i',
  masel: 'myself',
  meself: 'myself',
  mesel: 'myself',
  yersel: 'yourself',
  ma: 'my',
  wi: 'with',
  tae: 'to',
  aboot: 'about',
  doon: 'down',
  oot: 'out',
  ain: 'own',
  naw: 'no',
  nae: 'no',
  faimily: 'family',
  efter: 'after',
  wan: 'one',
  aff: 'off',
  greet: 'cry',
};
/** Negations written without an apostrophe ("didnt", "couldnae"): wink does not split or flag them. */
const BARE_NEGATIONS = new Set([
  'didnt',
  'dont',
  'doesnt',
  'couldnt',
  'wouldnt',
  'shouldnt',
  'isnt',
  'wasnt',
  'werent',
  'havent',
  'hasnt',
  'hadnt',
  'aint',
  'cant',
  'wont',
  'dinnae',
  'didnae',
  'couldnae',
  'cannae',
  'wouldnae',
  'isnae',
  'wasnae',
  'havnae',
  'doesnae',
  'widnae',
  'canny',
]);

/** wink keeps "I'm" whole; the reading splits it into "I" and "'m" (lemma "be"), offsets kept. */
function splitFirstPerson(t: Token): Token[] {
  if (t.lower !== "i'm" && t.lower !== 'im') return [t];
  const i: Token = { ...t, text: t.text.slice(0, 1), lower: 'i', lemma: 'i', pos: 'PRON', end: t.start + 1 };
  const am: Token = {
    ...t,
    text: t.text.slice(1),
    lower: t.lower.slice(1),
    lemma: 'be',
    pos: 'AUX',
    start: t.start + 1,
  };
  return [i, am];
}

/** Reads a text into sentences of words with clauses, negation and first-person clauses. */
export function read(text: string): ReadSentence[] {
  return analyse(text).map((s) => {
    const words: Word[] = s.tokens.flatMap(splitFirstPerson).map((t) => ({ ...t, key: keyOf(t), clause: 0 }));
    // "it's", "she's": wink sometimes leaves "'s" as its own lemma; after a pronoun it is "is".
    words.forEach((w, i) => {
      if (w.key === "'s" && words[i - 1]?.pos === 'PRON') w.lemma = 'be';
      const standard = SPELLINGS[w.key];
      if (standard !== undefined) w.lemma = standard;
    });
    const count = clauses(words);
    negate(words);
    disclaim(words);
    const firstPerson = Array.from({ length: count }, () => false);
    for (const w of words) if (FIRST_PERSON.has(w.key) || w.lemma === 'i') firstPerson[w.clause] = true;
    return { start: s.start, end: s.end, words, firstPerson };
  });
}
