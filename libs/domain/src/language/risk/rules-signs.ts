import { type Rule } from './rule';

/**
 * Warning signs told as acts (C-SSRS preparatory behaviour, attempts, concealed self-harm): a will changed,
 * debts paid off "so nobody gets stuck with them after", accounts deleted, a pet rehomed, knots practised,
 * heights and barriers checked, goodbyes the others did not know were goodbyes; "the night I tried", "almost
 * went through with it"; hidden blades, sleeves in a heatwave, scars to explain, marks "from what I've been
 * doing", a streak reset.
 */
export const SIGN_RULES: readonly Rule[] = [
  // Settling affairs.
  {
    id: 'change-will',
    cat: 'preparation',
    p: 'change|update|write|wrote|rewrite|rewrote|make|made|redo|finalise|finalize|sort|draw|drew @MY =will',
    unless: 'WILL_ORDINARY',
  },
  {
    id: 'pay-off-debts',
    cat: 'preparation',
    p: 'pay|clear|settle off? _4 debt|debts',
    needs: 'AFTER_CTX',
    unless: 'GLAD',
  },
  {
    id: 'delete-accounts',
    cat: 'preparation',
    p: 'delete|deactivate|wipe _3 @MY? account|accounts|insta|instagram|tiktok|facebook|socials|snapchat|twitter',
    needs: 'AFTER_CTX',
  },
  { id: 'rehome-pet', cat: 'preparation', p: 'rehome|rehomed|rehoming @MY? @PET', unless: 'RELOCATE' },
  { id: 'last-on-list', cat: 'preparation', p: 'last thing|one|job on @MY list', needs: 'ARRANGE' },
  {
    id: 'house-in-order',
    cat: 'preparation',
    p: 'get|put|set @MY house|affairs|life in order',
    needs: 'ARRANGE',
  },
  {
    id: 'in-event-of-death',
    cat: 'preparation',
    p: 'in the event of @MY death|passing',
  },
  {
    id: 'practise-knots',
    cat: 'preparation',
    p: 'practise|practice|practising|practicing|learn|learning|watch _3 tie|tying _1 knot|knots|noose',
    unless: 'ORDINARY_USE',
  },
  { id: 'tie-noose', cat: 'preparation', p: 'tie|tied|tying|make|made _2 a|the? noose' },
  // Checking a height or a barrier.
  {
    id: 'check-how-high',
    cat: 'preparation',
    p: 'check|see|look|find|measure _3 how high|tall|far _5 @HEIGHT|park|drop|fall',
    needs: 'EDGE_CTX',
    unless: 'CLEARANCE',
  },
  {
    id: 'look-over-edge',
    cat: 'preparation',
    p: 'look|lean|peer _1 over the|a edge|side|railing|railings|ledge|parapet',
    needs: 'HEIGHT',
    unless: 'RELOCATE',
  },
  {
    id: 'barrier-still-open',
    cat: 'preparation',
    p: 'door|roof|rooftop|@EDGE|fence|barrier|barriers _4 higher|taller|open|unlocked',
    needs: 'EDGE_CTX',
  },
  // Goodbyes, notes.
  {
    id: 'saying-goodbye-unaware',
    cat: 'preparation',
    p: 'realise|realize|know|notice _3 i be? say|saying goodbye',
    person: 'any',
    negation: 'own',
  },
  {
    id: 'one-last-time',
    cat: 'preparation',
    p: 'see|visit|hug _3 everyone|everybody|them|family|friends _2 one last time',
  },
  {
    id: 'last-time-unaware',
    cat: 'preparation',
    p: "know _2 it be|='s the last time",
    person: 'any',
    negation: 'own',
  },
  { id: 'farewell-tour', cat: 'preparation', p: 'farewell|goodbye tour' },
  { id: 'said-my-goodbyes', cat: 'preparation', p: 'say @MY goodbyes|goodbye $' },
  {
    id: 'wont-be-around',
    cat: 'preparation',
    p: 'i will @NEG be around|here|there $',
    needs: 'GIVEN',
    negation: 'own',
  },
  {
    id: 'research-tallest',
    cat: 'preparation',
    p: '@RESEARCH _3 tallest|highest _2 @HEIGHT',
  },
  { id: 'note-just-in-case', cat: 'preparation', p: 'write _2 @NOTE _4 in case $' },
  { id: 'wrote-the-note', cat: 'preparation', p: 'write|finish|leave the note $' },
  {
    id: 'note-for-whoever',
    cat: 'preparation',
    p: 'note|letter _2 for whoever|whomever find|finds|come|comes|get|gets',
  },
  {
    id: 'note-hidden',
    cat: 'preparation',
    p: 'keep|hide|put|leave _2 it|them _1 in|inside|under @MY _1 @HIDING_PLACE',
    needs: 'NOTE',
  },
  // Attempts, told by their frame.
  {
    id: 'since-i-tried',
    cat: 'attempt',
    p: 'night|since _2 i try|attempt !to !on !it !out !hard !for !#NOUN !#DET !#ADJ !#VERB',
  },
  {
    id: 'last-time-i-tried',
    cat: 'attempt',
    p: 'last|after|before _2 i try|attempt $',
    needs: 'ATTEMPT_CTX',
  },
  {
    id: 'night-i-tried',
    cat: 'attempt',
    p: 'the night|day|time|morning|evening _1 i try|attempt !to !on !it !out !hard !for !#NOUN !#DET !#VERB',
  },
  {
    id: 'for-when-i-decide',
    cat: 'intent-or-plan',
    p: 'for when i _1 decide|be ready $',
    needs: 'MEANS_ALL',
  },
  { id: 'count-as-attempt', cat: 'attempt', p: 'count|counts as an? attempt !at !to' },
  { id: 'research-methods', cat: 'preparation', p: 'research _2 method|methods !of !for' },
  {
    id: 'wont-need-after',
    cat: 'preparation',
    p: 'will @NEG need them|it|those|any _2 after|by|once|when|next',
    needs: 'BELONGINGS_OR_WILL',
    negation: 'own',
  },
  { id: 'picked-at-scars', cat: 'self-harm', p: 'pick _3 =scars|scabs|scab|=cuts _4 till|until|again' },
  { id: 'almost-went-through', cat: 'attempt', p: 'almost|nearly go through with it' },
  { id: 'started-to-do-it', cat: 'attempt', p: 'start|begin _1 to do it', needs: 'ATTEMPT_CTX' },
  {
    id: 'took-the-tablets',
    cat: 'attempt',
    p: 'take|swallow the|my|all|them _1 @PILL',
    needs: 'ATTEMPT_CTX',
    unless: 'DOSING',
  },
  {
    id: 'drink-poison',
    cat: 'method',
    p: 'drink|drank|swallow|take _2 @POISON',
    refine: true,
    unless: 'ACCIDENT',
  },
  {
    id: 'take-myself-out',
    cat: 'suicidal-thoughts',
    p: 'take @REFLEXIVE out !for !to !on !of !with !#DET !#NOUN',
    refine: true,
  },
  // Self-harm, hidden or told by its traces.
  {
    id: 'hide-blades',
    cat: 'self-harm',
    p: 'hide|hid|hidden|hiding|stash @MY blade|blades|razor|razors|sharpener',
    unless: 'CHILDPROOF',
  },
  {
    id: 'explain-scars',
    cat: 'self-harm',
    p: 'explain|conceal|hide|cover|disguise _1 @MY _1 =scars|=cuts|=marks|=burns|scar',
    unless: 'NOT_WOUND',
  },
  {
    id: 'explain-the-scars',
    cat: 'self-harm',
    p: 'explain|conceal|hide|cover|disguise the|these|those =scars|=cuts|=marks|=burns on|in @MY',
    unless: 'NOT_WOUND',
  },
  {
    id: 'see-my-arms',
    cat: 'self-harm',
    p: '@NEG _3 let|want _3 see @MY arm|arms|wrist|wrists|forearm|forearms',
    negation: 'own',
    unless: 'BODY_IMAGE',
  },
  {
    id: 'sleeves-in-heat',
    cat: 'self-harm',
    p: 'sleeves|sleeve|sleeved|hoodie _12 degree|degrees|heatwave|boiling|sweltering',
    span: 'sentence',
    unless: 'SUN',
  },
  { id: 'marks-from-doing', cat: 'self-harm', p: '=marks|=scars|=cuts|=burns _1 from what i _2 do' },
  {
    id: 'punished-hurt',
    cat: 'self-harm',
    p: 'punish|punished|punishment|deserve _8 @SH_VERB|pinch',
    span: 'sentence',
  },
  {
    id: 'until-marks',
    cat: 'self-harm',
    p: '@SH_VERB|pinch _4 until|till|til there be marks|blood|bruises|welts',
  },
  {
    id: 'start-scratching',
    cat: 'self-harm',
    p: 'start|begin scratch|cut|burn|pinch|hit|punch',
    needs: 'PUNISH_CTX',
  },
  { id: 'urge-won', cat: 'self-harm', p: 'urge|urges win|won|wins|beat|got|took !to !the' },
  { id: 'clean-streak', cat: 'self-harm', p: 'clean streak', unless: 'SUBSTANCE' },
  {
    id: 'streak-reset',
    cat: 'self-harm',
    p: 'streak _3 reset|zero|broken|ended',
    needs: 'SH_CONTEXT',
    unless: 'SUBSTANCE',
  },
  {
    id: 'plasters-on',
    cat: 'self-harm',
    p: 'plaster|plasters|bandage|bandages|dressing|dressings on @MY @BODY_SH',
    needs: 'DELIBERATE_OR_AGAIN',
  },
];
