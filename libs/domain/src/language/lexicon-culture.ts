import { type Concept } from './concepts';

/**
 * Concepts of the "what the world taught you" and "fear of being seen" groups: the self-made myth, looking capable
 * at work, everyone else seeming fine, expecting a no, shame, feeling a fraud, needing it flawless. Written from
 * the barrier definitions and everyday English, not from any one text. Phrases are lemmas (see concepts.ts).
 */
export const CULTURE_CONCEPTS: readonly Concept[] = [
  {
    id: 'self-made',
    gloss: 'the admired person who made it alone',
    terms: [
      'self made, bootstraps, pull myself up, pull himself up, pull themselves up, own two feet, own feet',
      'stand on my own, stand on your own, stand on their own, made it alone, no help from anyone',
      'from nothing, with nothing, rags to riches, handout, handouts, cap in hand, charity, take charity',
      'never take a penny, never took a penny, pay my own way, make my own way, fend for, american dream',
      'hustle, founder, tycoon, do it all on his own, did it all on his own, all on her own, by himself',
      'by herself, look up to, role model, success story, self reliance, self reliant, self taught',
      'bootstrap*, without a penny, no loans, did it all themselves, by themselves, manage his own affairs',
      'manage her own affairs, sort herself out, sort himself out, sort yourself out, nobody carries you',
      'do your own, no help, on his own, made himself, built it himself, cleared himself, the self made',
    ],
  },
  {
    id: 'childish',
    gloss: 'needing help as childish or weak',
    terms: [
      'childish, babyish, baby, babies, infant*, child, kid, like a child, like a kid, immature',
      'training wheels, spoon feed, spoon fed, hand holding, hold my hand, hold hand, big kids, spoil',
      'spoiled, spoilt, only babies, tie his shoes, tie my shoes, needs his mum, need my mum, weak people',
      'weakling, soft, feeble, helpless, a sign of weakness, weakness, not a proper adult, not a real adult',
      'little kid, toddler, teenager, short trousers, nappies, homework, back to school, laces',
      'tie his laces, twelve, feel twelve, about twelve, still a child, child still at home, like a boy',
      'like a little girl, like a teenager, babysit me, do not be a baby, dont be a baby, be a baby',
    ],
  },
  {
    id: 'should-cope',
    gloss: 'I should be able to cope alone',
    terms: [
      'should be able to, ought to be able to, should manage, should cope, should handle, should know how',
      'should sort, supposed to manage, supposed to cope, meant to cope, meant to manage, should not need',
      'should not have to ask, should be capable, have to manage, must manage, must cope',
    ],
  },
  {
    id: 'adult',
    gloss: 'being a grown adult',
    terms: [
      'adult, adults, grown up, grown-up, grownup, grown adult, grown man, grown woman, at my age, my age',
      'mature, maturity, proper adult, responsible adult, 30s, 40s, thirty, forty, fifty',
    ],
  },
  {
    id: 'work',
    gloss: 'the workplace',
    terms: [
      'work, job, boss, manager, supervisor, colleague, coworker, co worker, team, office, team lead, line manager',
      'senior, director, employer, hr, company, firm, department, ward, charge nurse, workplace, staff, management',
      'preceptor, educator, standup, slack, team channel, meeting, shift, client, lead, head of, the business',
      'probation, review, appraisal, promotion, eval, evaluation, performance, career, role, post, position',
    ],
  },
  {
    id: 'career-stakes',
    gloss: 'what is at stake at work',
    terms: [
      'promotion, review, appraisal, probation, redundanc*, lay off, laid off, let go, fire, fired, sack',
      'sacked, kept on, keep my job, chances, career, raise, bonus, reputation, eval, performance review',
      'count against, mark me down, hold it against, on my record, in my file, team lead role, restructure',
      'cuts, reference, pass probation, contract renew*, next round, promotion round, pay rise, progression',
      'my standing, picked for, get picked, book you again, written up, write me up, wrote me up, sign off',
      'signs off, overtime, impression, perf, perf review, lead role, the lead role, six month, promotions',
    ],
  },
  {
    id: 'incompetent',
    gloss: 'looking incapable',
    terms: [
      'incompetent, incompetence, not capable, incapable, less capable, can not do my job, not do my job',
      'not up to the job, not up to it, out of my depth, not cope, not coping, can not cope, not hack it',
      'weak link, slacking, hand holding, look bad, look stupid, look weak, look like i not know',
      'not on top of, not know what i be do, not good at my job, doubt me, doubting me, not qualified',
      'unqualified, not competent, clueless, dead weight, liability, not cut out, slow thing down',
      'need hand holding, reflect badly, bad impression, out of depth, not manage the role',
      'need a lot of support, needs a lot of support, excessive supervision, not independent',
      'can not do basic, cant do basic, not keep up, can not keep up, not pulling my weight',
      'not up to scratch, hold your hand, hold my hand, under control, not coping in the role',
    ],
  },
  {
    id: 'everyone-else',
    gloss: 'everyone else, my peers',
    terms: [
      'everyone else, everybody else, all my friend, all my mate, all the other, every other, other mum',
      'other mom, other parent, other people, other student, my peer, peers, classmate, cohort, the rest of',
      'nobody else, no one else, the others, they all, all of them, everyone on, everyone in, everybody in',
      'everyone at, everybody at, everybody on, every mum, every mom, my friend all, people my age',
      'everyone i know, everyone i went to school with, everyone around me, all my colleague',
      'my colleague never, my colleagues, batchmate*, my cousins all, every other dad, every other mum',
      'all the other nurses, all the other mums, everyone i follow, the other mums, the other dads',
      'other dads, other nurses, all my cousins, all my school friends, my friends from',
      'friends from school, everyone in my course, my whole cohort, everybody shows',
    ],
  },
  {
    id: 'manage-fine',
    gloss: 'seeming to manage effortlessly',
    terms: [
      'have it together, have their life together, life together, have it all, got it all, all figured out',
      'sorted, breeze, breeze through, straight away, effortless*, thrive, thriving, doing fine, do fine',
      'doing great, on top of, know exactly, born knowing, without help, by herself, by himself, all by',
      'perfect life, perfect lives, so easily, just get on with it, never ask, never need, no one asks',
      'nobody asks, seem to manage, seem to cope, seem fine, seem to have, seem to know, seem to get',
      'seem to do, seem to need, never seem to need, look so together, look like they know, so together',
      'doing so well, always happy, juggle, juggling, just do this, just manage, just cope, crush it',
      'smash it, nail it, seem to breeze, make it look easy, look easy, all smiley, organised, got their',
      'have their',
    ],
  },
  {
    id: 'odd-one-out',
    gloss: 'being the only one who struggles',
    terms: [
      'only one, the only, odd one out, the one who, left behind, behind everyone, the exception, the weak one',
      'the slow one, the only person, i be the one, outlier, only me, just me who, alone in',
    ],
  },
  {
    id: 'feed',
    gloss: 'social media and curated lives',
    terms: [
      'instagram, insta, facebook, tiktok, linkedin, social media, feed, post, posts, scroll, scrolling, reel',
      'highlight reel, influencer*, online, selfie*, snapchat, twitter, youtube, stories, curated, filtered',
    ],
  },
  {
    id: 'compare',
    gloss: 'comparing myself with others',
    terms: [
      'compare, comparing, comparison, measure up, next to them, compared to, compared with, meanwhile',
      'and here i be, and then there be me, whereas i, while i, unlike me, than me, than i, i be the one',
    ],
  },
  {
    id: 'refusal',
    gloss: 'being refused, brushed off or ignored',
    terms: [
      'say no, said no, a no, refuse, refusal, reject, rejection, rejected, turn down, decline, brush off',
      'brush-off, knock back, fob off, shut down, dismiss, dismissive, snub, rebuff, send away, turn away',
      'tell me where to go, get lost, leave on read, leave me on read, ghost, ignore, not reply, no reply',
      'not answer, excuse, make an excuse, some excuse, too busy, so busy, not be bothered, not interested',
      'laugh in my face, laugh at me, slam, hang up on, bite my head off, bite head off, shoot down',
      'turn me down, face go blank, face fall, face drop, blank look, blank me, look at me like, tell me to',
      'figure it out, come up with a reason, a reason why, no time for, not have time, why i can not',
      'why he can not, silence, read it and leave, leave it on read, tight smile, change the subject',
      'snooty, dismissive wave, what now, laughed out of, laugh out of, too much trouble, not want me',
      'slam the door, shut the door, give me a look, make me feel thick, fully booked, say she be busy',
      'say he be busy, really very busy, not this time, going cold, go cold',
    ],
  },
  {
    id: 'annoyance',
    gloss: 'the helper being annoyed or put out',
    terms: [
      'annoy*, irritat*, sigh, sighing, roll eye, roll her eye, roll his eye, eye roll, eyeroll, tut, huff',
      'short with, snap, snappy, put out, fed up, exasperat*, impose, imposing, imposition, inconvenien*',
      'a pain, pest, nuisance, pester, nag, intrude, intrusion, grumble, resent*, grudg*, face like thunder',
      'unimpressed, disappointed in me, pull a face, irritated, irritating, put upon, roll his eyes',
      'roll her eyes, rolling her eyes, tutting, huffy, a sigh, big sigh, grumpy, short with me',
      'cross with me, fed up with me, sick of me, another question from me, again??',
    ],
  },
  {
    id: 'needy',
    gloss: 'being seen as needy or taking advantage',
    terms: [
      'needy, cheeky, take advantage, taking advantage, scrounge*, bludge*, sponge*, pushy, demanding, clingy',
      'take the piss, too much, a lot to ask, cheek, entitled, freeload*, mooch*, beg, begging, a user',
    ],
  },
  {
    id: 'shame-feeling',
    gloss: 'shame and humiliation',
    terms: [
      'ashamed, shame, shameful, humiliat*, mortif*, embarrass*, degrading, degrad*, disgrace*, pathetic',
      'cringe, feel small, want to disappear, sink into the floor, felt small, swallow me, want the floor',
      'floor to swallow, so pathetic, felt pathetic, feel pathetic, confessing',
    ],
  },
  {
    id: 'self-flaw',
    gloss: 'something wrong with me',
    terms: [
      'failure, a failure, let down, letdown, worthless, good for nothing, broken, wrong with me',
      'something wrong, a mess, a wreck, not good enough, inadequate, stupid, idiot, moron, loser, hopeless',
      'bad mother, bad father, bad parent, bad person, bad mum, bad dad, less of a, what kind of',
      'pathetic excuse, defective, flawed, not normal, like a normal, unworthy, useless, incapable',
      'disappointment, pitiful, not cut out, hate myself, disgusted with myself, a fool, not a real, rotten',
      'faulty, crack, leech, disgrace, broken toy, broken thing, broken one, weight round, i be not enough',
      'not enough, failed at being, failed as a, what be wrong with me, whats wrong with me, wrong w me',
      'mess of a person, the disaster, sort of person, what kind of person, terrible mum, terrible mother',
      'a let down, let-down, useless person, a useless, pathetic',
    ],
  },
  {
    id: 'feel-like',
    gloss: 'how it makes me feel about myself',
    terms: [
      'feel like, felt like, feel as if, felt as if, make me feel, made me feel, left me feeling, feel so',
      'felt so, feel such, felt such, i be such, as if i, as though i, like i be, i feel, i felt, feel',
    ],
  },
  {
    id: 'burden',
    gloss: 'being a burden',
    terms: [
      'burden, a drain, a weight on, dead weight, a charity case, a liability, a load, drag on, encumbrance',
    ],
  },
  {
    id: 'fraud',
    gloss: 'being a fraud about to be found out',
    terms: [
      'fraud, imposter, impostor, fake, faking, pretend, pretending, wing it, winging it, blag, blagged',
      'bluff, bluffing, find out, found out, find me out, caught out, rumble, rumbled, see through me',
      'see right through, lucky hire, got lucky, by luck, slip through, slipped through, not belong',
      'do not belong, not deserve, undeserving, make a mistake hire, mistake in hiring',
      'hire the wrong person, out of my league, not who they think, not who they thought, not as smart as',
      'not as good as, not as clever as, they will realise, quota, no idea what i be do',
      'not know what i be do, should not be here, unmask, cotton on, blow my cover, a sham, waved through',
      'token hire, token, only got in, got in because, got in bc, not a real, how thin, was a mistake',
      'appointment be a mistake, not what i pretend, the expert be a fake, a fake, pretending to be',
      "bluffing for, blag my way, fluke and, don't belong, dont belong, not deserve to be, not deserve my",
      "give it away, the jig be up, they'd twig, they will twig, not who they hired, not the lawyer",
      'not at that level, not actually know what, not really know what',
    ],
  },
  {
    id: 'discover',
    gloss: 'others discovering the truth',
    terms: [
      'realise, realize, find out, discover, twig, expose, reveal, see that, work out, cotton on, catch on',
      'the truth, suspect, notice, figure out, learn that, know that, see it, see i, see how little',
    ],
  },
  {
    id: 'status',
    gloss: 'an achievement or position',
    terms: [
      'promotion, promoted, award, degree, first, phd, post, position, role, title, contract, hired, the job',
      'scholarship, my place, qualification, fellowship, got in, get in, accept, accepted, associate, lecturer',
      'expert, bright, top, the best, high flyer, new hire, new associate, new job, grad, graduate',
    ],
  },
  {
    id: 'flawless',
    gloss: 'it must be flawless',
    terms: [
      'perfect, perfectly, perfection, perfectionist, flawless, flawlessly, polished, immaculate, spotless',
      'just right, exactly right, look right, done right, do it right, properly, to a t, just so, 100%',
      '100 %, nothing less, high standard, my standard, own standard, good enough, sloppy, half done',
      'half-done, not ready, all or nothing, or not at all, without mistake, obsess*, nitpick*',
      'has to be right, have to be right, be the best one, the best one there, messy bits, rough version',
      'rough draft, with errors, if it be not right, if its not right, not perfect, perfect first',
      'sorted perfectly, or it be a fail, or i have failed, without a single mistake, without mistakes',
      'no mistakes, every detail, every frame, every reference, sound polished, a dirty plate',
      'an embarrassment, not good enough, my own standard',
    ],
  },
  {
    id: 'redo',
    gloss: 'redoing it until it is right',
    terms: [
      'redo, redid, re do, do it again, start over, start again, from scratch, rewrite, rework, redone',
      'over and over, again and again, redoing, re-doing, re-did, three times because, four times because',
      'do it all again, do it over',
    ],
  },
  {
    id: 'mine',
    gloss: 'it must be all mine',
    terms: [
      'not really mine, be not mine, really mine, all mine, done by me, my own work, my own standard',
      'not mine, not my film, not my own, be me who, has to be me, have to be me',
    ],
  },
];
