import { type Rule } from './rule';

/**
 * Indirect ways of saying it: euphemisms for ending one's life ("leave this world", "the permanent solution",
 * "check out early"), a voice or a pull towards a method ("the tracks keep calling me"), dated decisions, passive
 * wishes put to God or to chance ("hope the lightning finds me"), a foreshortened future ("can't picture being
 * fifty"), and being a burden said as a thing ("dead weight", "taking up space").
 */
export const TALK_RULES: readonly Rule[] = [
  // Ending one's life, said another way.
  {
    id: 'leave-this-world',
    cat: 'suicidal-thoughts',
    p: 'leave|go|depart|exit from? this life|world|earth|planet !for',
    refine: true,
  },
  {
    id: 'permanent-solution',
    cat: 'suicidal-thoughts',
    p: 'permanent solution|exit|escape|sleep !for',
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
  },
  {
    id: 'mind-goes-to',
    cat: 'method',
    p: 'brain|mind|head|thought|thoughts _3 go|goes|went|jump|jumps|turn|drift|wander _1 to _3 @METHOD_THOUGHT|@MEANS',
  },
  {
    id: 'picture-going-over',
    cat: 'method',
    p: '@THINK ~1 go|jump|step|walk|drive|fall|throw _2 off|over|into|under|from _3 @HEIGHT|@VEHICLE|@WATER|edge|traffic',
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
  { id: 'done-for-good', cat: 'intent-or-plan', p: 'be done for good|ever', unless: 'WORK' },
  { id: 'done-forever', cat: 'intent-or-plan', p: 'be done forever|permanently', unless: 'WORK' },
  {
    id: 'done-with-all-for-good',
    cat: 'intent-or-plan',
    p: 'be done with it|everything|life|all _1 for? good|forever|permanently|ever',
  },
  // Passive wishes: to God, to chance, to not survive.
  {
    id: 'god-take-me',
    cat: 'wish-to-be-dead',
    p: 'ask|asking|beg|begging|pray|praying _8 take|carry|call|bring me|it home|away|back',
    needs: 'GOD',
  },
  { id: 'lord-take-me', cat: 'wish-to-be-dead', p: 'god|lord|jesus _3 take|call|carry me !to !out !for !on' },
  { id: 'switched-off', cat: 'wish-to-be-dead', p: '@WANT _2 to? be switched|turned off !from' },
  {
    id: 'not-survive',
    cat: 'wish-to-be-dead',
    p: 'not|never survive the? night|operation|surgery|winter|year|procedure|anaesthetic',
    needs: 'WISH_MIND',
    negation: 'own',
  },
  {
    id: 'not-make-it-through',
    cat: 'wish-to-be-dead',
    p: 'not|never make it through the? night|operation|surgery|winter|year|procedure|anaesthetic',
    needs: 'WISH_MIND',
    negation: 'own',
  },
  {
    id: 'pray-not-wake',
    cat: 'wish-to-be-dead',
    p: 'pray|praying|hope|hoping|wish _6 not|never get|wake|woke up !late !early !in !at !before !on !to !till !until',
    negation: 'own',
  },
  { id: 'wish-it-was-me', cat: 'wish-to-be-dead', p: '@WISH _2 it _2 be me', needs: 'DEATH_NEWS' },
  {
    id: 'agent-finds-me',
    cat: 'wish-to-be-dead',
    p: '@WISH _5 @LETHAL_AGENT _3 find|strike|hit|take|get me',
  },
  { id: 'sleep-and-be-done', cat: 'wish-to-be-dead', p: 'sleep and _2 be done|gone|over' },
  { id: 'sleep-not-wake', cat: 'wish-to-be-dead', p: 'sleep and _2 not|never wake', negation: 'own' },
  {
    id: 'not-be-alive',
    cat: 'wish-to-be-dead',
    p: 'to? not|never be alive !without !if !today !for !in !#NOUN !#DET',
    negation: 'own',
  },
  // A foreshortened future, no reason to stay, why carry on.
  {
    id: 'cant-see-myself-in',
    cat: 'hopelessness',
    p: '@NEG _2 see|imagine|picture @SELF_OBJ? _1 in|at|be|being|reach|turning|make|living _2 #NUM|year|fifty|forty|thirty|old|older|next',
    negation: 'own',
    unless: 'WORK',
  },
  {
    id: 'no-reason-to-live',
    cat: 'hopelessness',
    p: '@LACK _4 reason _2 to? live|alive|living !in !with !at !there !near !on',
    negation: 'own',
  },
  {
    id: 'no-reason-to-stay',
    cat: 'hopelessness',
    p: '@LACK _4 reason _2 to? stay|remain|be|keep alive|living|going',
    negation: 'own',
  },
  {
    id: 'why-carry-on',
    cat: 'hopelessness',
    p: 'why _4 carry|go|keep on|going|living !to !with !back !out !#NOUN !#DET',
  },
  {
    id: 'worn-out-on-living',
    cat: 'hopelessness',
    p: 'wore|worn|fed _2 of|on|with be? alive|living|life|existing',
  },
  { id: 'running-out-clock', cat: 'hopelessness', p: 'run|running|ran out the clock' },
  { id: 'life-finished', cat: 'hopelessness', p: '@MY|the life be _1 finish|finished|over|done !for !with' },
  {
    id: 'waiting-for-it-over',
    cat: 'hopelessness',
    p: 'wait for it|everything|life all? to _1 be? over|end|stop',
  },
  { id: 'why-still-around', cat: 'hopelessness', p: 'why i _1 would|will still be around|here|alive' },
  { id: 'no-point-anymore', cat: 'hopelessness', p: '@NEG|what _2 point ~2 anymore', negation: 'own' },
  { id: 'no-point-now', cat: 'hopelessness', p: '@NEG|what _2 point ~2 now $', negation: 'own' },
  { id: 'cant-anymore', cat: 'hopelessness', p: 'can not anymore|any more', negation: 'own' },
  { id: 'might-as-well-die', cat: 'wish-to-be-dead', p: 'might|may as well _1 be? die|dead' },
  { id: 'go-to-heaven', cat: 'wish-to-be-dead', p: '@WANT to? go to heaven' },
  {
    id: 'be-with-loved-one',
    cat: 'wish-to-be-dead',
    p: '@WANT _3 be with @MY? @LOVED_ONE',
    needs: 'DEATH_CONTEXT',
  },
  { id: 'imagine-my-funeral', cat: 'wish-to-be-dead', p: '@THINK _2 @MY own? funeral' },
  { id: 'who-would-come', cat: 'burden', p: 'who _2 come|go|turn|show _2 to? @MY funeral', person: 'any' },
  { id: 'ready-to-go', cat: 'intent-or-plan', p: 'i be _1 ready to go $', needs: 'GOODBYE' },
  { id: 'made-my-peace', cat: 'intent-or-plan', p: 'make @MY peace !with', needs: 'READY' },
  { id: 'gone-by', cat: 'intent-or-plan', p: 'i will be gone $', needs: 'FUTURE_TIME', unless: 'RELOCATE' },
  { id: 'want-crash-car', cat: 'method', p: '@=WANT_NOW _2 to? crash|wreck|swerve _2 @MY? car' },
  {
    id: 'means-think-about-it',
    cat: 'method',
    p: '@THINK about it|doing',
    needs: 'MEANS_ALL',
    span: 'sentence',
  },
  {
    id: 'no-reason-for-me',
    cat: 'hopelessness',
    p: '@LACK _2 reason for me to be here|alive|around',
    negation: 'own',
  },
  {
    id: 'lost-desire-to-live',
    cat: 'hopelessness',
    p: '=lost|=losing _2 desire|will|wish|reason|interest|motivation _3 live|living|alive|exist|existing|life !in',
  },
  { id: 'lived-long-enough', cat: 'wish-to-be-dead', p: 'live long enough $' },
  {
    id: 'not-want-to-fight',
    cat: 'hopelessness',
    p: '@NEG _2 @WANT to fight|struggle|try anymore|any',
    negation: 'own',
  },
  {
    id: 'tired-of-fighting',
    cat: 'hopelessness',
    p: 'tired|exhausted|sick _2 of fight|fighting|struggling _2 to? stay|keep|be alive|living|going|on',
  },
  {
    id: 'tired-of-fighting-end',
    cat: 'hopelessness',
    p: 'tired|exhausted|sick _1 of fight|fighting|struggling $',
  },
  // A burden, said as a thing.
  { id: 'dead-weight', cat: 'burden', p: 'dead weight', needs: 'SELF_ANY' },
  { id: 'taking-up-space', cat: 'burden', p: 'stop|quit take|taking up space|room|oxygen|air' },
  {
    id: 'waste-of-space',
    cat: 'burden',
    p: 'waste of space|oxygen|air|skin',
    needs: 'SELF_ANY',
    unless: 'HELP_SEEKING',
  },
  {
    id: 'out-of-equation',
    cat: 'burden',
    p: 'take|took|taking me out of the equation|picture',
    person: 'any',
  },
  {
    id: 'only-trouble',
    cat: 'burden',
    p: 'i be _2 only|just|nothing _2 trouble|burden|drain|liability|problem|weight !#NOUN',
    unless: 'HELP_SEEKING',
  },
  { id: 'thing-wrong-with', cat: 'burden', p: 'i be the thing|one|problem _3 wrong with|ruin|ruins' },
  {
    id: 'would-anyone-miss',
    cat: 'burden',
    p: 'would|will anyone|anybody _2 miss|notice me',
    person: 'any',
    unless: 'RELOCATE',
  },
];
