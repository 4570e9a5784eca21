import { type Concept } from './concepts';

/**
 * Concepts of the "thinking traps" group: feeling watched, being harder on myself, underestimating the job, only
 * seeing the bad examples, being too far in, one no outweighing many yeses. Written from the barrier definitions
 * and everyday English, not from any one text. Phrases are lemmas (see concepts.ts).
 */
export const BIAS_CONCEPTS: readonly Concept[] = [
  {
    id: 'crowd',
    gloss: 'many people at once',
    terms: [
      'everyone, everybody, the whole, whole, entire, all eye, every single person, the room, room, class, hall',
      'queue, crowd, audience, the other parent, staff room, street, neighbour, neighbor, bus, they all',
      'all of them, in front of, sixty people, the office, church, restaurant, waiting room, aisle, school gate',
      'the team, the group, the lecture, the meeting, every one of them, the whole class, the whole office',
    ],
  },
  {
    id: 'watching',
    gloss: 'being watched, talked about, remembered',
    terms: [
      'stare, staring, look at me, look up, watch, watching, notice, see me, hear, listen, listening, talk about',
      'gossip, whisper, whispering, turn round, turn around, turn to look, clock, laugh, laughing, spotlight',
      'all eyes, eyes on me, the talk of, point, snigger, smirk, find out, word get around, get around, spread',
      'be the girl who, be the guy who, be the idiot, be the one who, for the rest of the year, remember it',
      'think about it all, know i, would know, will know, be looking, be judging, be thinking, gawp, gawk',
    ],
  },
  {
    id: 'others-excused',
    gloss: 'being kind about other people needing help',
    terms: [
      'never judge, not judge, never think less, not think less, think less of him, think less of her',
      'not think twice, never think twice, without a second thought, fair enough, life happen, no shame',
      'nothing wrong with, that be normal, it be normal, perfectly normal, how you learn, what it be there for',
      'not your fault, not their fault, not his fault, not her fault, gladly, happily, smart, a strength',
      'brave, sensible, help anyone, help gladly, drive across town, love helping, tell my client, tell my student',
      'of course, never call someone, never call anyone, never say that, would never, i would, i would help',
      'not blame, understand, be kind, compassion, totally fine, be fine for',
    ],
  },
  {
    id: 'self-blamed',
    gloss: 'blaming myself for the same need',
    terms: [
      'when it be me, when i, but me, for me, myself, harder on myself, on me, lazy, weak, disorganised',
      'disorganized, hopeless, useless, my fault, should have, i be failing, i be a mess, cheating, too much',
      'think less of me, call myself, tell myself, i be just, because i be, it mean i, flaw, failing, weakness',
    ],
  },
  {
    id: 'standard-gap',
    gloss: 'one rule for others, another for me',
    terms: [
      'double standard, different standard, different rule, one rule for, kinder to, harder on myself',
      'say that to, talk to them like that, talk to him like that, do as i say, practise what i preach',
      'practice what i preach, not as i do, unfair, contradiction, hypocrit*, same situation, in my situation',
      'in my shoe, if a friend, if my friend, if it be a friend, if someone else, when someone else',
      'when other people, when my friend, when my colleague, when my student, anyone else, someone else, other',
    ],
  },
  {
    id: 'estimate',
    gloss: 'a confident estimate of time or effort',
    terms: [
      'think it would take, thought it would, would only take, only take, a quick, quick job, one weekend',
      'a weekend, an evening, a day, two day, tops, no problem, easily, in no time, figure, figured, assume',
      'assumed, underestimat*, plenty of time, loads of time, time to spare, to spare, one person job, have it done',
      'have it finished, get it done by, promise, promised, tell everyone i, said i would, say i would, i would',
      'i will manage, we would manage, manage ourselves, manage somehow, think i could, thought i could',
      'think i would, thought i would, be supposed to take, suppose to take, should take, reckon, easy',
    ],
  },
  {
    id: 'too-late',
    gloss: 'left too late to ask',
    terms: [
      'too late, late now, bit late, far too late, way too late, too far gone, too far along, last minute',
      'night before, the day before, due tomorrow, due friday, due monday, due in, deadline, overdue, behind',
      'run out of time, out of time, leave it, left it, leave it too late, put it off, put off, drowning, swamp*',
      'by the time, now it be, it be now, still have not, not even halfway, half of it, day later, week later',
      'month later, it have be, take four, took four, day five, tomorrow, tonight, in two day, this late',
    ],
  },
  {
    id: 'proof',
    gloss: 'taking something as proof',
    terms: [
      'proof, prove, proves, proving, confirm, confirms, just show, go to show, show that, see, typical',
      'told you so, tell you so, knew it, every time, always happen, this always happen, same story, as usual',
      'evidence, collect evidence, figures, there you go, what do i expect, just my luck, always the way',
      'that be what happen, point proven, prove my point, sure enough, of course',
    ],
  },
  {
    id: 'discount',
    gloss: 'not counting the good examples',
    terms: [
      'not count, stop count, stopped counting, ignore, skip over, skipped over, overlook, forget the time',
      'not remember the time, fluke, one off, one-off, not register, somehow, conveniently, file away, filed',
      'brush aside, explain away, only say yes because, only said yes because, only because, have to',
      'felt she have to, never make it into, not on the list, not put the good, good one, the good time',
      'slip past, slip my mind, not notice the, miss the, the time it go fine, the times it went fine',
    ],
  },
  {
    id: 'asking-fails',
    gloss: 'a belief that asking never works',
    terms: [
      'asking never work, asking not work, asking get you nowhere, get you nowhere, nobody want to help',
      'people not have time, nobody have time, no one have time, people be too busy, not really want',
      'never get you anywhere, backfire, always backfire, go wrong, never work, no one care, nobody care',
      'why i bother, why bother, nobody really, people never, no one ever, never help, always let me down',
    ],
  },
  {
    id: 'invested',
    gloss: 'time or effort already put in',
    terms: [
      'spend, spent, put in, put into, sink, sunk, invest, invested, so much time, so long, all that time',
      'all those hour, all that effort, all that work, all those, hour, week, month, year, weekend, evening',
      'saturday, sunday, so far, this far, already, month into, week into, year into, after all, this much',
      'all my saving, saving, money on, be trying, be working on, teach myself, for two year, the whole winter',
    ],
  },
  {
    id: 'waste',
    gloss: 'the effort would be wasted',
    terms: [
      'waste, wasted, for nothing, pointless, throw away, throw it away, chuck, in the bin, down the drain',
      'give up, giving up, admit i fail, admit i waste, admit, in vain, all for nothing, a mistake, be a mistake',
      'count for nothing, meaningless, undo, write off, flush, go to waste, lose all, throw good money, for naught',
      'wasted effort, in vain, been for nothing, a waste',
    ],
  },
  {
    id: 'one-time',
    gloss: 'a single past refusal or bad moment',
    terms: [
      'once, one time, the one time, the one, that one, a single, one person, one nurse, one mate, one no',
      'one bad, one refusal, year ago, back in, at fifteen, as a kid, that time, last time, one moment',
      'one day, one comment, one guy, one woman, one teacher, one friend',
    ],
  },
  {
    id: 'memory',
    gloss: 'what sticks in memory',
    terms: [
      'remember, stick, stuck, stay with, play in my head, in my head, can not forget, never forget, still hear',
      'still see, haunt, replay, sting, stings, vivid, clear as day, bold, pencil, drown out, outweigh, burn into',
      'etch, scar, still think about, keep thinking about, think of, come to mind, come up first, first thing',
      'loop, on repeat, all i remember, what i remember, what i think of, the one i think',
    ],
  },
  {
    id: 'many-good',
    gloss: 'the many times it went well',
    terms: [
      'many, loads, hundred, countless, every other, other time, all the time, yeses, most, usually, plenty',
      'eleven, dozen, lots, always help, help me loads, so many, most people, nearly everyone, everyone else',
      'other staff, other appointment, the rest, ten time, a lot, other occasion',
    ],
  },
];
