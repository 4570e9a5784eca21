import { LEXICONS } from './lexicon';
import { type Word } from './words';

/**
 * Scope of a match within its sentence: whose statement it is (the writer's or someone else's) and whether a
 * negation covers it. Both read only the words before the match, within its clause (the subject may sit in an
 * earlier clause: "she's been low, wants to die").
 */
export type Person = 'self' | 'other' | 'unknown';

const SELF = new Set(['i', 'me', 'my', 'myself', 'mine', 'we', 'us', 'our', 'you', 'your', 'yourself']);
const OTHER = new Set([
  'he',
  'she',
  'they',
  'him',
  'her',
  'them',
  'his',
  'hers',
  'their',
  'himself',
  'herself',
  'themselves',
  'everyone',
  'everybody',
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'nobody',
  'people',
  'who',
]);
/** Days, months and the like that wink tags as proper nouns. */
const NOT_NAMES = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'christmas',
  'easter',
  'god',
  'a&e',
  'er',
  'gp',
  'tbh',
  'ngl',
  'honestly',
  'sometimes',
  'lol',
  'omg',
]);
/** Nouns that stand for the writer ("part of me wants to", "my brain tells me to", "the urge to"). */
const SELF_PARTS = new Set([
  'part',
  'brain',
  'mind',
  'head',
  'body',
  'heart',
  'thought',
  'thoughts',
  'urge',
  'urges',
  'need',
  'want',
  'desire',
  'temptation',
  'craving',
  'feeling',
  'feelings',
  'plan',
  'side',
  'voice',
  'idea',
  'fantasy',
  'wish',
  'impulse',
  'itch',
  'instinct',
  'intrusive',
]);
const PERSON = LEXICONS.PERSON ?? new Set<string>();
const POSSESSIVE_SELF = new Set(['my', 'our']);

/**
 * Self for first-person words (and a generic "you"), other for third persons, people and names, null for the
 * rest (most nouns are not agents: "the only way out is to end it").
 */
function personOf(words: readonly Word[], i: number): Person | null {
  const w = words[i] as Word;
  // "a girl in my year": a possessive before its noun is not the subject; the noun (or what precedes) is.
  if (POSSESSIVE_SELF.has(w.key) && words[i + 1]?.pos === 'NOUN' && !SELF_PARTS.has(words[i + 1]?.key ?? ''))
    return null;
  if (SELF.has(w.key) || SELF.has(w.lower)) return 'self';
  if (OBJECTS.has(w.key)) return null;
  if (OTHER.has(w.key)) return 'other';
  if (SELF_PARTS.has(w.key) || SELF_PARTS.has(w.lower)) return null;
  if (w.forms.some((f) => PERSON.has(f)) || isName(words, i)) return 'other';
  const next = words[i + 1]?.key;
  if (BODY.has(w.key) && (next === 'want' || next === 'die')) return 'other';
  return null;
}

const MODIFIERS = new Set(['DET', 'ADJ', 'NUM']);
const POSSESSIVE = new Set(['my', 'his', 'her', 'their', 'our', 'your', 'own']);
/** Object forms: "doing them a favour", "told him". */
const OBJECTS = new Set(['him', 'them', 'us']);

/**
 * A noun or pronoun after a verb or a preposition ("tell my new GP", "in the car", "doing them a favour") is an
 * object, not the subject.
 */
function inObjectPosition(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k -= 1) {
    const w = words[k] as Word;
    if (MODIFIERS.has(w.pos) || POSSESSIVE.has(w.key)) continue;
    if ((w.key === 'out' || w.key === 'up') && CLAUSE_VERBS.has(words[k - 1]?.key ?? '')) return false;
    // "I think my girlfriend is …": after a verb of thinking or saying comes a clause, and its subject.
    if (w.pos === 'VERB' && CLAUSE_VERBS.has(w.key)) return false;
    return w.pos === 'ADP' || w.pos === 'VERB';
  }
  return false;
}

const CLAUSE_VERBS = new Set([
  'think',
  'know',
  'say',
  'feel',
  'guess',
  'reckon',
  'believe',
  'worry',
  'suspect',
  'hear',
  'notice',
  'realise',
  'realize',
  'find',
  'learn',
  'discover',
  'fear',
  'mean',
  'wonder',
]);
const THIRD_POSSESSIVE = new Set(['his', 'her', 'their']);
const THIRD_DIRECT = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'his', 'their']);
/** Body parts as subjects: "my legs wanted to die" is tiredness. */
const BODY = new Set([
  'leg',
  'legs',
  'foot',
  'feet',
  'back',
  'arm',
  'arms',
  'head',
  'brain',
  'body',
  'stomach',
  'knee',
  'knees',
  'eye',
  'eyes',
  'hand',
  'hands',
  'muscle',
  'muscles',
  'liver',
]);

/** A proper noun that is a name: capitalised, not the sentence's first word, not a day or a month. */
const isName = (words: readonly Word[], i: number): boolean => {
  const w = words[i] as Word;
  return w.pos === 'PROPN' && w.capital && i > 0 && !NOT_NAMES.has(w.key);
};

/** How far back a subject is looked for: a sentence's worth. */
const LOOK_BACK = 40;

/**
 * Whose statement the match starting at word i is: the nearest subject-like word before it (skipping auxiliaries,
 * adverbs, catenative verbs and prepositional phrases), in its clause and then in earlier clauses.
 */
export function subjectOf(words: readonly Word[], i: number): Person {
  // "with her walking into the sea", "a cartoon of a man jumping off a bridge": a third person right before
  // the match (a gerund's subject) is its subject.
  const before = words[i - 1];
  if (before && THIRD_DIRECT.has(before.key)) return 'other';
  if (words[i]?.lower.endsWith('ing') === true && before && before.forms.some((f) => PERSON.has(f)))
    return 'other';
  // "his goodbye letters", "her wrists": the thing belongs to someone else.
  for (let k = i - 1; k >= 0 && k >= i - 2; k -= 1) {
    const w = words[k] as Word;
    if (THIRD_POSSESSIVE.has(w.key) && words[k + 1]?.pos !== 'VERB') return 'other';
    if (w.pos !== 'ADJ') break;
  }
  for (let k = i - 1; k >= 0 && k >= i - LOOK_BACK; k -= 1) {
    const w = words[k] as Word;
    const person = personOf(words, k);
    if (person === 'self') return 'self';
    if (person === 'other') {
      if (w.key !== 'who' && !BODY.has(w.key) && inObjectPosition(words, k)) continue;
      return 'other';
    }
  }
  return 'unknown';
}

/**
 * The subject of the last word of a match (the one who would die, disappear …): "I hope he dies" is about him.
 * Only auxiliaries, adverbs and particles may stand between; anything else ends the look-back.
 */
export function targetOf(words: readonly Word[], last: number, first: number): Person {
  for (let k = last - 1; k > first; k -= 1) {
    const w = words[k] as Word;
    if (['AUX', 'ADV', 'PART'].includes(w.pos) || w.key === 'to') continue;
    const person = personOf(words, k);
    if (person) return person;
    return ['NOUN', 'PROPN', 'PRON'].includes(w.pos) ? 'other' : 'unknown';
  }
  return 'unknown';
}
