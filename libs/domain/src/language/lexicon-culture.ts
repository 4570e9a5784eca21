import { type Concept } from './concepts';

/**
 * Concepts of the "what the world taught you" group: the self-made myth, looking capable at work, everyone else
 * seeming fine. Written from the barrier definitions and everyday English, not from any one text. Phrases are
 * lemmas (see concepts.ts).
 */
export const CULTURE_CONCEPTS: readonly Concept[] = [
  {
    id: 'self-made',
    gloss: 'the admired person who made it alone',
    terms: [
      'never borrowed, never asked, built a firm, left school at, from the ground up, no advisors',
      'no intros, no investors, did it solo, does this solo, self-funded, bootstrapped',
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
      'schoolboy, schoolgirl, like a schoolboy, small girl, little girl, wean, short troosers',
      'holding out my hand, hold my hand out, hold your hand out, like one of the children',
      'kid on work experience, homework, do my homework, someone sitting next to me',
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
      'at fifty, at fifty-four, at my age, grown person, big enough, a grown-up, adults just do',
      'normal adult, a normal adult, competent adult, proper grown up',
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
      'next contract, not called, trial, trialists, not get the job, awards round, awards panel',
      "my file, on ma file, on my record, guarding one's record, record, mid-year review, sprint review",
      'clinical excellence, interview is next month, band 6, inspector job, supervisor job, pegged',
      'pegged as, written on my file',
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
      'needs support, need support, weak hand, lost my bottle, lost ma bottle, cannot size',
      'can not even, the one she remembers as slow, remembers as slow, slow, the ceo who can not',
      'not cut it, cutting it, not up to it, can not hack it, be pegged',
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
      'every other driver, every other student, every other parent, every founder',
      'everyone i graduated with, other riders, the other cellists, the mammies, every mum at',
      'all the other, the other students, other people my age, the rest of the section',
      'every other woman, everyone else there',
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
      'seem to have learned, in a weekend, first go, get it first go, inside out, know everything',
      'just know everything, does this solo, without ever needing, never needing',
      'never says they be struggling, not one of them, doing fine, looks like they were born, born pro',
      'easy, so easy',
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
];
