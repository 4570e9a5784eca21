import { type Rule } from './rule';

/** Thoughts of ending one's life, with method, intent or plan, and attempts (C-SSRS items 2–5 and behaviour). */
export const SUICIDE_RULES: readonly Rule[] = [
  // The act itself: "kill myself", "end my life", "take my own life", "end it all", "kms", "unalive myself".
  { id: 'kill-myself', cat: 'suicidal-thoughts', p: '@KILL @REFLEXIVE', refine: true },
  {
    id: 'end-my-life',
    cat: 'suicidal-thoughts',
    p: 'end|take|finish|stop @MY own? life !back !in !into !seriously !easier !harder',
    refine: true,
  },
  {
    id: 'end-it',
    cat: 'suicidal-thoughts',
    p: 'end|finish it|things|everything all? !with !between !off',
    refine: true,
  },
  { id: 'end-all', cat: 'suicidal-thoughts', p: 'end it? all', refine: true },
  { id: 'suicidal', cat: 'suicidal-thoughts', p: 'suicidal', nominal: true },
  {
    id: 'suicide-frame',
    cat: 'suicidal-thoughts',
    p: '@THINK|@WANT|commit|consider|contemplate|toy|flirt|close|urge _3 suicide',
    nominal: true,
    refine: true,
  },
  { id: 'suicide-in-mind', cat: 'suicidal-thoughts', p: 'suicide _4 @MY mind|head|thought', nominal: true },
  {
    id: 'suicide-compound',
    cat: 'suicidal-thoughts',
    p: 'suicide thought|urge|feeling|idea|ideation|plan|pact|fantasy',
    nominal: true,
  },
  { id: 'ctb', cat: 'suicidal-thoughts', p: 'ctb' },
  { id: 'off-myself', cat: 'suicidal-thoughts', p: 'do @REFLEXIVE in', refine: true },
  {
    id: 'not-alive-much-longer',
    cat: 'intent-or-plan',
    p: 'will|be not _2 be here|around|alive _2 much? longer|by|next|soon',
    unless: 'RELOCATE',
  },
  // Method: heights, vehicles, water, pills, blades, ligatures, guns.
  { id: 'jump-from', cat: 'method', p: 'jump|leap|throw|fling|hurl|step|fall _2 off|from the|a? _2 @HEIGHT' },
  {
    id: 'throw-myself',
    cat: 'method',
    p: 'throw|fling|hurl|launch|chuck @REFLEXIVE off|from|under|into|out|down|in',
  },
  { id: 'in-front-of', cat: 'method', p: '@JUMP|lie|lay _3 in front of _2 @VEHICLE' },
  { id: 'under-vehicle', cat: 'method', p: '@JUMP|lie|lay _2 under _2 @VEHICLE' },
  { id: 'on-the-tracks', cat: 'method', p: 'lie|lay _2 on|across the? track|tracks|railway|line|motorway' },
  { id: 'into-water', cat: 'method', p: 'walk|swim|wade _1 into|out the|a? @WATER|traffic' },
  {
    id: 'crash-car',
    cat: 'method',
    p: 'drive|crash|steer|swerve @MY|the? car? _1 into|off _3 wall|tree|bridge|lorry|truck|traffic|cliff|river|barrier',
  },
  { id: 'crash-on-purpose', cat: 'method', p: 'crash|drive|swerve _5 purpose|deliberately' },
  { id: 'slit-wrists', cat: 'method', p: 'slit|slash|cut|open _1 @MY? wrist|throat|vein' },
  {
    id: 'pills-all',
    cat: 'method',
    p: 'take|swallow|down|neck _2 @QUANTITY _4 @PILL',
    refine: true,
    unless: 'DOSING',
  },
  { id: 'them-all', cat: 'method', p: 'take|swallow|down them|the all|lot', needs: 'PILL', refine: true },
  { id: 'overdose', cat: 'method', p: 'overdose !on', nominal: true, refine: true },
  { id: 'overdose-on', cat: 'method', p: 'overdose on _2 @PILL', refine: true },
  { id: 'how-many-pills', cat: 'method', p: 'how many _3 @PILL', unless: 'DOSING' },
  { id: 'think-jump', cat: 'method', p: '@THINK about|of jump|leap|hang|drown|od|slit|gas|poison' },
  {
    id: 'think-means',
    cat: 'method',
    p: '@THINK about|of _2 rope|noose|ligature|gun|firearm|shotgun|rifle|overdose|blade|razor|ledge|cliff',
  },
  {
    id: 'means-in-mind',
    cat: 'method',
    p: 'rope|noose|ligature|gun|blade|razor _6 into|in @MY head|mind|thought',
    span: 'sentence',
  },
  {
    id: 'use-gun',
    cat: 'method',
    p: 'use|get|borrow|buy|find|take @MY|a|the? _2 gun|firearm|shotgun|rifle|pistol',
    unless: 'HUNTING',
  },
  // Intent and plan: a decided act, a date, "how I'm going to do it", "my last week".
  {
    id: 'how-do-it',
    cat: 'intent-or-plan',
    p: 'how|when|where i @MODAL|go|be _2 do it !#NOUN !#DET !for !with !again !better !right',
  },
  { id: 'do-it-soon', cat: 'intent-or-plan', p: 'go|will|plan|decide _2 do it _1 @SOON', needs: 'RISKWORD' },
  {
    id: 'pick-date',
    cat: 'intent-or-plan',
    p: 'pick|choose|set|decide|fix _2 a|the date|day|time|place|spot|method $',
  },
  {
    id: 'last-week',
    cat: 'intent-or-plan',
    p: 'this be|will be? my last day|week|night|month|birthday|christmas|summer|year $',
    unless: 'RELOCATE',
  },
  { id: 'go-through', cat: 'intent-or-plan', p: 'in case i? go through with it' },
  // Attempts: "attempted suicide", "my last attempt", "an attempt on my life", "tried to die".
  { id: 'attempt-suicide', cat: 'attempt', p: 'attempt|attempted _1 suicide', nominal: true },
  { id: 'suicide-attempt', cat: 'attempt', p: 'suicide attempt|attempts', nominal: true },
  {
    id: 'my-attempt',
    cat: 'attempt',
    p: '@MY first|last|second|third|previous|latest|recent|only|most? recent? attempt|attempts !at !to !#NOUN',
  },
  { id: 'attempt-again', cat: 'attempt', p: 'attempt again|twice|before' },
  { id: 'attempt-on-life', cat: 'attempt', p: 'attempt on @MY life' },
  { id: 'try-to-die', cat: 'attempt', p: 'try to die|unalive' },
];
