import { type Concept } from './concepts';

/**
 * Concepts shared by several barriers: asking, help, what someone would do, expecting, fear, being thought less of,
 * the ask going fine, rejecting a belief, and idioms that only look like a barrier. Written from the barrier
 * definitions and everyday English, not from any one text. Phrases are lemmas (see concepts.ts).
 */
export const SHARED_CONCEPTS: readonly Concept[] = [
  {
    id: 'ask',
    gloss: 'the act of asking or reaching out',
    terms: [
      'ask, request, call, ring, phone, email, e-mail, text, message, dial, ping, contact, approach, enquire, inquire',
      'reach out, speak up, put hand up, raise hand, knock, get in touch, pick up the phone, go to, turn to, lean on',
    ],
  },
  {
    id: 'help',
    gloss: 'help, favours and support',
    terms: [
      'help, hand, support, assistance, assist, favour, favor, lift, advice, guidance, loan, borrow, lend, pitch in',
      'babysit, cover, swap, check, look over, proofread, mentor, tutor, feedback',
    ],
  },
  {
    id: 'future',
    gloss: 'what someone would or will do',
    terms: ['would, will, might, gonna, going to, bound to, probably, likely, could'],
  },
  {
    id: 'expect',
    gloss: 'expecting or picturing what will happen',
    terms: [
      'expect, expecting, predict, anticipate, assume, bet, convinced, sure, certain, positive, just know',
      'already know, bound to, brace, bracing, dread, dreading, imagine, picture, picturing, envisage',
      'foresee, can see, could see, can hear, could hear, already see, already hear, play out, rehearse',
      'what if, reckon, suspect, guarantee, know will, know would, knew would, knew will, keep imagining',
      'imagining, keep picturing, keep hearing, hear her go, hear him go, hear her say, hear him say',
      "imagine say, picture say, i bet, would bet, certain that, pretty sure, i am sure, i'm sure",
      'felt certain',
    ],
  },
  {
    id: 'fear',
    gloss: 'fear and worry',
    terms: [
      'afraid, scared, fear, frighten*, terrified, terrify, petrified, worry, worried, anxious, anxiety, nervous',
      'dread, uneasy, apprehensive, on edge, freak out, freaked, scare, panicky, paranoid',
    ],
  },
  {
    id: 'think-badly',
    gloss: 'being thought less of',
    terms: [
      'think less, think badly, look down on, judge, judged, judging, judgement, judgment, see me as',
      'view me as, take it as, read it as, come across as, seen as, think i be weird, think im weird',
      'think less of, think badly of, make me feel thick, look at me like, write me off',
    ],
  },
  {
    id: 'relief',
    gloss: 'the ask went fine',
    terms: [
      'easy, no big deal, fine, sorted, relieved, relief, glad, lovely, happy to, said yes, say sure, said sure',
      'no problem, went well, progress, tick, worry about nothing, worrying about nothing, nothing to it, simple',
      'kind, grateful, good laugh, proud of myself, that be that, that was it',
    ],
  },
  {
    id: 'reject-belief',
    gloss: 'the writer disagrees with a belief',
    terms: [
      'not agree, disagree, never buy, not buy, not believe, not true, rubbish, nonsense, old fashioned',
      'the opposite, not see it that way, not how i see, never bought, not for me',
    ],
  },
  {
    id: 'idiom',
    gloss: 'a figure of speech that only looks like a barrier',
    terms: [
      'be owed, i be owed, nobody owe you, no one owe you, nobody owes you, owe you nothing, owe you a living, world owe you',
      'freeze the, froze the, freezing cold, be freezing, until it be freezing, sick of, sick leave, sick note',
      'sick day, call in sick, shake hand, shook hand, heart of gold, heart set, dying to, dying for, killing me',
      'kill me, killing it, no sweat, hot water, heart go out, break a leg, cold call, cold feet about',
    ],
  },
];
