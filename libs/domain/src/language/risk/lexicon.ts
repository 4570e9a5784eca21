import { SIGN_LEXICONS } from './lexicon-signs';
import { type Lexicons } from './pattern';

/**
 * Concept lexicons: sets of lemmas (and a few written forms wink does not lemmatise). Rules are written over these
 * concepts, so "ending", "ended" and "end" are one word, and a new phrasing of a known concept needs no new rule.
 */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

export const LEXICONS: Lexicons = {
  // Persons
  SELF_OBJ: set('myself meself myslef mysef me'),
  REFLEXIVE: set('myself meself myslef mysef'),
  MY: set('my'),
  ME: set('me'),
  I: set('i'),
  THIRD: set(
    'he she they him her them his hers their theirs himself herself themselves themself it everyone someone ' +
      'everybody somebody people anyone anybody',
  ),
  // Negation
  NEG: set('not never no nobody nothing none neither nor cannot zero'),
  // Wanting, thinking, planning, trying
  WANT: set('want wish hope pray long crave desire prefer tempt tempted ready need like'),
  WISH: set('wish hope pray'),
  /** Wanting, as written in the present ("I wanted to disappear" is mostly a moment of shame). */
  WANT_NOW: set('want wanna wish wishing wanting hope hoping pray praying need'),
  CRASH_INTO: set('wall tree bridge lorry truck traffic cliff river barrier road'),
  THINK: set(
    'think thought consider contemplate imagine picture fantasise fantasize fantasy dream obsess idea urge ' +
      'wonder ruminate visualise visualize daydream intrusive mind head plan thoughts',
  ),
  KEEP: set('keep start begin continue still'),
  PLAN: set('plan decide intend arrange prepare schedule'),
  TRY: set('try attempt'),
  // Death and dying
  DIE: set('die dead death'),
  KILL: set(
    'kill murder unalive off top end finish delete erase hang drown shoot poison suffocate gas electrocute strangle stab smother',
  ),
  METHOD_KILL: set('hang drown shoot poison suffocate gas electrocute strangle stab smother'),
  SUICIDE: set('suicide suicidal'),
  LIFE: set('life'),
  ENDING_OBJ: set('it things everything'),
  // Self-harm
  SH_VERB: set(
    'cut slice slash burn scratch scrape carve hit punch bang bash bite stab hurt harm self-harm injure ' +
      'bruise starve headbutt gouge scald whip',
  ),
  CUT: set('cut slice slash carve scratch burn scrape'),
  BODY_SH: set(
    'arm arms forearm forearms wrist wrists thigh thighs leg legs skin stomach hip hips chest belly ankle ankles ' +
      'shoulder shoulders body wrist stomach',
  ),
  BODY_OTHER: set(
    'hand hands finger fingers thumb knee knees foot feet toe tongue face lip head nail hair knuckle',
  ),
  SH_TOOL: set('blade razor knife scissors lighter cigarette compass glass sharpener needle pin'),
  SH_MARK: set('cut scar wound burn gash'),
  // Means
  PILL: set(
    'pill tablet medication painkiller paracetamol tylenol ibuprofen antidepressant sertraline citalopram ' +
      'fluoxetine codeine tramadol insulin lithium sleeping aspirin co-codamol benzos benzo diazepam opioid ' +
      'medicine medicines meds ' +
      'oxycodone',
  ),
  MEANS: set(
    'rope noose ligature gun firearm rifle shotgun bullet blade razor charcoal helium hose exhaust bleach poison ' +
      'pill tablet medication painkiller paracetamol',
  ),
  HEIGHT: set(
    'bridge building roof rooftop cliff cliffs balcony ledge tower window platform viaduct overpass flyover ' +
      'car-park multistorey multi-storey floor top railing railings edge parapet carpark storey high place',
  ),
  VEHICLE: set('train bus car lorry truck traffic tube tram van oncoming'),
  WATER: set('sea river lake ocean water canal reservoir'),
  JUMP: set('jump leap throw fling hurl step walk drive crash swerve lean'),
  /** Method words that, thought about by the writer, are thoughts of a method ("the thought is the train"). */
  METHOD_THOUGHT: set(
    'jump jumping leap swerve swerving crash crashing overdose overdosing od hang hanging drown drowning rope ' +
      'noose pill pills tablets railing ledge platform train tracks traffic bridge cliff cliffs gun blade razor',
  ),
  /** Finality: "for good", "permanently", "forever", "never … again". */
  FOREVER: set('permanently forever good ever'),
  QUANTITY: set(
    'all every whole handful bunch load lot loads packet box bottle stash rest pile lots boxes packets pack ' +
      'packs strip strips dozen twenty thirty forty fifty hundred enough everything',
  ),
  // Preparation
  RESEARCH: set(
    'research google look search read check find investigate study browse wonder calculate work figure',
  ),
  COLLECT: set('save collect stockpile hoard stash gather squirrel hide stock accumulate build'),
  GOODBYE: set('goodbye farewell suicide final goodbyes'),
  NOTE: set('note letter message video email text'),
  BELONGINGS: set(
    'thing stuff belonging belongings possession possessions everything switch console guitar hoodie jewellery ' +
      'jewelry collection plants',
  ),
  // Time words that upgrade a statement to intent ("tonight", "this weekend")
  SOON: set('tonight today tomorrow soon weekend friday saturday sunday monday tuesday wednesday thursday'),
  // Modals, consequences, evaluations
  MODAL: set('would will could might should can'),
  BETTER: set(
    'better happier happy easier relieved relieve lighter calmer safer freer free fine okay ok alright celebrate ' +
      'improve kinder cope relax rest breathe',
  ),
  NOTICE: set(
    'notice care miss mind cry grieve bother remember matter shit damn difference sad upset realise realize',
  ),
  POINT: set('point reason use sense purpose meaning'),
  LIFE_BAD: set(
    'worthless pointless meaningless hopeless empty unbearable punishment torture hell prison burden',
  ),
  LIVING_ON: set('keep live living feel feeling suffer exist continue go carry wake face spend stay'),
  NOT_HERE_AFTER: set('at in for with tonight today when on this later tomorrow to'),
  /** Where and with what a life could be ended: the context that makes "meaning to do it" a risk. */
  METHOD_ANY: set(
    'bridge building roof rooftop cliff cliffs balcony ledge tower railing platform tracks railway train ' +
      'river sea lake pill pills tablet tablets medication overdose rope noose ligature gun blade razor garage ' +
      'exhaust suicide kill die dead motorway multi-storey car-park',
  ),
  METHOD_PLACE: set(
    'bridge building roof rooftop cliff cliffs balcony ledge tower railing platform tracks railway train river ' +
      'sea lake forest woods motorway multi-storey car-park garage viaduct pier',
  ),
  EDGE: set('railing railings ledge edge parapet barrier side rail balustrade'),
  ENOUGH_CHECK: set('enough survive kill fatal die lethal highest nearby near local round dangerous deadly'),
  FUTURE_TIME: set('by next soon longer month week year christmas birthday summer weekend tomorrow'),
  DEATH_CONTEXT: set('funeral died death grave heaven passed buried gone dead widow widowed'),
  LOVED_ONE: set(
    'husband wife partner mum mother dad father son daughter brother sister nan gran grandma grandad',
  ),
  SH_CONTEXT: set(
    'arm arms leg legs wrist wrists thigh thighs cut cuts blade blades sh clean relapse scar scars',
  ),
  MEANS_ALL: set(
    'razor razors blade blades knife knives pill pills tablet tablets medication meds rope lighter scissors gun',
  ),
  ARRANGE: set('dog cat kids children will password passwords vet bank letters letter note sort look care'),
  PLANE: set('plane flight flying fly'),
  NOT_MEANS: set('ladder swing bag light lights burn bridge toy sling pipe reel'),
  RESTFUL: set('restful peaceful nice good appealing better easier tempting quiet'),
  TRIVIAL: set(
    'match football rugby cricket game referee league score penalty printer wifi laptop karaoke queue traffic ' +
      'team lost',
  ),
  HOSPITAL: set('a&e hospital ward icu er ambulance resus'),
  GIVE: set('give gave given giving'),
  BELONGINGS_OR_WILL: set(
    'will quilt truck car ring watch guitar record records jewellery house money sign signed',
  ),
  NOTE_OR_GIFT: set('note letter letters write wrote written screenshot photo photos pic pics give gave'),
  HELP_SEEKING: set('ask asking asked help favour favor request'),
  // Contexts
  MEDIA: set(
    'song lyric lyrics film movie show series episode book novel story poem documentary article news podcast ' +
      'character play chapter headline tweet video meme game album band singer actor author drama soap ' +
      'programme program novelist',
  ),
  /** The writer's work with others' risk: training, caseloads, research, prevention (not "my GP"). */
  PROFESSIONAL: set(
    'training course module awareness prevention policy assessment assessments research dissertation thesis ' +
      'clients patients pupils students caseload placement charity volunteer helpline hotline samaritans ' +
      'listener rates statistics stats call-outs callout shift ward safeguarding workshop webinar lecture ' +
      'conference fundraiser campaign teach',
  ),
  /** Work with others' risk beyond doubt, which vetoes even a statement that does not name the writer. */
  PROFESSIONAL_STRONG: set(
    'caseload clients patients pupils placement helpline hotline samaritans caller callers call-outs callout ' +
      'safeguarding dissertation thesis admissions inquest inquests coroner',
  ),
  WORKPLACE: set(
    'hospital a&e hospice pharmacy prison clinic ward surgery ambulance police school college university ' +
      'icu ed emergency care',
  ),
  PROFESSION: set(
    'nurse paramedic pharmacist doctor psychiatrist psychologist therapist counsellor counselor teacher ' +
      'worker officer volunteer medic researcher pathologist gp receptionist handler coroner surgeon midwife ' +
      'carer chaplain dispatcher firefighter lifeguard pharmacologist toxicologist',
  ),
  ACCIDENT: set(
    'accidentally accident mistake chopping cooking oven tray pan kettle stove hob shaving gym lifting slipped ' +
      'tripped fell bramble thorn tin dentist bike football rugby climbing hiking skiing eczema itchy rash ' +
      'mosquito allergy marathon running shoes boots',
  ),
  PERSON: set(
    'friend brother sister mum mom mother dad father son daughter child kid colleague partner boyfriend ' +
      'girlfriend husband wife man woman boy girl guy lad cousin uncle aunt auntie nan gran grandma grandad ' +
      'grandfather grandmother neighbour neighbor flatmate roommate housemate character hero heroine patient ' +
      'client pupil student person people teen teenager mate ex parent parents family nephew niece classmate ' +
      'boss manager coworker teacher singer actor author narrator protagonist villain doctor nurse stranger ' +
      'baby toddler fiancé fiance fiancee granddaughter grandson grandchild grandchildren stepson stepdaughter ' +
      'stepmum stepdad sibling twin godson goddaughter detective victim caller officer police cop killer ' +
      'murderer soldier king queen prince princess lover lovers',
  ),
  DELIBERATE: set('purpose deliberately intentionally deliberate intentional'),
  DELIBERATE_OR_AGAIN: set('purpose deliberately intentionally deliberate intentional again'),
  SUBSTANCE: set(
    'drink drinking alcohol booze smoking smoke cigarette cigarettes vape vaping drug drugs weed gambling bet ' +
      'diet sugar chocolate binge porn coke cocaine heroin sober sobriety depression anxiety cancer illness ' +
      'symptom symptoms flu migraine injury ocd psychosis mania',
  ),
  RELOCATE: set(
    'move moving moved relocate relocating emigrate emigrating travel travelling traveling trip holiday ' +
      'vacation flight leave leaving job contract visa abroad away retire retiring course term semester visit ' +
      'visiting staying trip conference',
  ),
  DOSING: set(
    'prescribe prescribed prescription course doctor gp pharmacist pharmacy directed daily day headache food ' +
      'supposed meant should dose dosage label leaflet safe vitamin vitamins supplement supplements appointment',
  ),
  HUNTING: set('hunting hunt range club clay shooting pigeon deer licence license'),
  RISKWORD: set(
    'suicide suicidal die dead death kill pill tablet overdose rope noose bridge jump life end goodbye note',
  ),
  WAKE_CTX: set(
    'wish hope hoping pray praying want rather mind sleep asleep forever again tomorrow bed peace ever never',
  ),
  WORK: set(
    'job work workload boss office manager shift hours commute course uni degree essay project deadline ' +
      'meeting meetings homework exam exams revision assignment rota team colleague colleagues client clients',
  ),
  NOT_WOUND: set(
    'surgery operation c-section caesarean appendix stitches nhs budget funding council government spending ' +
      'jobs staff hair fringe grass flower flowers meat',
  ),
  PARTICLE: set(
    'in out off back down through across up into on at from with for to over short loose free open and',
  ),
  TIME_WORD: set('yesterday today tonight again twice once before recently lately last this'),
  NOT_SAD: set('sad mind care relief relieved fine good happy bother upset cry'),
  CARE: set(
    'son daughter child children kid kids baby toddler dog cat mum mom dad mother father patient patients ' +
      'doctor gp pharmacist pharmacy chemist headache safe right correct recommended normal calpol ' +
      'label leaflet side effects',
  ),
  LETHAL: set('enough survive kill fatal die lethal dangerous deadly liver damage toxic overdose'),
  ORDINARY_USE: set(
    'tent camping climbing boat dog garden washing swing work shaving bbq barbecue hunting gym skipping ' +
      'sailing horse fishing',
  ),
  EMBARRASS: set(
    'embarrassment embarrassed embarrassing mortified cringe cringey awkward humiliated shame ashamed',
  ),
  LAUGH: set('lol lmao haha hahaha lmfao rofl jk omg ugh 😂 🤣 💀'),
  ...SIGN_LEXICONS,
};
