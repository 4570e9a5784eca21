import { type BarrierId } from '../taxonomy/ids';

/**
 * Round 4: broad frames, one small set per barrier, written from each barrier's DEFINITION (taxonomy.ts and the
 * source chapter), not from fixture sentences. A frame is either a stem family that any paraphrase of the barrier
 * has to use ("owe", "pay back", "in their debt" for social-debt) or a co-occurrence: a fear/expectation word
 * within a few words of a barrier-specific object ("scared ... turn me down", "everyone ... notice").
 *
 * They sit next to the older sentence-level cues (barrier-patterns.ts) and are scored the same way: a frame of
 * weight ≥ 0.5 suggests on its own, a lighter frame only boosts. Negation is applied at the frame's first word,
 * so a frame should start at the content word a negator would govern ("ashamed", not "I'm ... ashamed").
 *
 * Regex rules as in barrier-patterns.ts: bounded gaps of [a-z'] words only, no nested unbounded quantifiers.
 */
export interface Frame {
  readonly re: RegExp;
  readonly weight: number;
  readonly context?: RegExp;
}

const r = String.raw;
const f = (weight: number, source: string, context?: RegExp): Frame =>
  context ? { re: new RegExp(source, 'gi'), weight, context } : { re: new RegExp(source, 'gi'), weight };
/** Up to n words in between (same clause: punctuation stops the gap). */
const gap = (n: number): string => r`(?:\s+[a-z']+){0,${n}}?`;
/** Up to n words that are not themselves negators ("I'm not a failure" must not match past the "not"). */
const gapNoNeg = (n: number): string => r`(?:\s+(?!(?:not|never|no)\b)[a-z']+){0,${n}}?`;
/** Up to n words, commas allowed ("we're men, we just get on with it"). */
const gapComma = (n: number): string => r`(?:[,;]?\s+[a-z']+){0,${n}}?`;
/** a, then up to n words, then b. */
const near = (a: string, b: string, n: number, g = gap): string => r`\b(?:${a})${g(n)}[,;]?\s+(?:${b})\b`;
/** A modal on the previous word: she'd, they'll, would, will, might, could, is going to. */
const MOD = r`(?:'d|'ll|\s+(?:would|will|might|could|may|gonna|(?:is|are|was|were)\s+going\s+to))`;
/** Someone else as the subject of a modal ("she'll", "my boss would"); "I'd say no" is the writer refusing. */
const OTHER_MOD = r`\b(?:she|he|they|people|someone|somebody|anyone|nobody|no\s+one|the\s+[a-z]+|my\s+(?:[a-z]+\s+)?[a-z]+|his|her)${MOD}`;
/** Up to two softeners: "she'll probably just say no". */
const ADV = r`(?:\s+(?:just|probably|only|definitely|simply|surely|obviously|immediately|all|still|totally|really|even|already)){0,2}`;
const MYSELF = r`(?:myself|on\s+my\s+own|by\s+myself|alone|solo|under\s+my\s+own\s+steam|off\s+my\s+own\s+bat|single-?\s?handed(?:ly)?|without\s+(?:any\s+)?(?:help|anyone|anybody|asking|involving\s+(?:anyone|anybody)))`;
/** Fear, worry and firm expectation: the frame of an anticipated outcome. */
const FEAR = r`afraid|scared|terrified|frightened|petrified|worried|worry|worries|worrying|fear|feared|fearing|dread|dreaded|dreading|nervous|anxious|sure|convinced|certain|bet|expect|expected|expecting|knew|imagine|imagined|imagining|picture|pictured|picturing|kept\s+thinking|what\s+if|in\s+case`;
/** Other people, as a group. */
const CROWD = r`(?:everyone|everybody)(?:\s+(?:at|in|on)\s+(?:the\s+|my\s+)?[a-z]+)?|people|the\s+(?:whole|entire)\s+[a-z]+|the\s+(?:other|rest\s+of\s+the)\s+[a-z]+|all\s+(?:the\s+)?(?:other\s+)?(?:people|parents|mums|dads|colleagues|staff|students|neighbours|neighbors|customers|kids|others|of\s+them)|the\s+(?:office|class|room|street|queue|team|school|village|ward|waiting\s+room|neighbours|neighbors)`;
const WORK =
  /\b(?:work|job|boss|manager|colleagues?|office|team|supervisor|promotion|review|appraisal|client|shift|hr|employer|career|role|meeting|deadline|project|line\s+manager|probation)\b/i;

export const BARRIER_FRAMES: Readonly<Record<BarrierId, readonly Frame[]>> = {
  // A built-in pull to handle things yourself, even when someone nearby could make it easier.
  'independence-bias': [
    // accepting help is the hard part: "never been good at letting people do things for me"
    f(
      0.7,
      r`\b(?:never\s+been|not|i'm\s+not|never)\s+(?:very\s+)?(?:good|great)\s+at\s+(?:letting|accepting|asking|taking)\b|\b(?:letting|let)\s+(?:people|anyone|others|someone|somebody|them)\s+(?:do\s+(?:things|it|stuff)|help|take\s+over)\s+for\s+me\b`,
    ),
    // turning down an offer of help
    f(
      0.7,
      r`\boffered\b${gap(8)}\s+(?:and\s+)?i\s+(?:said|told\s+(?:him|her|them))\s+(?:i'm\s+fine|i've\s+got\s+it|i'm\s+ok(?:ay)?|no\s+(?:thanks|need)|not\s+to\s+(?:bother|worry)|i'd\s+(?:manage|be\s+fine))`,
    ),
    f(0.7, near(r`prefer|preferred|prefers|rather|sooner|happier|easier|quicker|simpler`, MYSELF, 7)),
    f(
      0.7,
      r`\bi\s+(?:really\s+)?(?:like|liked|love|loved|enjoy|enjoyed)\s+(?:to\s+)?[a-z]+ing?${gap(4)}\s+${MYSELF}\b`,
    ),
    f(
      0.45,
      r`(?<!\b(?:tell|told|telling|tells)\s+me\s+to\s)\b(?:do|did|doing|done|handle|handled|handling|sort|sorted|sorting|fix|fixed|fixing|figure|figured|manage|managed|carry|carried|deal\s+with|dealt\s+with|work)\s+(?:it|this|that|things|everything|stuff|them)(?:\s+out)?\s+(?:all\s+)?(?:myself|on\s+my\s+own|by\s+myself|alone|solo)\b`,
    ),
    f(0.45, r`\b(?:go|going|went|gone)\s+it\s+alone\b|\blone\s+wolf\b|\bmy\s+own\s+way\b`),
    f(
      0.65,
      r`\bi\s+(?:don't|do\s+not|dont|never)\s+(?:really\s+)?need\s+(?:anyone|anybody|other\s+people|help|anyone's\s+help|people)\b`,
    ),
    f(
      0.45,
      r`\b(?:hate|hated|hates|dislike|can't\s+stand|don't\s+like|didn't\s+like)\s+(?:asking|having\s+to\s+ask|involving|relying|depending|waiting\s+(?:on|for)|bothering|needing)\b`,
    ),
    f(
      0.4,
      r`\b(?:rather|instead)\s+(?:than|of)\s+(?:ask|asking|call|calling|phone|phoning|ring|ringing|involve|involving|bother|bothering|text|texting|wait|waiting)\b`,
    ),
  ],

  // Your body reacts to asking as if it were danger: racing heart, tight chest, freezing, a rush of panic.
  'threat-response': [
    f(
      0.75,
      r`\bstomach\s+(?:was\s+|is\s+)?(?:doing\s+)?(?:somersaults|flips|backflips|cartwheels|turning\s+over)\b|\b(?:cheeks|face|ears|neck)\s+(?:were\s+|was\s+|went\s+|go\s+|are\s+)?(?:burning|on\s+fire|flaming|scarlet|bright\s+red|hot)\b`,
    ),
    f(
      0.85,
      r`\bheart(?:\s+[a-z']+){0,3}?\s+(?:pounding|pounded|pounds|racing|raced|races|thumping|thumped|hammering|hammered|banging|going\s+(?:mad|crazy|wild|like)|skipped|skipping|leapt|lurched|sank|in\s+my\s+(?:throat|mouth|ears))\b`,
    ),
    f(
      0.8,
      r`\b(?:hands|hand|legs|knees|voice|body|lip|jaw|i)\s+(?:was\s+|were\s+|started\s+|kept\s+|went\s+|go\s+|all\s+)?(?:shaking|shook|trembling|trembled|shaky|wobbly|jelly|like\s+jelly|sweaty|sweating|clammy|numb|cracking|cracked|wobbled)\b`,
    ),
    f(
      0.75,
      r`\b(?:sweaty|clammy)\s+(?:palms|hands)|\bpalms\s+(?:were\s+|are\s+|went\s+|get\s+)?(?:sweating|sweaty|clammy|wet)|\bcold\s+sweat\b|\bbreak(?:ing)?\s+(?:out\s+)?in(?:to)?\s+a\s+sweat\b|\bbroke\s+(?:out\s+)?in(?:to)?\s+a\s+sweat\b`,
    ),
    f(
      0.75,
      r`\b(?:knot|knots|pit|butterflies)\s+in\s+my\s+(?:stomach|belly|gut)|\bstomach\s+(?:churn|churned|churning|dropped|lurched|flipped|turned|clenched|in\s+knots)|\b(?:chest|throat)\s+(?:went\s+|got\s+|was\s+|felt\s+)?(?:tight|tightened|tightening|closed\s+up|closing)\b`,
    ),
    f(
      0.75,
      r`\b(?:couldn't|could\s+not|can't|cannot)\s+(?:catch\s+my\s+)?breath(?:e)?\b|\b(?:short\s+of|out\s+of|holding\s+my)\s+breath\b|\bbreathing\s+(?:fast|faster|went|shallow|quick)\b`,
    ),
    f(
      0.75,
      r`\bpanic(?:ked|king|ky|s)?\b|\b(?:froze|frozen)\s+(?:up|solid|completely|on\s+the\s+spot|in\s+place)|\bi\s+(?:just\s+)?froze\b(?!\s+(?:the|some|a|an|my|it|them|his|her|our|leftovers|food))|\bmind\s+(?:went|goes|going)\s+(?:completely\s+)?blank\b|\bwent\s+(?:completely\s+)?blank\b`,
    ),
    f(
      0.75,
      r`\bstomach\s+(?:knots|knotted|tightens|tightened|tenses|clenches|drops|sinks|sank|turns|flips|heaves)\b|\bstart(?:s|ed|ing)?\s+to\s+(?:sweat|shake|tremble|panic|hyperventilate)\b|\bchest\s+(?:tighten|tightens|tightened|tightening|hurts|pounding)\b|\b(?:whole\s+)?body\s+(?:goes|went|gets|got|is|was|going)\s+(?:all\s+|completely\s+|really\s+)?(?:tense|stiff|rigid|cold|numb|hot)\b|\bscared\s+stiff\b`,
    ),
    f(
      0.65,
      r`\b(?:dizzy|light-?headed|faint|nauseous|nausea|physically\s+sick|wanted\s+to\s+(?:be\s+sick|throw\s+up|run|bolt|cry)|adrenaline|fight\s+or\s+flight|shaking|trembling|terrified|petrified|sheer\s+terror|full\s+of\s+dread|wave\s+of\s+(?:panic|dread|fear)|flushed|blushing|face\s+(?:burning|went\s+(?:hot|red)))\b`,
    ),
  ],

  // A running tally of what you owe people, with a worry that you will never pay a favour back.
  'social-debt': [
    f(
      0.65,
      r`\b(?:(?:nothing|anything|little|something)\s+to\s+(?:give|offer)\s+(?:back|in\s+return))\b|\bkeep\s+(?:taking|asking)\s+(?:from|of)\s+(?:her|him|them|people|my\s+[a-z]+)\b`,
    ),
    f(
      0.75,
      r`\bow(?:e|es|ed|ing)\s+(?:him|her|them|you|people|anyone|anybody|everyone|somebody|someone|my\s+[a-z]+|[a-z]+\s+(?:one|big|so\s+much|too\s+much|a\s+favou?r)|one|so\s+much|too\s+much|everything|a\s+(?:favou?r|lot|debt))\b`,
    ),
    f(
      0.75,
      r`\b(?:pay|paid|paying|repay|repaid|repaying)\s+(?!(?:the|a|it|that|this|loan|money|debt|mortgage|overdraft|card|bank)\b)(?:[a-z']+\s+){0,2}?back\b|\brepay\w*\b(?!\s+(?:the|a|my|this|that|it)\s+(?:loan|debt|mortgage|money|overdraft|card|bank|balance)\b)|\breturn(?:ing|ed)?\s+the\s+favou?r\b|\bmake\s+it\s+up\s+to\s+(?:him|her|them|you)\b`,
    ),
    f(
      0.8,
      r`\bin\s+(?:his|her|their|your|someone's|somebody's|anyone's|[a-z]+'s)\s+debt\b|\bindebted\b|\bin\s+debt\s+to\b|\bkeep(?:s|ing)?\s+(?:score|count|a\s+tally|tally|tabs|track\s+of\s+(?:who|what|every|favou?rs))\b|\b(?:tally|ledger|scorecard|balance\s+sheet)\b`,
    ),
    f(
      0.6,
      r`\b(?:another|one\s+more|too\s+many|so\s+many|enough)\s+favou?rs?\b|\bfavou?rs?\s+(?:i\s+)?(?:owe|owed|back|in\s+return)\b|\b(?:(?:can't|cannot|couldn't|can\s+never|could\s+never|never|nothing\s+to|not\s+able\s+to)\s+)?(?:give|offer|do)\s+(?:anything|something|nothing|much|it)\s+(?:back|in\s+return)\b|\b(?:account|tally|ledger|record|tab|scoreboard|list)\s+of\s+(?:who|what|every|all)\b|\b(?:like|into)\s+a\s+transaction\b|\btransactional\b|\btit[\s-]for[\s-]tat\b|\bquid\s+pro\s+quo\b|\b(?:even\s+(?:the\s+)?score|square\s+(?:things\s+)?up|call\s+(?:it\s+)?in\s+(?:later|one\s+day))\b`,
    ),
    f(0.45, near(`favou?r|favou?rs|help|lift`, r`back|in\s+return|owe|repay`, 6)),
    // a favour held over me afterwards: "she brings it up every Christmas", "they'd keep reminding me for years"
    f(
      0.65,
      r`\b(?:bring|brings|brought|bringing|mention|mentions|mentioned|mentioning|remind|reminds|reminded|reminding|throw|throws|threw|hold|holds|held|rub|rubs|rubbed)\s+(?:it|that|me)(?:\s+(?:up|back|over\s+me|of\s+it|in\s+my\s+face))?${gap(3)}\s+(?:for\s+(?:months|years|weeks|ages|ever)|every|forever|again\s+and\s+again|whenever|at\s+every|constantly|all\s+the\s+time)\b`,
    ),
  ],

  // Messages, often from early life, that someone of your gender is supposed to cope without help.
  'gendered-norms': [
    f(
      0.65,
      near(
        r`men|man|boys|lads|guys|blokes|a\s+bloke|women|woman|girls|a\s+mum|mums|a\s+mother|mothers|a\s+dad|dads|a\s+father|fathers|a\s+wife|wives|a\s+husband|husbands`,
        r`(?:are|is|were|was)\s+(?:supposed|meant|expected)\s+to|should|shouldn't|ought\s+to|(?:don't|doesn't|didn't)\s+(?:ask|need|cry|complain|moan|make\s+a\s+fuss|go\s+to)|must|have\s+to|has\s+to|(?:just\s+)?(?:get\s+on\s+with|cope|deal\s+with|crack\s+on|suck\s+it\s+up|tough\s+it\s+out|man\s+up)|never\s+(?:ask|need|cry|complain)`,
        3,
        gapComma,
      ),
    ),
    f(
      0.75,
      r`\bman\s+up\b|\bbig\s+boys?\b|\bboys\s+don't\b|\bbe\s+a\s+man\b|\blike\s+a\s+(?:real\s+)?man\b|\b(?:real|proper)\s+(?:men|man|woman|women|lads?)\b|\bman\s+of\s+the\s+(?:house|family)\b|\bbreadwinner\b|\bprovider\b|\bwoman's\s+(?:job|place|work)\b|\bman's\s+(?:job|place|work)\b|\bsupermum\b|\bsuper\s+mum\b`,
    ),
    f(
      0.6,
      r`\b(?:i'm|i\s+am)\s+(?:a|his|her|the|their|my\s+[a-z]+'s)\s+(?:[a-z]+\s+)?(?:son|daughter|husband|wife|man|woman|mum|mother|dad|father|girl|boy)\b${gapComma(6)}\s+(?:supposed|meant|expected|should|shouldn't)\b`,
    ),
    f(
      0.6,
      r`\b(?:as|being)\s+(?:a|the)\s+(?:man|woman|mum|mother|dad|father|husband|wife|son|daughter|eldest\s+(?:son|daughter)|only\s+(?:son|daughter)|girl|boy|lad|guy|bloke)\b${gap(8)}\s+(?:i\s+)?(?:should|supposed|meant|expected|have\s+to|had\s+to|must|can't|couldn't)\b`,
    ),
  ],

  // The admired picture of a person who makes it entirely alone, which makes needing help feel childish.
  'self-reliance-myth': [
    // a rule about what needing help means ("asking for help is weak", "was for people who hadn't tried")
    f(
      0.7,
      r`\b(?:needing|asking\s+for|getting|accepting)\s+(?:help|a\s+hand|support)\s+(?:was|is|meant|means|made\s+you|makes\s+you)\s+(?:for\s+(?:people|the|those|losers|the\s+weak|babies|children)|a\s+sign\s+of|weak|weakness|lazy|shameful|giving\s+up|failing|a\s+failure|childish|spoiled|soft)\b`,
    ),
    f(
      0.45,
      r`\b(?:a\s+)?grown(?:[\s-]up)?\s+(?:man|woman|adult|person|up)\b|\b(?:hear|heard|hearing)\s+my\s+(?:grandad|granddad|grandpa|grandma|nan|gran|dad|mum|mom|father|mother|parents)\s+(?:saying|say|telling)\b`,
    ),
    f(
      0.7,
      r`\b(?:raised|brought\s+up|taught|(?:was|were)\s+told|told\s+(?:me|us)|grew\s+up|growing\s+up|learned|learnt|drummed\s+into|drilled\s+into|instilled)${gap(8)}\s+(?:to\s+)?(?:stand\s+on|manage|cope|sort|handle|fend|look\s+after|get\s+on|be\s+independent|be\s+self|never\s+(?:ask|need|take|rely|depend|accept)|not\s+(?:to\s+)?(?:ask|need|rely|depend)|(?:do|did)\s+(?:it|things|everything)\s+(?:yourself|myself|ourselves|on\s+(?:your|my|our)\s+own))\b`,
    ),
    f(
      0.75,
      r`\bself[\s-]?(?:made|sufficient|sufficiency|reliant|reliance)\b|\b(?:(?:couldn't|can't|cannot|didn't|don't|not)\s+)?stand\s+on\s+(?:my|your|our|his|her|their)\s+own\s+(?:two\s+)?feet\b|\bpull(?:ed|ing)?\s+(?:myself|yourself|themselves|himself|herself)\s+up\b|\bbootstraps\b|\bmade\s+it\s+on\s+(?:his|her|their|my)\s+own\b|\b(?:did|built)\s+it\s+all\s+(?:himself|herself|themselves)\b`,
    ),
    f(
      0.6,
      r`\b(?:should|ought\s+to|supposed\s+to|meant\s+to|expected\s+to)\s+(?:be\s+able\s+to\s+)?(?:manage|cope|handle|do|sort|figure|fix|deal\s+with|work)\b${gap(4)}\s+(?:myself|on\s+my\s+own|by\s+myself|alone|without\s+(?:help|asking|anyone|anybody))\b`,
    ),
    f(
      0.65,
      r`\b(?:only\s+)?(?:babies|children|kids|little\s+kids|the\s+weak|weak\s+people|lazy\s+people|losers)\s+(?:need|ask|asks|needs)\b|\b(?:never|not)\s+(?:took|take|taking|accepted|accept|taken)\s+(?:a\s+penny|charity|handouts?|a\s+handout)\b|\b(?:adults|grown-?ups)\s+(?:should|don't|shouldn't|are\s+supposed|can)\b|\bat\s+my\s+age\b|\blike\s+a\s+(?:child|kid|little\s+kid|baby|teenager)\b|\b(?:childish|babyish)\b`,
    ),
  ],

  // A fear that asking at work will make you look less competent and hurt reviews or promotion.
  'workplace-image': [
    f(
      0.65,
      r`\b(?:look|looks|looked|looking|seem|seems|seemed|come\s+across|came\s+across|appear|appears)\s+(?:[a-z]+\s+){0,2}?(?:incompetent|useless|clueless|slow|stupid|weak|unprofessional|out\s+of\s+my\s+depth|not\s+up\s+to|like\s+i\s+(?:don't|didn't|can't|couldn't)|less\s+(?:capable|competent)|like\s+(?:a|an)\s+(?:idiot|amateur|beginner|newbie|liability))\b`,
      WORK,
    ),
    f(
      0.75,
      r`\b(?:count|counted|counts|go|goes|held|hold|used)\s+against\s+me\b|\b(?:hurt|hurts|ruin|ruins|ruined|damage|damages|affect|affects|jeopardi[sz]e|risk|risking|cost|costs|harm|harms|kill|kills)\s+(?:my\s+)?(?:chances|review|appraisal|promotion|reputation|career|probation|bonus|prospects|rating)\b`,
    ),
    f(
      0.6,
      near(
        r`boss|manager|supervisor|colleagues?|team|lead|director|client|hr|coworkers?|co-workers?|senior|partner|editor|head`,
        r`think|thinks|thought|see|sees|realise|realize|decide|wonder|question|judge|doubt|notice|mark\s+me\s+down`,
        3,
      ) +
        r`\s+(?:that\s+)?(?:(?:i'm|i\s+am|i\s+was|me\s+as)\s+(?:not\s+|too\s+|so\s+|a\s+bit\s+|really\s+|just\s+)?(?:incompetent|useless|slow|stupid|clueless|lazy|weak|slacking|hopeless|thick|an?\s+(?:idiot|liability|amateur|burden|fraud|weak\s+link)|up\s+to|capable|competent|good\s+enough|coping|cut\s+out|out\s+of\s+my\s+depth|struggling|behind)|i\s+(?:can't|couldn't|don't|didn't|wasn't)\s+(?:do|know|handle|cope|understand|up|capable|competent|good)|less\s+of\s+me|my\s+(?:work|ability|competence))`,
    ),
    f(
      0.7,
      r`\bthink\s+(?:that\s+)?(?:i\s+(?:can't|couldn't|don't|didn't)\s+(?:do|know|handle)\s+(?:my|the|this)\s+(?:job|work|role)|i'm\s+not\s+(?:qualified|up\s+to|good\s+at|capable|competent|cut\s+out)|i\s+(?:am|was)\s+not\s+(?:qualified|up\s+to|capable|competent))\b|\b(?:doubt|doubts|doubting|doubted|question|questioning|questioned)\s+(?:me|my\s+(?:ability|abilities|competence|work|judgement|judgment|skills))\b`,
      WORK,
    ),
    f(0.45, r`\bprobation\b|\bperformance\s+(?:review|reviews|rating)\b`),
    f(
      0.55,
      r`\b(?:the\s+)?(?:weak\s+link|dead\s+weight|slowest|one\s+who\s+(?:slows|holds|drags))\b|\b(?:promotion|review|appraisal|probation|performance|reputation|bonus)\b${gap(6)}\s+(?:worried|scared|afraid|nervous|at\s+stake|on\s+the\s+line|in\s+mind|coming\s+up)\b`,
      WORK,
    ),
  ],

  // The impression that other people manage alone (polished online posts, colleagues who keep struggles hidden).
  'social-comparison': [
    f(
      0.75,
      r`\b(?:everyone|everybody|other\s+(?:people|parents|mums|dads|students|colleagues|women|men)|all\s+my\s+(?:friends|mates|peers|colleagues|classmates)|my\s+(?:friends|mates|peers|classmates|colleagues|siblings)|people\s+my\s+age|the\s+others|they\s+all|they)(?:\s+else)?(?:\s+(?:at|in|on|from)\s+(?:the\s+|my\s+)?[a-z]+(?:\s+[a-z]+)?)?\s+(?:all\s+)?(?:seems?|seemed|looks?|looked|appears?|appeared)\s+(?:to|like|as\s+if|as\s+though)\b`,
    ),
    f(
      0.65,
      r`\b(?:everyone|everybody|all\s+the\s+others|they\s+all|all\s+of\s+them)(?:\s+else)?\s+(?:just\s+)?(?:manages?|copes?|handles?|has|have|is|are|does|do|can|gets?|knows?|juggles?|makes?\s+it)\b${gap(6)}\s+(?:fine|sorted|together|on\s+top|effortless|easily|perfectly|without|alone|by\s+(?:themselves|herself|himself)|on\s+(?:their|her|his)\s+own)\b`,
    ),
    f(
      0.6,
      r`\b(?:everyone|everybody|nobody|no\s+one|none\s+of\s+the)\s+else\b${gap(5)}\s+(?:manages?|managed|copes?|coped|seems?|seemed|finishes|finished|knows?|knew|needs?|needed|can|could|does\s+it|did\s+it|asks?|asked|struggles?|struggled|understands?|understood|gets?\s+it|got\s+it|has\s+(?:to|any|a\s+problem|trouble)|had\s+(?:to|any|a\s+problem|trouble))\b`,
    ),
    f(
      0.75,
      r`\bcompar(?:e|es|ed|ing)\s+(?:myself|me|my\s+[a-z]+)\b|\b(?:the\s+)?only\s+one\s+(?:who|that|struggling|needing|asking|not|without|still)\b|\b(?:why\s+)?(?:can't|couldn't)\s+i\s+(?:just\s+)?(?:manage|cope|do\s+it|be)\s+like\s+(?:them|her|him|everyone|everybody|the\s+others)\b`,
    ),
    f(
      0.55,
      r`\b(?:instagram|facebook|social\s+media|tiktok|linkedin|my\s+feed|their\s+(?:posts|photos|stories))\b${gap(10)}\s+(?:perfect|together|sorted|effortless|thriving|fine|happy|amazing|managing|coping|doing\s+(?:it|so|great|fine))\b`,
    ),
  ],

  // Bracing for a refusal or a brush-off before you have even asked.
  'fear-of-rejection': [
    // the expected reaction of the person asked
    f(
      0.7,
      r`\bexpect(?:ed|ing)?\s+(?:her|him|them|the\s+[a-z]+|my\s+[a-z]+|[a-z]+)\s+to\s+(?:bite\s+my\s+head\s+off|say\s+no|refuse|snap|laugh\s+at\s+me|be\s+(?:annoyed|cross|angry|short\s+with\s+me)|turn\s+me\s+down|ignore\s+me|brush\s+me\s+off|tell\s+me\s+off|shout|sigh)\b`,
    ),
    f(
      0.6,
      r`${OTHER_MOD}${ADV}\s+(?:leave\s+me\s+on\s+read|ghost\s+me|bite\s+my\s+head\s+off|snap\s+at\s+me|shout\s+at\s+me|come\s+up\s+with\s+(?:a|an|some)\s+(?:reason|excuse)|find\s+(?:a|an|some)\s+(?:reason|excuse)|have\s+(?:a|an|some)\s+excuse)\b|\b(?:i\s+)?(?:just\s+)?knew\s+(?:she|he|they)(?:'d|\s+would)\b${gap(6)}\s+(?:say\s+no|refuse|excuse|reason\s+why|couldn't|can't|wouldn't|won't|too\s+busy)\b`,
    ),
    f(
      0.65,
      near(
        FEAR,
        r`(?:say|said|saying|says|hear|hearing|get|getting)\s+no|a\s+no|the\s+no|refuse|refused|refusal|reject|rejected|rejection|turn\s+(?:me|us|it)\s+down|turned\s+(?:me|us|it)?\s*down|brush\s+(?:me|it)\s+off|brushed\s+(?:me\s+)?off|brush-?off|ignore\s+me|ignored|ignoring\s+me|leave\s+me\s+on\s+read|left\s+on\s+read|laugh\s+at\s+me|laughed\s+at|sigh|sighed|roll\s+(?:her|his|their)\s+eyes|(?:be|get|got|was|were)\s+(?:annoyed|irritated|cross|angry|fed\s+up|put\s+out)|annoy\s+(?:her|him|them)|too\s+busy|(?:couldn't|can't|wouldn't|won't)\s+be\s+bothered|not\s+(?:want|bother)\s+to\s+help|send\s+me\s+away|tell\s+me\s+(?:off|to)|mind|say\s+(?:she|he|they)\s+(?:can't|couldn't|won't)`,
        8,
      ),
    ),
    f(
      0.8,
      r`\b(?:brac(?:e|ed|ing)|steel(?:ed|ing)?|prepar(?:e|ed|ing))\s+(?:myself\s+)?for\s+(?:a|the|another|her|his|their)\s+(?:no|refusal|brush-?off|rejection|knock-?back|sigh|excuse)\b|\bexpect(?:ed|ing)?\s+(?:a|the|another)\s+(?:no|refusal|brush-?off|rejection|knock-?back)\b`,
    ),
    f(
      0.8,
      r`\b(?:fear|afraid|scared|terrified|frightened|dread|dreading)\s+(?:of\s+)?(?:being\s+)?(?:rejected|rejection|refused|turned\s+down|told\s+no|hearing\s+no|a\s+no|the\s+no|ignored|brushed\s+off|knocked\s+back|a\s+knock-?back)\b`,
    ),
    // someone else, in the future, refusing or thinking badly of me: "she'll probably just brush it off"
    f(
      0.65,
      r`${OTHER_MOD}${ADV}${gapNoNeg(5)}\s+(?:say\s+no|refuse|turn\s+(?:me|it|us)\s+down|reject\s+(?:me|it|us)|ignore\s+(?:me|us|it|my\s+[a-z]+|the\s+[a-z]+)|brush\s+(?:me|it|us)\s+off|make\s+(?:some|an|up\s+an?)\s+excuse|laugh\s+(?:at\s+me|in\s+my\s+face)|sigh|mind|be\s+(?:annoyed|irritated|cross|too\s+busy|put\s+out|fed\s+up)|say\s+(?:there's\s+nothing|(?:she's|he's|they're|it's)\s+(?:too\s+)?(?:busy|full|not\s+(?:possible|her|his|their))|(?:she|he|they)\s+(?:can't|couldn't|won't))|send\s+me\s+away|tell\s+me\s+(?:off|it's|to\s+(?:go|get|sort|figure|stop)))\b`,
    ),
    f(
      0.65,
      r`${OTHER_MOD}${ADV}\s+(?:think|find|say)\s+(?:that\s+)?(?:i'm|i\s+am|i\s+was|me)\s+(?:so\s+|really\s+|a\s+bit\s+|just\s+|being\s+)?(?:taking\s+advantage|using\s+(?:them|her|him)|a\s+scrounger|a\s+freeloader|cheeky|greedy|needy|pushy|lazy|rude|a\s+nuisance|a\s+pain|annoying|selfish|demanding|a\s+time-?\s?waster|wasting\s+(?:her|his|their)\s+time|making\s+(?:it\s+up|a\s+fuss)|exaggerating)\b`,
    ),
    f(
      0.6,
      r`\b(?:already|can|could|just)\s+(?:just\s+|already\s+)?hear\s+(?:him|her|them|the\s+[a-z]+|my\s+[a-z]+)\s+(?:say|saying|tell|telling|sigh|sighing)\b|\b(?:i\s+)?just\s+know\s+(?:she|he|they)(?:'ll|'d|\s+will|\s+would)\b`,
    ),
  ],

  // The feeling that needing help shows something is wrong with who you are.
  shame: [
    f(0.75, r`\b(?:ashamed|shameful|mortified|humiliated|humiliating|humiliation)\b|\bthe\s+shame\b`),
    f(
      0.7,
      r`\b(?:i\s+(?:feel|felt|am|was|must\s+be|look|looked)|i'm|feel(?:ing)?\s+like|felt\s+like|made\s+me\s+(?:feel|look)|makes\s+me\s+(?:feel|look)|means?\s+i'm|meant\s+i\s+was|proves?\s+i'm|like\s+i'm|like\s+i\s+was|as\s+if\s+i(?:'m|\s+am|\s+was))${gapNoNeg(3)}\s+(?:failure|failing|pathetic|useless|worthless|inadequate|defective|loser|(?:a\s+)?mess|let[-\s]?down|hopeless|incapable|not\s+capable|disappointment|broken|not\s+good\s+enough|bad\s+(?:mother|mum|father|dad|parent|person|wife|husband|son|daughter|friend)|less\s+of\s+a\s+(?:person|man|woman|mum|mother|dad|father|parent|adult)|charity\s+case|pitiful|joke|small)\b`,
    ),
    f(
      0.75,
      r`\b(?:a|such\s+a|another|more\s+of\s+a|the)\s+burden\b|\bburden(?:ing|some)\b|\bbeing\s+a\s+(?:burden|drain|charity\s+case)\b`,
    ),
    f(
      0.7,
      r`\bwhat\s+kind\s+of\s+(?:a\s+)?(?:mother|father|mum|dad|parent|person|man|woman|adult|son|daughter|wife|husband)\b|\b(?:what's|what\s+is|something('s|\s+is|\s+was|\s+must\s+be)?)\s+wrong\s+with\s+me\b|\bembarrass(?:ed|ing|ment)\s+(?:to\s+(?:ask|need|admit|say)|that\s+i\s+(?:need|needed|can't|couldn't))\b|\b(?:admit|admitting|admitted)\s+(?:that\s+)?i\s+(?:can't|couldn't|need|needed|wasn't|am\s+not|was\s+struggling)\b`,
    ),
  ],

  // A worry that asking a question will reveal you do not really deserve your role or your success.
  'imposter-syndrome': [
    f(
      0.75,
      r`\b(?:blag|blagged|blagging|bluffed|bluffing|winging\s+it|wing\s+it|faking\s+my\s+way|fake\s+my\s+way|conned\s+my\s+way)\b|\b(?:someone|somebody|they|he|she)\s+(?:had\s+|has\s+|must\s+have\s+)?made\s+a\s+mistake\b`,
    ),
    f(0.45, r`\bout\s+of\s+my\s+depth\b`),
    f(
      0.8,
      r`\b(?:fraud|imposter|impostor|faking\s+it|fake\s+it|phoney|phony|a\s+fake)\b|\b(?:be|being|get|getting|been)\s+found\s+out\b`,
    ),
    f(
      0.7,
      r`\b(?:don't|do\s+not|didn't|never)\s+(?:really\s+)?(?:belong|deserve)\b|\bnot\s+(?:really\s+)?qualified\b|\bslipped\s+through\b|\b(?:i'm|i\s+am|i\s+was|just|been|always)\s+pretending\b|\b(?:slipped|got|snuck|sneaked)\s+(?:through|in)\b${gap(3)}\s+(?:by\s+(?:mistake|accident|luck)|the\s+net|the\s+cracks)\b|\b(?:a\s+)?(?:fluke|got\s+lucky|pure\s+luck|by\s+luck)\b|\bmistake\s+(?:hiring|picking|choosing|promoting|taking\s+me|letting\s+me)\b`,
    ),
    f(
      0.7,
      r`\b(?:she|he|they|people|someone|everyone|everybody|the\s+[a-z]+|my\s+[a-z]+)${MOD}\s+(?:finally\s+|all\s+|soon\s+)?(?:realise|realize|discover|see|find\s+out|work\s+out|figure\s+out|know|notice)\s+(?:that\s+)?(?:i\s+(?:don't|didn't|can't|am\s+not|wasn't|was\s+never|was\s+not|have\s+no|had\s+no|shouldn't|never|haven't|slipped|got\s+lucky)|i'm\s+not|how\s+little|what\s+i\s+(?:don't|can't)|i\s+don't\s+know)\b`,
    ),
    f(
      0.6,
      r`\bpretend(?:ing|ed)?\b${gap(4)}\s+(?:to\s+(?:know|be|understand)|i\s+(?:know|understand|get|can)|i'm|like)\b|\bexpos(?:e|ed|ing)\s+(?:me|myself|how\s+little|what\s+i)\b|\b(?:should|ought\s+to)\s+(?:already\s+)?know\s+(?:this|that|it|by\s+now|how)\b`,
    ),
  ],

  // A belief that anything short of doing it perfectly, and doing it alone, counts as failing.
  perfectionism: [
    f(
      0.75,
      r`\b(?:rather|sooner)\s+(?:hand\s+in|send|show|submit|do|give|post)\s+nothing\s+than\b|\b(?:done|do\s+it|doing\s+it|get\s+it|did\s+it)\s+(?:right|properly)\b|\bsloppy\b|\b(?:have|had|need)\s+to\s+redo\s+it\b`,
    ),
    f(
      0.8,
      r`(?<!\b(?:is|was|she's|he's|they're|are|were)\s+(?:a\s+|such\s+a\s+|a\s+total\s+|a\s+bit\s+of\s+a\s+)?)\bperfectionis[tm]s?\b|\bflawless(?:ly)?\b`,
    ),
    f(
      0.7,
      r`\b(?:has|had|have|needs?|needed|wants?|wanted|must|be|get|make|until|till|unless|anything\s+less\s+than)\s+(?:to\s+be\s+|it\s+|them\s+|everything\s+|things\s+|it\s+to\s+be\s+)?(?:absolutely\s+|just\s+|completely\s+)?perfect(?:ly)?\b`,
    ),
    f(
      0.7,
      r`\b(?:properly|right)\s+or\s+not\s+at\s+all\b|\b(?:has|had|have|needs?|needed)\s+to\s+be\s+(?:just\s+|exactly\s+)?(?:right|spotless|immaculate|exactly)\b|\buntil\s+(?:it\s+)?(?:was|is|it's)\s+(?:just\s+|exactly\s+)?right\b|\b(?:my|high|impossible|own|ridiculous)\s+standards?\b|\bgood\s+enough\b${gap(3)}\s+(?:for\s+me|to\s+(?:show|send|hand|share))\b|\bhalf[-\s](?:done|finished|baked|good)\b|\bwithout\s+(?:any\s+|a\s+single\s+)?(?:mistakes?|errors?|a\s+flaw|flaws)\b|\b(?:not\s+)?good\s+enough\s+(?:unless|until|if)\b|\bless\s+than\s+(?:perfect|my\s+best|100)\b`,
    ),
    f(
      0.5,
      r`\b(?:redo|redid|redoing|redone|re-do|re-did|rewrote|rewriting|rewrite|started\s+(?:again|over)|start(?:ing)?\s+(?:again|over))\b${gap(6)}\s+(?:again|times|until|till|because|from\s+scratch|three|four|five|twice)\b|\b(?:every|each)\s+(?:little\s+|tiny\s+|single\s+)?(?:detail|mistake|flaw)\b|\bmistakes?\b${gap(3)}\s+(?:unacceptable|failing|failure|at\s+all)\b`,
    ),
  ],

  // Overestimating how much other people notice your struggles, or how long they remember the moment you asked.
  'spotlight-effect': [
    f(
      0.75,
      r`\b(?:${CROWD})${MOD}\s+(?:all\s+|just\s+|definitely\s+|probably\s+|instantly\s+|immediately\s+)?(?:be\s+|have\s+|'ve\s+)?(?:notice|noticed|noticing|see|seen|know|known|find\s+out|talk|talking|gossip|remember|hear|heard|watch|watching|look|looking|judge|judging|think|thinking|clock|clocked|stare|staring|laugh|laughing)\b`,
    ),
    f(
      0.75,
      r`\b(?:${CROWD})(?:\s+(?:was|were|is|are|kept|all|just|had|have|been)){0,2}\s+(?:stare|staring|stared|look(?:ing|ed)?\s+(?:at\s+me|round|over)|watch(?:ing|ed)?\s+(?:me|us)|judging(?:\s+me)?|gossip(?:ing|ed)?|whisper(?:ing|ed)?|turn(?:ed)?\s+(?:to\s+look|round|around)|clocked\s+(?:me|it)|(?:talking|thinking|laughing|gossiping|whispering)\s+about\s+(?:me|us|it)|noticed\s+(?:me|it|that\s+i))\b`,
    ),
    f(
      0.65,
      r`\bthey${MOD}?\s+(?:all\s+)?(?:be\s+)?(?:all\s+)?(?:talk|talking|gossip|gossiping|whisper|whispering|laughing)\s+about\s+(?:me|us|it)\b|\bthey(?:'d|\s+would)\s+all\s+(?:know|see|notice|stare|watch)\b`,
    ),
    f(
      0.75,
      r`\ball\s+eyes\b|\beyes\s+(?:on|were\s+on|burning|boring)\b|\bcentre\s+of\s+attention\b|\bcenter\s+of\s+attention\b|\bin\s+(?:the|a)\s+spotlight\b|\bmake\s+(?:a|such\s+a)\s+scene\b|\b(?:stick|stuck|sticking|stand|stood|standing)\s+out\s+like\s+a\b|\bon\s+display\b|\b(?:everyone|everybody)\s+(?:could|can)\s+(?:see|tell|hear)\b|\bthe\s+talk\s+of\s+the\b|\bnever\s+live\s+it\s+down\b`,
    ),
    f(
      0.5,
      r`\b(?:embarrass\w*|mortif\w*|humiliat\w*|cringe\w*|red-faced)\b${gap(6)}\s+(?:in\s+(?:front\s+of|public)|everyone|everybody|the\s+whole|all\s+the)\b|\bin\s+front\s+of\s+(?:everyone|everybody|the\s+whole|all\s+(?:the|my|those))\b`,
    ),
  ],

  // Explaining other people's need for help by their circumstances, but your own by some flaw in you.
  'double-standard': [
    f(
      0.7,
      r`\bdo\s+as\s+i\s+say\b|\ba\s+different\s+person\s+(?:with|for|around)\b|\bfor\s+(?:them|others|other\s+people|anyone|everyone|my\s+[a-z]+)\s+but\s+(?:i\s+)?(?:won't|can't|wouldn't|never|don't|couldn't|refuse)\b`,
    ),
    f(
      0.75,
      r`\b(?:different|other|separate|stricter|harsher|higher)\s+(?:rules?|standards?)\s+(?:for|to)\s+(?:me|myself)\b|\bhold\s+myself\s+to\b|\b(?:kinder|nicer|gentler|easier|softer|more\s+forgiving|more\s+understanding|more\s+patient)\s+(?:to|on|with)\s+(?:[a-z]+\s+){0,3}?than\s+(?:i\s+am\s+)?(?:to|on|with)?\s*myself\b|\b(?:harder|stricter|tougher|harsher)\s+on\s+myself\b|\b(?:but|yet)\s+(?:when\s+it's|if\s+it's|for)\s+me\b|\bwhen\s+it(?:'s|\s+is|\s+was|\s+comes\s+to)\s+me\b|\bit's\s+different\s+(?:for|with|when\s+it's)\s+me\b`,
    ),
    f(
      0.7,
      r`\b(?:i'd|i\s+would|i'll|i)\s+(?:never|not|wouldn't|would\s+never)\s+(?:judge|think\s+(?:badly|less|twice)|blame|call|mind|look\s+down\s+on|criticise|criticize)\b${gap(4)}\s+(?:a\s+friend|anyone|someone|somebody|them|her|him|others|other\s+people|a\s+[a-z]+|my\s+[a-z]+)\b|\b(?:help|support|tell)\s+(?:anyone|someone|somebody|a\s+friend)\s+(?:else|in\s+(?:my|the\s+same))\b|\b(?:i'd|i\s+would)\s+(?:tell|say\s+to|reassure|encourage|remind)\s+(?:a\s+friend|anyone|someone|somebody|her|him|them|my\s+[a-z]+|a\s+[a-z]+)\b`,
    ),
    f(
      0.65,
      r`\b(?:it's|that's|its|it\s+is|it\s+was)\s+(?:fine|ok|okay|normal|different|understandable|natural|sensible|brave|smart|no\s+big\s+deal)\s+(?:for|when)\s+(?:them|others|other\s+people|anyone\s+else|everyone\s+else|someone\s+else|somebody\s+else|a\s+friend|my\s+[a-z]+|her|him|other\s+[a-z]+)\b`,
    ),
    f(
      0.45,
      r`\b(?:if|when)\s+(?:a\s+friend|my\s+friend|someone\s+else|somebody\s+else|anyone\s+else|other\s+people|others|a\s+colleague)\s+(?:asks?|asked|needs?|needed|did|does)\b`,
    ),
    // the contrast itself: "when my colleague asks it's smart ... when I do it, I'm useless"
    f(
      0.75,
      r`\b(?:if|when)\s+(?:they|my\s+[a-z]+|a\s+friend|friends|someone\s+else|somebody\s+else|others|other\s+people|anyone\s+else|a\s+colleague|colleagues|she|he)\s+(?:need|needs|ask|asks|asked|needed|do|does|did)\b[^!?]{0,100}?\b(?:if|when|but)\s+(?:it's\s+)?(?:i|me)\b(?:\s+(?:do|need|ask|did|needed|asked))?${gap(4)}[,;]?\s+(?:i'm|i\s+am|i\s+was|it's|it\s+means|it\s+meant|i\s+feel|i\s+felt|i\s+think|that's|i\s+must)\b`,
    ),
  ],

  // Underestimating how long something will take or how much help it needs, until asking feels too late.
  'planning-fallacy': [
    f(
      0.7,
      r`\b(?:bit|too|far|way|much)\s+late\s+(?:now\s+)?to\s+(?:ask|rope|get|bring|call|involve|book|change)\b|\btoo\s+far\s+gone\s+to\b|\b(?:one|two)[-\s](?:person|man|woman)\s+job\b|\b(?:quick|easy|simple|two-minute|five-minute)\s+job\b|\bjust\s+one\s+more\s+(?:weekend|day|week|night|evening)\b`,
    ),
    f(
      0.45,
      r`\b(?:ran|run|running|runs)\s+out\s+of\s+time\b|\b(?:thought|thinking|assumed|told\s+myself|figured|reckoned)\s+i'd\s+(?:get|have|be|manage|sort|finish)\b`,
    ),
    f(
      0.85,
      r`\bunderestimat(?:e|ed|es|ing)\b|\b(?:overestimat(?:e|ed|es|ing))\s+how\s+(?:much|fast|quickly)\b`,
    ),
    f(
      0.65,
      r`\b(?:i|i'd)\s+(?:thought|assumed|figured|reckoned|expected|told\s+myself|was\s+sure|was\s+convinced|planned|promised|imagined|guessed)\b${gap(6)}\s+(?:take|took|quick|quickly|easy|done|finished|plenty\s+of\s+time|loads\s+of\s+time|in\s+time|an?\s+(?:hour|afternoon|day|weekend|evening|morning|week)|minutes|no\s+time|couple\s+of|easily|early|ahead|by\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+weekend|tonight|tomorrow))\b`,
    ),
    f(
      0.7,
      r`\blast[-\s]minute\b|\b(?:left|leave|leaving|leaves)\s+(?:it|everything|things)\s+(?:all\s+)?(?:too\s+late|till|until|to\s+the\s+last)\b|\btoo\s+late\s+to\s+(?:ask|get|call|change)\b|\bshould\s+have\s+(?:started|asked|begun|booked|planned)\b${gap(3)}\s+(?:earlier|sooner|weeks|days|months|ages|before|ahead)\b|\b(?:night|day|morning|hour)\s+before\s+(?:it\s+was\s+)?(?:due|the\s+deadline)\b|(?<=\buntil\s)(?:i'm|it's|i\s+am|it\s+is|i\s+was|it\s+was)\s+(?:already\s+)?(?:drowning|desperate|underwater|in\s+(?:trouble|a\s+mess|crisis)|overwhelmed|at\s+breaking\s+point)\b|\b(?:due|deadline\s+is)\s+(?:in|tomorrow|on|next)\b${gap(3)}\s+(?:and|but)\s+i\s+(?:still\s+)?(?:haven't|have\s+not|hadn't|havent)\s+(?:even\s+)?(?:started|begun|touched|done)\b`,
    ),
    f(
      0.65,
      r`\b(?:took|taking|takes|take)\s+(?:[a-z]+\s+){0,2}?(?:longer|as\s+long|more\s+time)\s+than\s+(?:i|expected|planned|i'd|it\s+should)\b|\b(?:way|much|far|three\s+times|twice|ages)\s+(?:longer|bigger|harder|more)\s+than\s+(?:i|expected|planned)\b|\bby\s+the\s+time\s+i\s+(?:realised|realized|noticed|knew|admitted|asked)\b|\b(?:i'll|i\s+will|i'd|i\s+would)\s+(?:manage|cope|be\s+fine|sort\s+it|get\s+it\s+done)\s+(?:somehow|in\s+time|later|eventually)\b`,
    ),
  ],

  // Noticing and remembering the times asking went badly, while the many times it went fine slip past unseen.
  'confirmation-bias': [
    f(
      0.65,
      r`\b(?:only|just)\s+said\s+yes\s+because\b|\b(?:good|nice|kind)\s+(?:times|ones|bits|moments|experiences)\s+(?:don't|didn't|never|just\s+don't)\s+(?:register|count|stick|sink\s+in)\b`,
    ),
    f(
      0.7,
      r`\b(?:proves?|proved|proving|proof|confirms?|confirmed|confirming)\b${gap(4)}\s+(?:i\s+was\s+right|my\s+point|what\s+i|that\s+(?:asking|nobody|no\s+one|people)|nobody|no\s+one|people|asking)\b|\b(?:just\s+)?goes\s+to\s+show\b|\b(?:just\s+)?shows?\s+(?:that\s+)?(?:i\s+(?:shouldn't|should\s+never|was\s+right|can't)|asking|nobody|no\s+one|people)\b|\bsee[,?!]\s+(?:i\s+(?:told|knew|was)|told)\b|\b(?:i\s+)?knew\s+it\b|\btold\s+(?:you|myself)\s+so\b`,
    ),
    f(
      0.6,
      r`\b(?:every|each)\s+(?:single\s+)?time\s+i\s+(?:ask|asked|try|tried|reach|reached)\b|\bthat's\s+(?:what|how\s+it)\s+(?:always\s+)?(?:happens|goes)\b|\b(?:always|never)\s+(?:the\s+way|works|goes\s+well)\b|\bsee\s+what\s+i\s+mean\b|\b(?:nobody|no\s+one|people)\s+(?:ever\s+|really\s+)?(?:wants?|likes?|cares?)\s+to\s+help\b`,
    ),
    f(
      0.65,
      r`\b(?:ignore|ignored|ignoring|forget|forgot|forgetting|discount|discounted|dismiss|dismissed|don't\s+count|didn't\s+count|doesn't\s+count|stopped\s+counting|(?:never|don't|didn't)\s+count)\b${gap(4)}\s+(?:the\s+|those\s+|all\s+the\s+)?(?:times|ones|yeses|good|nice|kind|people\s+who)\b|\bonly\s+(?:ever\s+)?(?:notice|noticed|remember|count|see|look\s+for)\s+(?:the|when|those)\b|\b(?:was|were|just)\s+(?:a\s+fluke|being\s+polite|luck|lucky)\b`,
    ),
  ],

  // Feeling that after so much effort on your own, asking now would mean all that work was wasted.
  'sunk-cost': [
    f(
      0.7,
      r`\b(?:effort|time|hours|days|weeks|months|years|weekends|evenings|nights|work|money|energy|struggle|slog)\b${gap(5)}\s+(?:wasted|for\s+nothing|in\s+vain|down\s+the\s+drain|pointless|a\s+waste|a\s+mistake|thrown\s+away|gone\s+to\s+waste|meaningless)\b|\b(?:waste|wasted|wasting|throw|threw|throwing|thrown)\b${gap(3)}\s+(?:all\s+)?(?:that|this|the|those|my)\s+(?:[a-z]+\s+)?(?:effort|time|hours|days|weeks|months|years|weekends|evenings|work|money)\b`,
    ),
    f(
      0.7,
      r`\b(?:come|came|got|gotten|gone|been|in)\s+(?:this|so)\s+far\b|\btoo\s+far\s+(?:in|into|along|down)\b|\b(?:so|too)\s+(?:much|far)\s+(?:invested|in\s+now)\b|\b(?:already|sunk|invested|poured|put|spent)\s+(?:[a-z]+\s+){0,3}?(?:so\s+(?:much|long)|too\s+(?:much|long)|all\s+(?:that|this|those|my)|hours?|weeks?|months?|years?|days?|weekends?|evenings?|nights?|savings)\b${gap(12)}\s+(?:give\s+up|giving\s+up|quit|(?:ask|asking|get|getting|call|calling|bring|bringing|hire|hiring)\s+(?:[a-z]+\s+){0,3}?now|admit|admitting|a\s+waste|wasted|pointless)\b`,
    ),
    f(
      0.5,
      r`\b(?:give|giving|gave)\s+up\s+(?:on\s+(?:it|all\s+(?:that|of\s+that|this))\s+)?now\b|\b(?:admit|admitting)\b${gap(4)}\s+(?:wasted|for\s+nothing|a\s+waste)\b|\bafter\s+all\s+(?:that|this|those|my|the)\s+(?:[a-z]+\s+)?(?:effort|time|work|hours|weeks|months|years)\b`,
    ),
  ],

  // Remembering a single refusal far more vividly than all the times people gladly said yes.
  'negativity-bias': [
    f(
      0.55,
      r`\bone\s+[a-z]+\s+(?:once\s+)?(?:said\s+no|refused|snapped|laughed|shouted|rolled|sighed|was\s+rude|got\s+annoyed|told\s+me\s+off)\b`,
    ),
    f(
      0.45,
      r`\b(?:haven't|have\s+not|never)\s+(?:been|asked|gone|called|rung|gone\s+back|been\s+back)\b${gap(5)}\s+since\b|\bevery\s+other\s+(?:time|appointment|visit|request|person)\b${gap(8)}\s+(?:was|were|went|has\s+been)\s+(?:fine|ok|okay|good|great|lovely)\b`,
    ),
    f(
      0.65,
      r`\b(?:one|single|that|the|a)\s+(?:[a-z]+\s+)?(?:no|refusal|rejection|time|comment|remark|look|sigh|snap|moment|incident)\b${gap(8)}\s+(?:stuck|sticks|stays|stayed|haunts|haunted|still|replay|replaying|outweighs?|ruined|is\s+what\s+i\s+(?:remember|hear|see|think))\b`,
    ),
    f(
      0.6,
      r`\b(?:outweigh|outweighs|outweighed|overshadow|overshadows|overshadowed|cancel(?:s|led)?\s+out|wipes?\s+out|blot(?:s|ted)?\s+out)\s+(?:all\s+|every\s+)?(?:the\s+|those\s+)?(?:[a-z]+\s+)?(?:times|yeses|favours|favors|kindness|help|good\s+ones|others)\b|\b(?:forget|forgot|forgetting|ignore|ignoring)\b${gap(3)}\s+(?:all\s+)?(?:the|those)\s+(?:[a-z]+\s+)?(?:times|yeses|others|people\s+who)\b|\b(?:dozens|hundreds|loads|plenty|lots|a\s+hundred|ten|twenty)\s+(?:of\s+)?(?:times|people|yeses)\b${gap(10)}\s+(?:but|yet)\b`,
    ),
    f(
      0.7,
      r`\b(?:the\s+)?only\s+thing\s+i\s+(?:remember|think\s+(?:of|about)|see|hear)\b|\ball\s+i\s+(?:can\s+|ever\s+)?(?:remember|see|hear|think\s+(?:of|about))\s+is\b|\bforget\s+(?:that\s+|about\s+)?${gap(4)}\s+(?:helped|helps|said\s+yes|says\s+yes|(?:was|were|is|are)\s+(?:nice|kind|lovely|fine|great)|a\s+hundred|hundreds|dozens|loads)\b`,
    ),
    f(
      0.55,
      r`\bonce\b${gap(6)}\s+(?:said\s+no|refused|snapped|laughed|shouted|rolled|got\s+annoyed|seemed\s+annoyed|was\s+rude|turned\s+me\s+down|told\s+me\s+off)\b|\b(?:said\s+no|refused|snapped|laughed\s+at\s+me|shouted\s+at\s+me|rolled\s+(?:her|his|their)\s+eyes|seemed\s+annoyed|got\s+annoyed|was\s+rude|turned\s+me\s+down|told\s+me\s+off)${gap(6)}\s+once\b|\b(?:since\s+then|ever\s+since)\s*,?\s+i\s+(?:just\s+)?(?:never|don't|won't|avoid|stopped|haven't|can't)\s+|\bnow\s*,?\s+i\s+(?:just\s+)?(?:never|avoid|stopped)\s+(?:ask|asked|asking|call|calling|ring|ringing|go|gone|been)\b`,
    ),
    f(
      0.5,
      r`\b(?:can\s+still)\s+(?:remember|see\s+(?:his|her|their|the)\s+face|hear\s+(?:him|her|them|his|the\s+way))\b|\b(?:years|ages|months|decades)\s+(?:ago|later)\b${gap(8)}\s+(?:still\s+remember|stuck)\b|\b(?:never|not)\s+forg(?:et|ot|otten)\b|\bstill\s+(?:stings|haunts\s+me)\b|\b(?:keep|kept|keeps)\s+(?:thinking\s+about|remembering|replaying|going\s+back\s+to)\s+(?:the|that)\s+(?:one|time|no|refusal)\b`,
    ),
  ],
};
