/**
 * Concept lexicons for the warning signs and indirect phrasings of rules-signs.ts and rules-talk.ts (merged into
 * LEXICONS in lexicon.ts): the contexts that make an ordinary act a sign (paying off debts "so nobody gets
 * stuck with them after"), the agents of a passive wish ("hope the lightning finds me"), lacking a reason.
 */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

export const SIGN_LEXICONS: Readonly<Record<string, ReadonlySet<string>>> = {
  GOD: set('god lord jesus allah heaven'),
  /** Around settling affairs: a reason that points past one's death. */
  AFTER_CTX: set('after gone letter note goodbye easier final anymore lumbered stuck dead die'),
  /** Around an act: the aftermath of an attempt, or its means. */
  ATTEMPT_CTX: set(
    'hospital a&e ward drip ambulance 999 paramedic survived survive overdose pumped knot rope noose note ' +
      'panicked',
  ),
  POISON: set('bleach antifreeze pesticide paraquat sniper weedkiller poison insecticide'),
  LETHAL_AGENT: set(
    'lightning bus car train truck lorry cancer illness plane bomb bullet virus tumour tumor meteor asteroid',
  ),
  DEATH_NEWS: set('crash accident died death killed dead funeral cancer'),
  SELF_ANY: set('i me my myself'),
  WISH_MIND: set('wish hope pray mind care rather tempted welcome'),
  LACK: set('no not never nothing struggle struggling hard lose lost losing run ran any cannot without'),
  EDGE_CTX: set('edge top flats drop fall jump ledge railing railings bridge height'),
  ENOUGH_MEANS: set('pill tablet box packet bottle strip dose high height fall drop deep medication'),
  /** Why an ordinary person writes a will. */
  WILL_ORDINARY: set(
    'solicitor lawyer baby born pregnant married marriage wedding mortgage estate sensible advised inheritance',
  ),
  /** Said to be meant, against a laugh: "for real", "fr", "not joking". */
  EARNEST: set('fr real seriously srsly deadass genuinely joking kidding'),
  /** Someone's suicide, the context in which "thinking about doing the same" is the writer's. */
  SUICIDE_CTX: set('suicide suicidal overdose overdosed hanged himself herself themselves themself'),
  GIVEN: set('give gave given giving rehome rehomed dog cat pet'),
  PUNISH_CTX: set('deserve punish punished punishment disgusting'),
  EVENT: set(
    'concert party gig wedding date match game show holiday trip festival premiere launch interview exam',
  ),
  BODY_IMAGE: set('tan pale flabby fat chubby hairy weight gym toned skinny wobbly tattoo tattoos'),
  READY: set('ready goodbye goodbyes gone end time'),
  PLACE_OR_WATER: set(
    'bridge building roof cliff ledge railing platform tracks railway train river sea lake canal water ' +
      'reservoir edge motorway quarry',
  ),
  GLAD: set('great amazing proud celebrate celebrating happy thrilled excited'),
  /** Why someone checks a height that is not a risk: a vehicle's clearance. */
  CLEARANCE: set('caravan van lorry truck clearance metres meters trailer motorhome'),
  SUN: set('sunscreen suncream sunburn sunburnt sunblock'),
  CHILDPROOF: set('toddler baby babies kid kids child children childproof nephew niece'),
  PET: set('dog cat pet rabbit hamster dogs cats pets budgie'),
  HIDING_PLACE: set('drawer wardrobe almirah pillow mattress glovebox bedside cupboard'),
};
