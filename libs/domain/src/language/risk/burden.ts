import { type Rule } from './rule';

/**
 * Being a burden, read as two parts in one sentence: the writer's absence or death ("without me", "if I was
 * gone", "if I died") and what it would mean to others ("better off", "nobody would notice", "they'd get over
 * it"). Either order, within a few words. When the one who "wouldn't mind" is the writer ("I wouldn't mind if I
 * didn't wake up"), it is a wish to be dead instead.
 */
export const ABSENCE: readonly Rule[] = [
  { id: 'without-me', cat: 'burden', p: 'without me !ask !asking !say !saying !know', person: 'any' },
  { id: 'with-me-gone', cat: 'burden', p: 'with me gone|dead|out', person: 'any' },
  {
    id: 'if-i-gone',
    cat: 'burden',
    p: 'if|when|once ~1 i ~2 die|dead|gone|disappear|vanish',
    person: 'any',
  },
  {
    id: 'if-i-not-here',
    cat: 'burden',
    p: 'if|when|once i ~1 be not here|around|alive|there',
    person: 'any',
  },
  { id: 'if-i-not-exist', cat: 'burden', p: 'if|when|once i ~2 not|never be? exist|born', person: 'any' },
  { id: 'if-i-kill', cat: 'burden', p: 'if|when|once i ~2 kill|end myself|it|my', person: 'any' },
  { id: 'if-not-wake', cat: 'burden', p: 'if|when|once i ~2 not|never wake|woke up', person: 'any' },
  { id: 'i-was-gone', cat: 'burden', p: 'i be gone|dead !for !in !to !by', person: 'any' },
  { id: 'my-death', cat: 'burden', p: '@MY death|funeral|absence|suicide', person: 'any' },
  { id: 'if-i-got-ill-and-died', cat: 'burden', p: 'if i _4 die', person: 'any' },
  { id: 'were-i-gone', cat: 'burden', p: 'be i ~1 no|not longer? alive|here|around|gone', person: 'any' },
  { id: 'if-i-hit', cat: 'burden', p: 'if i _2 get|got hit|run|killed', person: 'any' },
  { id: 'out-of-the-way', cat: 'burden', p: 'if|when|once i ~2 out of the way|picture', person: 'any' },
  { id: 'out-of-picture', cat: 'burden', p: 'if|when|once i ~2 out of the picture', person: 'any' },
  { id: 'were-i-to-die', cat: 'burden', p: 'be i to die|disappear|go|vanish', person: 'any' },
];

export const CONSEQUENCE: readonly Rule[] = [
  { id: 'better-off', cat: 'burden', p: 'better off', person: 'any' },
  {
    id: 'would-be-better',
    cat: 'burden',
    p: '@MODAL|be _3 @BETTER',
    person: 'any',
  },
  {
    id: 'nobody-would-care',
    cat: 'burden',
    p: 'nobody|@NEG|anyone|anybody _3 @NOTICE',
    person: 'any',
  },
  { id: 'get-over-it', cat: 'burden', p: '@MODAL _3 get over', person: 'any' },
  { id: 'move-on', cat: 'burden', p: '@MODAL _3 move on', person: 'any' },
  { id: 'forget-me', cat: 'burden', p: '@MODAL _3 forget', person: 'any' },
  { id: 'relief', cat: 'burden', p: 'relief|blessing|favour|favor', person: 'any' },
  {
    id: 'better-for-them',
    cat: 'burden',
    p: 'better|easier|kinder for|off them|everyone|everybody|my',
    person: 'any',
  },
  {
    id: 'not-have-to-worry',
    cat: 'burden',
    p: '@NEG _1 have to worry|deal|cope|put|look|bother|carry|pay',
    person: 'any',
  },
  { id: 'would-anyone-notice', cat: 'burden', p: 'would anyone|anybody _2 notice|care|miss', person: 'any' },
  { id: 'would-it-matter', cat: 'burden', p: 'would|will it _2 matter|make', person: 'any' },
  // "could stop worrying", "so much less stressed", "wouldn't have to walk on eggshells", "cope fine",
  // "carry on like normal", "a kindness".
  {
    id: 'stop-worrying',
    cat: 'burden',
    p: '@MODAL _2 stop|quit worry|worrying|stress|stressing',
    person: 'any',
  },
  {
    id: 'less-stressed',
    cat: 'burden',
    p: 'less _2 stress|stressed|worried|hassle|trouble|pressure',
    person: 'any',
  },
  { id: 'not-have-to', cat: 'burden', p: '@MODAL @NEG _1 have to', person: 'any' },
  { id: 'cope-fine', cat: 'burden', p: 'cope|manage|do fine|better|okay|ok', person: 'any' },
  { id: 'carry-on-normal', cat: 'burden', p: 'carry|go on _2 normal|normally|fine|same', person: 'any' },
  { id: 'kindness', cat: 'burden', p: 'kindness|mercy|relieved', person: 'any' },
];

/** Consequences that, said of the writer, are a wish rather than a burden ("I wouldn't mind", "a relief"). */
export const SELF_CONSEQUENCE = new Set([
  'mind',
  'care',
  'relief',
  'sad',
  'upset',
  'bother',
  'matter',
  'cry',
  'happy',
  'glad',
]);
