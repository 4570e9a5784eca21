import { type Rule } from './rule';

/**
 * Indirect ways of saying it (the explicit tier; the concern tier is in rules-talk-concern.ts): euphemisms for
 * ending one's life ("leave this world", "the permanent solution", "check out early"), a voice or a pull towards
 * a method ("the tracks keep calling me"), dated decisions ("decided when I'm going to die", "done for good").
 */
export const TALK_RULES: readonly Rule[] = [
  // Ending one's life, said another way.
  {
    id: 'leave-this-world',
    cat: 'suicidal-thoughts',
    p: 'leave|go|depart|exit from? this life|world|earth|planet !for !of',
    refine: true,
  },
  {
    id: 'permanent-solution',
    cat: 'suicidal-thoughts',
    p: 'permanent solution|exit|escape|sleep !for !from',
    refine: true,
  },
  { id: 'final-exit', cat: 'suicidal-thoughts', p: 'final exit|sleep|escape', refine: true },
  { id: 'plan-exit', cat: 'intent-or-plan', p: 'plan|planning|planned _2 @MY exit|departure !from !of' },
  {
    id: 'check-out-early',
    cat: 'suicidal-thoughts',
    p: 'check|checking|clock|bow out early|permanently !from !of !to !#NOUN !#DET',
  },
  {
    id: 'voice-tells-me',
    cat: 'suicidal-thoughts',
    p: 'tell|tells|telling|told me to _1 kill|die|unalive|overdose|end|hang|drown',
    refine: true,
  },
  {
    id: 'voice-tells-method',
    cat: 'method',
    p: 'tell|tells|telling|told me to _1 drive|jump|step|walk|swerve|crash _2 into|off|in|under|over|front',
  },
  {
    id: 'stop-wanting-to-die',
    cat: 'suicidal-thoughts',
    p: 'how _3 stop want|wanting to die|kill|unalive myself|themselves|yourself|themself|ourselves?',
    person: 'any',
  },
  // A method: enough to kill, a place that calls, the mind going to it, picturing the act.
  { id: 'enough-to-kill-me', cat: 'method', p: 'enough to kill|end|finish me|myself', needs: 'ENOUGH_MEANS' },
  {
    id: 'place-calls-me',
    cat: 'method',
    p: '@METHOD_PLACE|track|tracks|water|edge|rope|pill _3 call|calling|calls|pull|pulling|pulls me',
    unless: 'RELOCATE',
  },
  {
    id: 'mind-goes-to',
    cat: 'method',
    p: 'brain|mind|head|thought|thoughts _3 go|goes|went|jump|jumps|turn|drift|wander _1 to _3 @METHOD_THOUGHT|@MEANS',
    unless: 'RELOCATE',
  },
  {
    id: 'picture-going-over',
    cat: 'method',
    p: '@THINK ~1 go|jump|step|walk|drive|fall|throw _2 off|over|into|under|from _3 @HEIGHT|@VEHICLE|@WATER|edge|traffic',
    unless: 'RELOCATE',
  },
  {
    id: 'picture-going-in',
    cat: 'method',
    p: 'imagine|picture|think ~1 go|going|walk|walking|wade|wading in|into|under',
    needs: 'WATER',
  },
  {
    id: 'think-walk-into',
    cat: 'method',
    p: '@THINK about|of walk|wade|swim|drive into|in the? #PROPN|@WATER|traffic',
  },
  {
    id: 'think-of-means',
    cat: 'method',
    p: '@THINK about|of the|my _1 pill|tablet|painkiller|rope|noose|gun',
    unless: 'DOSING',
  },
  {
    id: 'think-about-dying',
    cat: 'suicidal-thoughts',
    p: '@THINK about|of _1 die|unalive|ctb !my !hair !your',
  },
  { id: 'think-how-to-die', cat: 'suicidal-thoughts', p: '@THINK _2 how|ways to die|unalive' },
  {
    id: 'think-letting-go',
    cat: 'suicidal-thoughts',
    p: '@THINK about|of _1 let go',
    needs: 'PLACE_OR_WATER',
  },
  {
    id: 'think-same',
    cat: 'suicidal-thoughts',
    p: '@THINK about|of do the same|that|it',
    needs: 'SUICIDE_CTX',
  },
  {
    id: 'think-about-it-too',
    cat: 'suicidal-thoughts',
    p: '@THINK about it|that too|also|myself|lately|again',
    needs: 'SUICIDE_CTX',
  },
  {
    id: 'want-out-for-good',
    cat: 'suicidal-thoughts',
    p: '@=WANT_NOW out !of !with !#NOUN !#DET',
    needs: 'FOREVER',
    span: 'sentence',
  },
  { id: 'noose-around-neck', cat: 'attempt', p: 'noose|rope|belt|cord|ligature _3 around|round @MY neck' },
  // Intent: a decided time, "done for good".
  {
    id: 'decided-when-die',
    cat: 'intent-or-plan',
    p: 'decide|know|plan|pick|choose _3 when|how|where i _4 die|unalive|kill|end',
  },
  { id: 'my-plan-ready', cat: 'intent-or-plan', p: '@MY plan be _1 ready|set|made|final|sorted !for !to' },
  { id: 'done-for-good', cat: 'intent-or-plan', p: 'be done for good|ever !with', unless: 'WORK' },
  { id: 'done-forever', cat: 'intent-or-plan', p: 'be done forever|permanently', unless: 'WORK' },
  {
    id: 'done-with-all-for-good',
    cat: 'intent-or-plan',
    p: 'be done with it|everything|life|all _1 for? good|forever|permanently|ever',
  },
];
