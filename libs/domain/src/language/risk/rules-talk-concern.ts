import { type Rule } from './rule';

/**
 * The concern tier said indirectly (with rules-talk.ts): passive wishes put to God or to chance ("hope the
 * lightning finds me", "not survive the operation"), a foreshortened future ("can't picture being fifty"), no
 * reason to stay, why carry on, and being a burden said as a thing ("dead weight", "taking up space").
 */
export const TALK_CONCERN_RULES: readonly Rule[] = [
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
    p: '@WISH _5 @LETHAL_AGENT _3 find|strike|hit|take|get me !there !to !home !back !a !an !the !up !in !on',
  },
  { id: 'sleep-and-be-done', cat: 'wish-to-be-dead', p: 'sleep and _2 be done|gone|over !with' },
  {
    id: 'sleep-not-wake',
    cat: 'wish-to-be-dead',
    p: 'sleep and _2 not|never wake|woke up?',
    negation: 'own',
  },
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
  { id: 'running-out-clock', cat: 'hopelessness', p: 'run|running|ran out the clock', unless: 'WORK' },
  { id: 'life-finished', cat: 'hopelessness', p: '@MY|the life be _1 finish|finished|over|done !for !with' },
  {
    id: 'waiting-for-it-over',
    cat: 'hopelessness',
    p: 'wait for it|everything|life all? to _1 be? over|end|stop $',
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
    p: '@NEG _2 @WANT to fight|struggle|try anymore|any !with',
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
  {
    id: 'better-off-another-parent',
    cat: 'burden',
    p: 'better off with a|another different|new|better? _1 @LOVED_ONE|parent|mum|dad|mom',
    person: 'any',
  },
  {
    id: 'decided-last-day',
    cat: 'intent-or-plan',
    p: 'decide _4 will be my last day|night $',
    unless: 'WORK',
  },
  {
    id: 'think-of-gun',
    cat: 'method',
    p: '@THINK about|of _3 gun|shotgun|rifle|pistol|firearm',
    unless: 'HUNTING',
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
    p: 'would|will anyone|anybody _2 miss|notice me !if',
    person: 'any',
    unless: 'RELOCATE',
  },
];
