/**
 * Frames: combinations of concepts that together say more than each alone, written per barrier from its
 * definition (taxonomy.ts). A frame is a list of concepts that must all be found, outside negation, in one clause,
 * one sentence or anywhere in the text. They become features named "frame:" plus the concepts and the unit
 * ("frame:expect+refusal/sentence"); the barrier model weighs them with the single concepts.
 */
export type FrameUnit = 'clause' | 'sentence' | 'text';

export interface Frame {
  readonly concepts: readonly string[];
  readonly unit: FrameUnit;
}

const f = (unit: FrameUnit, ...concepts: string[]): Frame => ({ concepts, unit });

export const FRAMES: readonly Frame[] = [
  // independence-bias: a preference for doing it alone, turning down help
  f('sentence', 'prefer', 'alone'),
  f('sentence', 'prefer', 'help'),
  f('sentence', 'prefer', 'ask'),
  f('sentence', 'alone', 'help'),
  f('text', 'prefer', 'alone'),
  // threat-response: the body's alarm, at the thought of asking
  f('clause', 'body-part', 'body-reaction'),
  f('sentence', 'body-part', 'body-reaction'),
  f('sentence', 'alarm', 'ask'),
  f('sentence', 'alarm', 'the-thought-of'),
  f('sentence', 'body-reaction', 'the-thought-of'),
  f('sentence', 'body-part', 'alarm'),
  // social-debt: owing, repaying, keeping score
  f('sentence', 'owe', 'ask'),
  f('sentence', 'owe', 'help'),
  f('sentence', 'repay', 'help'),
  f('sentence', 'repay', 'ask'),
  f('sentence', 'taking-too-much', 'ask'),
  f('sentence', 'taking-too-much', 'help'),
  f('text', 'owe', 'repay'),
  f('text', 'held-over', 'help'),
  // gendered-norms: a rule about what my gender should do
  f('sentence', 'gender', 'gender-rule'),
  f('sentence', 'gender', 'norm'),
  f('text', 'gender-rule', 'norm'),
  // self-reliance-myth: the admired self-made person, needing help as childish
  f('sentence', 'childish', 'ask'),
  f('sentence', 'childish', 'help'),
  f('text', 'childish', 'adult'),
  f('text', 'self-made', 'norm'),
  f('sentence', 'adult', 'norm'),
  f('text', 'childish', 'norm'),
  f('sentence', 'should-cope', 'alone'),
  f('text', 'should-cope', 'adult'),
  // workplace-image: looking incapable at work, with the review or promotion at stake
  f('sentence', 'work', 'incompetent'),
  f('sentence', 'work', 'think-badly'),
  f('text', 'career-stakes', 'ask'),
  f('text', 'career-stakes', 'incompetent'),
  f('text', 'work', 'career-stakes'),
  f('sentence', 'incompetent', 'future'),
  // social-comparison: everyone else seems to manage
  f('sentence', 'everyone-else', 'manage-fine'),
  f('text', 'everyone-else', 'odd-one-out'),
  f('text', 'feed', 'manage-fine'),
  f('text', 'feed', 'everyone-else'),
  f('sentence', 'compare', 'everyone-else'),
  // fear-of-rejection: expecting a no, a brush-off, annoyance
  f('clause', 'refusal', 'future'),
  f('sentence', 'refusal', 'future'),
  f('sentence', 'refusal', 'expect'),
  f('sentence', 'refusal', 'fear'),
  f('sentence', 'annoyance', 'future'),
  f('sentence', 'annoyance', 'expect'),
  f('sentence', 'needy', 'future'),
  f('sentence', 'needy', 'think-badly'),
  f('sentence', 'think-badly', 'future'),
  // shame: something wrong with me, a burden
  f('sentence', 'self-flaw', 'help'),
  f('sentence', 'self-flaw', 'ask'),
  f('sentence', 'shame-feeling', 'ask'),
  f('sentence', 'shame-feeling', 'help'),
  f('sentence', 'self-flaw', 'shame-feeling'),
  f('clause', 'feel-like', 'self-flaw'),
  f('clause', 'feel-like', 'shame-feeling'),
  f('sentence', 'feel-like', 'burden'),
  f('clause', 'feel-like', 'childish'),
  f('clause', 'feel-like', 'fraud'),
  // imposter-syndrome: asking would expose me as a fraud
  f('sentence', 'fraud', 'discover'),
  f('sentence', 'fraud', 'ask'),
  f('text', 'discover', 'status'),
  f('text', 'fraud', 'status'),
  f('sentence', 'discover', 'future'),
  // perfectionism: flawless and all mine, or failure
  f('text', 'flawless', 'mine'),
  f('sentence', 'flawless', 'help'),
  f('text', 'flawless', 'redo'),
  f('sentence', 'flawless', 'alone'),
  // spotlight-effect: many people noticing, watching, remembering
  f('sentence', 'crowd', 'watching'),
  f('sentence', 'crowd', 'think-badly'),
  f('sentence', 'crowd', 'future'),
  // double-standard: kind to others, hard on myself
  f('text', 'others-excused', 'self-blamed'),
  f('text', 'others-excused', 'standard-gap'),
  f('text', 'standard-gap', 'self-blamed'),
  f('sentence', 'standard-gap', 'self-flaw'),
  // planning-fallacy: a confident estimate, then too late to ask
  f('text', 'estimate', 'too-late'),
  f('sentence', 'too-late', 'ask'),
  f('sentence', 'too-late', 'help'),
  // confirmation-bias: taking one case as proof, not counting the others
  f('text', 'proof', 'asking-fails'),
  f('text', 'proof', 'discount'),
  f('text', 'discount', 'many-good'),
  f('sentence', 'notice-bad', 'discount'),
  f('text', 'notice-bad', 'discount'),
  f('text', 'notice-bad', 'annoyance'),
  f('text', 'notice-bad', 'proof'),
  // sunk-cost: so much put in that asking would waste it
  f('sentence', 'invested', 'waste'),
  f('text', 'invested', 'waste'),
  f('text', 'waste', 'ask'),
  // negativity-bias: one no outweighs many yeses
  f('text', 'one-time', 'memory'),
  f('sentence', 'one-time', 'refusal'),
  f('text', 'many-good', 'one-time'),
  f('text', 'memory', 'refusal'),
  f('text', 'many-good', 'memory'),
];
