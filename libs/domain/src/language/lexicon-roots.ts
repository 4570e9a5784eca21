import { type Concept } from './concepts';

/**
 * Concepts shared by several barriers, and those of the "deep roots" group: the body's alarm, keeping score, rules
 * about gender, preferring to do it alone. Written from the barrier definitions (taxonomy.ts, product.md) and
 * everyday English synonyms and images, not from any one text. Phrases are lemmas (see concepts.ts).
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
      'freeze the, froze the, freezing cold, be freezing, until it be freezing, sick of, sick leave, sick note',
      'sick day, call in sick, shake hand, shook hand, heart of gold, heart set, dying to, dying for, killing me',
      'kill me, killing it, no sweat, hot water, heart go out, break a leg, cold call, cold feet about',
    ],
  },
];

export const ROOTS_CONCEPTS: readonly Concept[] = [
  {
    id: 'body-part',
    gloss: 'a part of the body',
    terms: [
      'heart, pulse, heartbeat, chest, stomach, tummy, gut, belly, throat, mouth, hand, palm, finger, leg',
      'knee, face, cheek, ear, voice, breath, breathing, mind, head, skin, body, muscle, neck, jaw, lip',
      'tongue, blood, whole body, insides, brain, ears, palms, legs, hands, shoulders, eyes',
    ],
  },
  {
    id: 'body-reaction',
    gloss: 'what the body does under threat',
    terms: [
      'slick, slippery, flips, fast, so fast, go so fast, shakin, jumpin, jittery, tremor, clamp, seize',
      'pins',
      'pound, pounding, race, racing, hammer, hammering, thump, thumping, thud, flutter, go mad, go like',
      'skip, sweat, sweaty, clammy, damp, shake, shaking, shaky, tremble, trembling, quiver, jitter*, jelly',
      'weak, numb, tight, tighten, tightening, constrict, knot, knotted, churn, churning, flip, somersault',
      'drop, lurch, dry, go dry, blank, go blank, hot, burn, burning, flush, flushed, go red, red, cold',
      'icy, ring, ringing, tense, tensed, clench, lock, close up, seize up, choke, lump, heavy',
      'pins and needles, tingl*, buzz, white, go white, turn, turning, jump, jumping, drum, like a drum',
      'wet, bpm, can not feel, not feel, wobbl*, shudder, flipping, fizz, spin, spinning',
    ],
  },
  {
    id: 'alarm',
    gloss: 'an alarm reaction: panic, freezing, shaking, sweating',
    terms: [
      'slick, hands slick, sweatin, slippin, start shaking, start shakin, going so fast, need the loo',
      'needed the loo, doing flips, heart in my throat, pulse in my throat, could not stop shaking',
      'legs went, knees went, went to pieces, blank out, blanked, mind emptied',
      'panic, panicked, panicking, panic attack, freeze, froze, frozen, paralys*, paralyz*, petrified',
      'shaking, trembling, sweating, sweat, clammy, palpitat*, hyperventilat*, dizzy, light headed',
      'lightheaded, faint, nause*, queasy, feel sick, felt sick, throw up, vomit, cold sweat, adrenaline',
      'fight or flight, mind go blank, go blank, stammer, stutter, tongue tied, not breathe',
      'can not breathe, short of breath, get words out, get a word out, words not come, rooted to the spot',
      'heart in mouth, pit of stomach, scared stiff, sick to stomach, meltdown, knees knock, shiver',
      'jump out of chest, heart go, legs go, hands shake, voice shake, voice crack, throat close',
      'chest tight, stomach knot, deer in headlights, mind go white, brain go blank',
      'not remember a single word, vomited, heart attack, washing machine, wiping, shaky hands',
      'sweaty palms, sweating buckets, sweat through, could not speak, not say anything, freeze up',
      'froze up, lock up, tunnel vision, blood drain, go pale, nearly faint, almost faint, heart go so hard',
      'heart like a drum',
    ],
  },
  {
    id: 'the-thought-of',
    gloss: 'the mere thought of asking',
    terms: [
      'just think about, just thinking about, the thought of, the idea of, even think about, even thinking',
      'think about ask, whenever i think, every time i think, at the prospect, just the idea, when i have to',
      'when i had to, before i ask, before i call, the moment, the second, as soon as, pick up the phone',
    ],
  },
  {
    id: 'owe',
    gloss: 'owing someone',
    terms: [
      'credit book, two lines to him, a bill i will never clear, never clear, what i owe, reckoning up',
      'reckon up, what a day of his time, nothing on my side, one column, owe them a life, never return',
      'can never return, can never give back, never give back, never repay, give back all',
      'carrying what i owe',
      'owe, owing, owed, debt, indebted, in debt, beholden, obligated, obliged, iou, i.o.u., one down',
      'owe one, on the hook, in the red with, in the red, tab, tab running, debt of gratitude, utang',
      'in her debt, in his debt, in their debt, owe her, owe him, owe them, i owe',
    ],
  },
  {
    id: 'repay',
    gloss: 'paying back, evening things up',
    terms: [
      'how can i repay, how can we repay, how would i repay, pay him, pay her, nothing to give',
      'have nothing to give, what do i owe, what would i owe',
      'repay, repaid, repayment, pay back, paid back, payback, return the favour, return the favor',
      'reciprocat*, in return, give back, give something back, give anything back, do something back',
      'do anything back, do something for, do anything for, make it up to, make up for, even it out',
      'even it up, even things, even the score, even up, square it, square things, square up, call it quits',
      'get even, settle up, return, repay the kindness, in exchange, exchange for, swap for, in return for',
      'be even, it be even, we be even, even again, all square, be square, be quits',
      'pay for dinner, buy a drink, cook for, treat them',
      'a meal, nothing to give, pay it back, make it even, keep it even, even it, evened it out',
      'earn it back, tick off, something back, favour back, favor back, a bigger favour, pay him back',
      'pay her back, pay them back, pay back double, reciprocate, cover two of, do another, square it with',
    ],
  },
  {
    id: 'score-keeping',
    gloss: 'keeping a tally of favours',
    terms: [
      'keep score, keep count, keep track, keep a tally, tally, ledger, running total, who do what',
      'who did what, who paid, transaction, tit for tat, quid pro quo, fair share, count favours',
      'count favors, one sided, even stevens, invisible account, mental account, spreadsheet',
      'mental spreadsheet, notebook of, list of what i owe, list of who, who has done what, keep it fair',
      'keep things fair, the list of',
    ],
  },
  {
    id: 'taking-too-much',
    gloss: 'having already taken too much',
    terms: [
      'keep take, keep taking, take and take, take more, taking more, more and more, already ask',
      'already asked, another favour, another favor, too many favours, used up, run out of favours',
      'too much already, so much already, ask again, asked again, asking again, ask twice, asked twice',
      'third time, another one, one more favour, already do twice, already did twice, taking more and more',
      'keep asking',
    ],
  },
  {
    id: 'held-over',
    gloss: 'a favour held over me afterwards',
    terms: [
      'hold it over, hold over, bring it up, bring up, remind me, throw it in my face, throw it back, hear the end',
      'let me forget, use it against, mention it, call in the favour, call in a favour, call in the favor',
      'strings attached, come with strings, for years, every christmas, every thanksgiving, rest of my life',
    ],
  },
  {
    id: 'gender',
    gloss: 'a gender or gendered family role',
    terms: [
      'man, men, male, guy, bloke, lad, boy, son, father, dad, husband, woman, women, female, girl, lady, ladies',
      'mother, mum, mom, wife, daughter, masculine, feminine, manly, macho, gender, manhood, womanhood, bloke',
    ],
  },
  {
    id: 'gender-rule',
    gloss: 'a rule about what a man or a woman should do',
    terms: [
      'harden up, man must be, like oak, does not bend, holler for help, big men, dinnae greet, not cry',
      'man does not, man do not, lose my bottle, weak hand, not a proper man, proper man',
      'man keeps a roof, keep a roof, a good woman, good woman carries, first daughter, eldest daughter',
      "take it like a man, man don't, a boy my age, boys my age, run to sir",
      'real man, real men, proper man, proper woman, a man should, man up, like a man, be a man',
      'boys not cry, big boys, good mother, good wife, good son, good mum, good dad, man of the house',
      'provider, provide, breadwinner, bread winner, hold it together, holding it together, strong one',
      'tough it out, bear it, take it on the chin, stiff upper lip, suck it up, not make a fuss',
      'not make fuss, without fuss, no fuss, as a man, as a woman, as the mother, as a mother, as a dad',
      'as the man, as a mum, as a father, manly, a woman cope, woman copes, mother copes, mum copes',
      'men not, men do not, girls not, woman should, handle his own, sort his own, fix his own',
      'sort out his own, his own problems, own problems, be strong, wear the trousers, head of the family',
      'failing as a woman, failing as a man, less of a man, the rock, carry the family, eldest son',
      'man trade, show weakness, the one who carries, much of a man, a man not, a woman not, a man do not',
      'a woman do not, blokes not, boys not, women not, girls who, boys who, mums be meant, mum be meant',
      'man provides, a man provide, wife keep, good wife keep, not be asking boys, handed in my badge',
    ],
  },
  {
    id: 'norm',
    gloss: 'a learned rule or upbringing',
    terms: [
      'should, supposed, supposed to, meant to, expected, have to, must, rule, taught, teach, raise, raised',
      'grow up, brought up, bring up, tell, told, always said, always say, motto, upbringing, culture, learn',
      'where i come from, in our house, in my family, in our family, tradition, picked up, drum into, drilled',
      'the way i was, was told, hear that, heard that, grew up hearing, message, family rule',
    ],
  },
  {
    id: 'prefer',
    gloss: 'a personal preference',
    terms: [
      'that be just how i be built, just how i be built, how i be built, like the quiet',
      'my hands my counting, like sortin, like sorting, like ma ain, my own system, my ain',
      'like the puzzle, rather be out there, would rather be on my own',
      'prefer, preference, rather, sooner, like do, like doing, like to do, like knowing, like to, enjoy',
      'my own way, my way, by nature, always be like that, always been like that, just me, how i relax',
      'like it that way, happier, in control, genuinely like, love doing, always have, never be good at',
      'never been good at, my thing, second nature, allergic to help, allergic, someone else hands',
      'in my own time, like having it, like the quiet, like my own company, rather struggle',
      "do it yourself sort, diy, i like to solve, like to solve, don't like people, not like people",
      'not like being, not like having people, never like having, how i be built',
    ],
  },
  {
    id: 'alone',
    gloss: 'doing it alone',
    terms: [
      'on me own, on ma own, sort it masel, masel, myself only, i fix myself, fix myself, single handed',
      'single-handed, solo, by hand, do my own stocktake, without running to, not run to',
      'alone, on my own, by myself, solo, under my own steam, do it myself, do my own, handle thing',
      'sort stuff, sort thing, independent, independently, self sufficient, lone wolf, without involve',
      'without involving, without anyone, not depend, rely, relying, reliant, waiting on, wait on',
      "wait for someone, i have get it, i have got it, i got it, i be fine, i'm fine, i'll manage, i will manage",
      'no worries, can manage, leave me to it, let anyone, let others',
      'take over, taking over, tagging along, on his own, do things myself, doing stuff myself',
      'do stuff myself, sort my own, my own stuff, own hands, only me, solve alone, the one people lean on',
      'touching my stuff, rather than ask, rather than let, than let, i be fine doing, i will be fine',
      "i'd be fine, all by myself, under my own",
    ],
  },
];
