import { type Word } from './words';

/**
 * The writer speaking of themselves in the third or second person, read as first person:
 *   "this girl is done with living", "this guy ruins everything … theyd be happier if he was gone": a
 *   self-descriptor ("this girl", "yours truly") as the subject of a verb at the start of a sentence; its
 *   pronouns in that sentence and the next become the writer's.
 *   "You've got till Friday. That's what I keep telling myself.": when the text says it is talking to itself
 *   ("telling myself", "I say to myself", "the voice says"), "you" is the writer throughout.
 * Only keys and forms change; offsets stay those of the words as written.
 */
const DESCRIPTOR = new Set([
  'girl',
  'guy',
  'boy',
  'gal',
  'dude',
  'lad',
  'lass',
  'bloke',
  'kid',
  'idiot',
  'bitch',
]);
const PREDICATE = new Set(['AUX', 'VERB']);
const THIRD_AS_FIRST: Readonly<Record<string, string>> = {
  she: 'i',
  he: 'i',
  her: 'my',
  his: 'my',
  him: 'me',
  herself: 'myself',
  himself: 'myself',
};
const SECOND_AS_FIRST: Readonly<Record<string, string>> = {
  you: 'i',
  your: 'my',
  yours: 'mine',
  yourself: 'myself',
};
const TALK = new Set(['tell', 'say', 'telling', 'saying', 'told', 'said', 'remind', 'ask']);

const as = (w: Word, key: string): Word => ({ ...w, key, forms: [key] });

/** Where a self-descriptor is the subject: the index of the noun, or -1. */
function descriptorAt(words: readonly Word[]): number {
  const [a, b, c] = words;
  if (a?.key === 'yours' && b?.key === 'truly') return 1;
  // "this guy ruins everything": a verb in -s that the tagger read as a noun is still the predicate.
  const predicate = c !== undefined && (PREDICATE.has(c.pos) || (c.pos === 'NOUN' && /[^s]s$/.test(c.lower)));
  if (a?.key === 'this' && b && DESCRIPTOR.has(b.key) && predicate) return 1;
  return -1;
}

const talksToSelf = (sentences: readonly Word[][]): boolean =>
  sentences.some((words) =>
    words.some(
      (w, i) =>
        (TALK.has(w.lower) && words.slice(i + 1, i + 4).some((x) => x.key === 'myself')) ||
        (w.key === 'voice' && ['say', 'tell'].includes(words[i + 1]?.key ?? '')),
    ),
  );

export function firstPersonOf(sentences: Word[][]): Word[][] {
  const secondIsSelf = talksToSelf(sentences);
  let carry = 0;
  return sentences.map((words) => {
    const at = descriptorAt(words);
    if (at >= 0) carry = 2;
    const third = carry > 0;
    carry = Math.max(0, carry - 1);
    if (!third && !secondIsSelf) return words;
    const out = words.map((w, i): Word => {
      if (i === at) return as(w, 'i');
      const third1 = third ? THIRD_AS_FIRST[w.key] : undefined;
      if (third1) return as(w, third1);
      const second = secondIsSelf ? SECOND_AS_FIRST[w.key] : undefined;
      if (!second) return w;
      const subject = second === 'i' && PREDICATE.has(words[i + 1]?.pos ?? '');
      return as(w, second === 'i' && !subject ? 'me' : second);
    });
    return at >= 0 ? out.filter((_, i) => i !== at - 1) : out;
  });
}
