import { type Rule } from './rule';

/** Non-suicidal self-injury: acts on oneself or one's body, "again", relapses, clean streaks, fresh marks. */
export const SELF_HARM_RULES: readonly Rule[] = [
  { id: 'harm-myself', cat: 'self-harm', p: '@SH_VERB @REFLEXIVE !out !up !off !some' },
  { id: 'harm-my-body', cat: 'self-harm', p: '@SH_VERB into? @MY own? _1 @BODY_SH' },
  {
    id: 'harm-my-hand',
    cat: 'self-harm',
    p: '@SH_VERB @MY own? _1 @BODY_OTHER',
    needs: 'DELIBERATE_OR_AGAIN',
  },
  {
    id: 'head-wall',
    cat: 'self-harm',
    p: 'hit|bang|bash|smash|punch @MY head _2 against|into|on the? wall|floor',
  },
  { id: 'punch-wall', cat: 'self-harm', p: 'punch|hit|bang _2 wall _4 until|till|til', span: 'sentence' },
  {
    id: 'until-bleed',
    cat: 'self-harm',
    p: 'until|till|til it|they|i|@MY _2 bleed|bruise|blister|raw|blood',
  },
  // "I've been cutting again", "the urge to cut", "I cut last night": cut with no object.
  { id: 'cut-intransitive', cat: 'self-harm', p: 'cut/VERB !#DET !#NOUN !#PRON !#PROPN !#NUM !@PARTICLE' },
  { id: 'cut-when', cat: 'self-harm', p: 'cut/VERB @TIME_WORD' },
  { id: 'cut-again', cat: 'self-harm', p: 'cut|burn|scratch|harm again' },
  { id: 'self-harm', cat: 'self-harm', p: 'self-harm', nominal: true },
  { id: 'sh-do', cat: 'self-harm', p: 'do|relapse|urge|clean|from|of _1 sh' },
  { id: 'sh-again', cat: 'self-harm', p: 'sh again|urge|urges|scar|scars|relapse|clean|streak|free' },
  { id: 'relapse', cat: 'self-harm', p: 'relapse', unless: 'SUBSTANCE' },
  { id: 'days-clean', cat: 'self-harm', p: 'day|week|month|year clean', unless: 'SUBSTANCE' },
  { id: 'clean-for', cat: 'self-harm', p: 'clean for _2 day|week|month|year', unless: 'SUBSTANCE' },
  {
    id: 'fresh-cuts',
    cat: 'self-harm',
    p: 'fresh|new|deep|more _1 =cuts|=scars|=burns|=wounds|scar|wound',
    nominal: true,
    unless: 'NOT_WOUND',
  },
  {
    id: 'covered-in-cuts',
    cat: 'self-harm',
    p: 'cover in|with _2 =cuts|=scars|=burns|=scratches',
    nominal: true,
    unless: 'NOT_WOUND',
  },
  {
    id: 'my-scars',
    cat: 'self-harm',
    p: 'hide|cover @MY _1 =cuts|=scars|=scar|=burns|=marks',
    unless: 'NOT_WOUND',
  },
  {
    id: 'blade-to',
    cat: 'self-harm',
    p: 'take|took a|the|my blade|razor|knife|lighter _1 to @MY _1 @BODY_SH|@BODY_OTHER',
  },
  {
    id: 'urge-to-cut',
    cat: 'self-harm',
    p: 'urge|urges|craving|temptation|itch _1 to cut|burn|sh|self-harm',
  },
  { id: 'tool-again', cat: 'self-harm', p: 'razor|blade|blades|lighter _3 again', span: 'sentence' },
  { id: 'thing-with-razor', cat: 'self-harm', p: 'thing with the|a|my razor|blade|blades|lighter|compass' },
  {
    id: 'cuts-on-arm',
    cat: 'self-harm',
    p: '=cuts|=marks|=burns|=scratches _1 on|in|into @MY _1 @BODY_SH|@BODY_OTHER',
  },
  { id: 'draw-blood', cat: 'self-harm', p: 'draw blood', needs: 'DELIBERATE' },
  {
    id: 'arms-a-mess',
    cat: 'self-harm',
    p: '@MY @BODY_SH be _1 mess|scarred|shredded|wrecked',
    needs: 'DELIBERATE_OR_AGAIN',
  },
  { id: 'habit-with-blade', cat: 'self-harm', p: 'habit|thing|urge _3 blade|razor|lighter|compass|cutting' },
  { id: 'make-myself-bleed', cat: 'self-harm', p: 'make @REFLEXIVE bleed|bruise|hurt' },
  { id: 'broke-streak', cat: 'self-harm', p: 'break|broke|lose|lost _3 streak', needs: 'SH_CONTEXT' },
  {
    id: 'pick-scabs',
    cat: 'self-harm',
    p: 'pick|picking|peel _3 scab|scabs|skin|wound|wounds|cuts',
    needs: 'DELIBERATE',
  },
  {
    id: 'dont-trust-myself',
    cat: 'self-harm',
    p: '@NEG trust @REFLEXIVE',
    needs: 'MEANS_ALL',
    negation: 'own',
  },
];
