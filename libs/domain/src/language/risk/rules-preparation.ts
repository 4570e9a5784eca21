import { type Rule } from './rule';

/**
 * Preparatory behaviour (C-SSRS): researching means or doses, gathering means, goodbye notes, giving belongings
 * away, arrangements for after one's death.
 */
export const PREPARATION_RULES: readonly Rule[] = [
  // Research: "googled lethal doses", "looked up how many pills", "reading up on ways to end it".
  {
    id: 'research-lethal',
    cat: 'preparation',
    p: '@RESEARCH _5 lethal|fatal|deadly|toxic|overdose|painless',
  },
  { id: 'research-doses', cat: 'preparation', p: '@RESEARCH _3 dose|doses|dosage', unless: 'CARE' },
  { id: 'research-how-many', cat: 'preparation', p: '@RESEARCH _4 how many _3 @PILL', unless: 'CARE' },
  {
    id: 'research-ways',
    cat: 'preparation',
    p: '@RESEARCH _4 way|ways|method|methods|how _2 die|kill|end|suicide',
  },
  {
    id: 'research-how-long',
    cat: 'preparation',
    p: '@RESEARCH _4 how long _5 die|bleed|drown|suffocate|unconscious',
  },
  {
    id: 'research-height',
    cat: 'preparation',
    p: '@RESEARCH _4 height|high|tall _4 @HEIGHT',
    needs: 'LETHAL',
  },
  {
    id: 'painless-way',
    cat: 'preparation',
    p: 'painless|quickest|easiest|surest|best|quick|easy way|method _1 to die|go',
  },
  // Gathering means: "saving up my tablets", "stockpiling meds", "bought a rope", "the pills are ready".
  { id: 'collect-pills', cat: 'preparation', p: '@COLLECT up? _3 @PILL', unless: 'CARE' },
  {
    id: 'stash-of-pills',
    cat: 'preparation',
    p: 'stash|stockpile|supply|collection|hoard|store of _2 @PILL',
  },
  {
    id: 'buy-extra-pills',
    cat: 'preparation',
    p: 'buy|get|order|pick _3 extra|more|several|multiple|loads|lots|packets|boxes|bottles|packs _3 @PILL',
    unless: 'CARE',
  },
  {
    id: 'different-shops',
    cat: 'preparation',
    p: '@PILL _6 different|several|multiple shop|pharmacy|chemist|store|supermarket',
    span: 'sentence',
  },
  {
    id: 'buy-means',
    cat: 'preparation',
    p: 'buy|get|order|bought _2 a|some|the? rope|noose|ligature|hose|charcoal|helium|gun|bullet|bullets !@NOT_MEANS',
    unless: 'ORDINARY_USE',
  },
  { id: 'means-ready', cat: 'preparation', p: '@PILL|@MEANS _3 ready|prepared|hidden|counted|lined|set' },
  // Goodbyes: "I've written goodbye letters", "a note for my mum in case I go through with it".
  {
    id: 'goodbye-note',
    cat: 'preparation',
    p: 'write|draft|type|leave|record|prepare|film _3 @GOODBYE _1 @NOTE',
  },
  {
    id: 'note-saying-goodbye',
    cat: 'preparation',
    p: 'write|draft|type|leave|record _3 @NOTE _6 goodbye|farewell|goodbyes',
    span: 'sentence',
  },
  { id: 'suicide-note', cat: 'preparation', p: 'suicide note|letter', nominal: true },
  { id: 'note-in-case', cat: 'preparation', p: '@NOTE _6 in case _4 through|die|dead', span: 'sentence' },
  // Belongings and arrangements: "giving away my things", "who gets the cat after I'm gone".
  { id: 'give-away-things', cat: 'preparation', p: 'give _3 away _2 @MY|all? @BELONGINGS' },
  { id: 'give-away-belongings', cat: 'preparation', p: 'give away _1 @MY|all? @BELONGINGS' },
  {
    id: 'wont-need-them',
    cat: 'preparation',
    p: 'away _8 need them|it|anything|any',
    span: 'sentence',
    negation: 'own',
  },
  { id: 'after-gone', cat: 'preparation', p: 'after|once|when i be gone|dead !for !long', person: 'any' },
  { id: 'affairs', cat: 'preparation', p: 'sort|put|get _3 affair|affairs', unless: 'CARE' },
  {
    id: 'goodbye-letters',
    cat: 'preparation',
    p: 'goodbye|farewell letter|letters|note|notes|message|messages|video',
  },
  { id: 'notes-for-everyone', cat: 'preparation', p: 'write _2 @NOTE _3 for|to everyone|everybody|each|all' },
  { id: 'note-hidden', cat: 'preparation', p: 'write _3 @NOTE _6 hide|hid|hidden', span: 'sentence' },
  { id: 'goodbye-unaware', cat: 'preparation', p: 'say goodbye _4 without _2 realise|realize|know|notice' },
  { id: 'loose-ends', cat: 'preparation', p: 'tie|tying up loose ends', unless: 'WORK' },
  {
    id: 'passwords',
    cat: 'preparation',
    p: 'password|passwords _4 for @MY? partner|family|mum|wife|husband|sister|brother|kids',
  },
  { id: 'if-anything-happens', cat: 'preparation', p: 'if anything happen _2 me', needs: 'ARRANGE' },
  { id: 'after-i-die', cat: 'preparation', p: 'after|once|when i die', needs: 'BELONGINGS' },
  { id: 'who-gets-my-things', cat: 'preparation', p: 'who _2 get|have|take @MY @BELONGINGS' },
  { id: 'insurance-suicide', cat: 'preparation', p: 'insurance|policy|pay _6 suicide', span: 'sentence' },
  {
    id: 'without-anyone-stopping',
    cat: 'preparation',
    p: 'without anyone|anybody|someone|people stop|stopping me',
  },
  {
    id: 'wont-be-needing',
    cat: 'preparation',
    p: '@NEG be? needing it|them|anything',
    needs: 'GIVE',
    negation: 'own',
  },
  { id: 'give-things-away', cat: 'preparation', p: 'give @MY|all _1 @BELONGINGS _1 away' },
  {
    id: 'research-pill-harm',
    cat: 'preparation',
    p: '@RESEARCH _6 @PILL _6 @LETHAL',
    span: 'sentence',
    unless: 'CARE',
  },
  { id: 'research-how-much', cat: 'preparation', p: '@RESEARCH _4 how much _3 @PILL', unless: 'CARE' },
  {
    id: 'research-which-meds',
    cat: 'preparation',
    p: '@RESEARCH _4 which _4 @PILL _6 @LETHAL',
    span: 'sentence',
  },
  {
    id: 'research-which-height',
    cat: 'preparation',
    p: '@RESEARCH _6 @HEIGHT _3 high|highest|tallest|height',
    needs: 'ENOUGH_CHECK',
  },
  { id: 'pills-put-by', cat: 'preparation', p: '@PILL _2 put|set|tucked|squirrelled|stashed by|aside|away' },
  { id: 'enough-pills', cat: 'preparation', p: 'enough @PILL _2 put|saved|stored|hidden|now|ready' },
  { id: 'explain-why', cat: 'preparation', p: 'explain|explaining _2 why i _3 do|did it|this' },
  {
    id: 'plan-funeral',
    cat: 'preparation',
    p: 'plan|planning|playlist|music|song|songs|arrange|arranging _4 @MY own? funeral',
  },
  { id: 'whoever-finds-me', cat: 'preparation', p: 'whoever|when|so|before _2 find|finds me !a !some' },
  { id: 'after-ive-gone', cat: 'preparation', p: 'after|once|when i have gone', person: 'any' },
  {
    id: 'shops-for-pills',
    cat: 'preparation',
    p: 'different|several|multiple|three|two|four _1 shop|pharmacy|chemist _6 @PILL',
    span: 'sentence',
  },
  { id: 'wrote-to-each', cat: 'preparation', p: 'write _1 to each|all|every|both', needs: 'NOTE' },
  { id: 'where-im-going', cat: 'preparation', p: 'need _3 where i be go', negation: 'own' },
  // Arrangements for after: "after I'm gone", "who gets what", "I won't be around to look after him",
  // "I'll no be needing them" (having given things away), "where they'll find it after".
  {
    id: 'after-im-gone',
    cat: 'preparation',
    p: 'after|once|when i be gone|dead $',
    person: 'any',
  },
  {
    id: 'who-gets-what',
    cat: 'preparation',
    p: 'who get|gets what|my',
    needs: 'BELONGINGS_OR_WILL',
    person: 'any',
  },
  { id: 'who-gets-the', cat: 'preparation', p: 'who get|gets _3 @BELONGINGS_OR_WILL', person: 'any' },
  {
    id: 'not-around-to',
    cat: 'preparation',
    p: 'i will @NEG be around|here _1 to look|feed|walk',
    negation: 'own',
  },
  {
    id: 'wont-need-given',
    cat: 'preparation',
    p: 'i will|go @NEG _1 need them|it|those',
    needs: 'GIVE',
    negation: 'own',
  },
  {
    id: 'no-go-need',
    cat: 'preparation',
    p: 'i @NEG go|will _1 need them|it|those',
    needs: 'GIVE',
    negation: 'own',
  },
  {
    id: 'find-it-after',
    cat: 'preparation',
    p: 'find|have|get it|them after $',
    needs: 'NOTE_OR_GIFT',
    person: 'any',
  },
];
