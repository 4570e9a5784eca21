import { type BarrierId } from '../taxonomy/ids';
import { BARRIER_FRAMES } from './barrier-frames';

/**
 * The barrier cue table: one entry per barrier, in the order of the product brief, each with hand-written cues in
 * plain client language. A cue is a case-insensitive regex plus a weight (how sure one such phrase makes us).
 *
 * Scoring (see suggest-barriers.ts): a barrier's score is 1 − Π(1 − weight) over its distinct cues that matched
 * outside a negation scope; it is suggested when the score reaches SUGGESTION_THRESHOLD (0.5). So a cue of
 * weight ≥ 0.5 can suggest on its own, and a cue below 0.5 is only a booster that needs a second cue.
 *
 * Regex rules (this runs on every submit on the server): no nested unbounded quantifiers; "a few words between" is
 * a bounded gap of [a-z']+ words separated by whitespace, which cannot overlap, so matching stays linear.
 * Text is normalised first (curly apostrophes become "'", offsets unchanged).
 */
export interface BarrierCue {
  readonly re: RegExp;
  readonly weight: number;
  /** When set, the cue counts only if the whole text also matches this (e.g. a work context). */
  readonly context?: RegExp;
}

export interface BarrierPatternEntry {
  readonly barrierId: BarrierId;
  readonly cues: readonly BarrierCue[];
}

const r = String.raw;

function cue(weight: number, source: string, context?: RegExp): BarrierCue {
  return context
    ? { re: new RegExp(source, 'gi'), weight, context }
    : { re: new RegExp(source, 'gi'), weight };
}

/** Up to n extra words: (?:\s+word){0,n}, linear because \s and [a-z'] never overlap. */
const gap = (n: number): string => r`(?:\s+[a-z']+){0,${n}}?`;
/** A modal attached to the previous word: she'd, they'll, would, will, might, is going to, gonna. */
const MOD = r`(?:'d|'ll|\s+(?:would|will|might|could|may|gonna|(?:is|are|was|were)\s+going\s+to))`;
/** Up to two softening adverbs: "she'll probably just say no". */
const ADV = r`(?:\s+(?:just|probably|only|definitely|simply|surely|obviously|immediately|all|still|totally|really|even)){0,2}`;
/** Someone other than me as the subject of a modal ("I'd say no" is the writer refusing, not being refused). */
const OTHER = r`\b(?!i\b)[a-z]+`;
const MYSELF = r`(?:myself|on\s+my\s+own|by\s+myself|alone)`;
/** MYSELF plus "without help" / "without anyone". */
const MYSELF_WIDE = r`(?:myself|on\s+my\s+own|by\s+myself|alone|without\s+(?:any\s+)?(?:help|anyone|anybody)(?:'s\s+help)?)`;
const WORK =
  /\b(?:work|job|boss|manager|colleagues?|office|team|supervisor|promotion|review|appraisal|client|shift|hr|employer|career|role|meeting|deadline|project)\b/i;

/** The sentence-level cues of rounds 1–3 (fitted to the wording of their tune sets). */
export const SENTENCE_CUES: readonly BarrierPatternEntry[] = [
  {
    barrierId: 'independence-bias',
    cues: [
      // round 3: "I'd sooner take it apart myself than call someone", "I don't like waiting on other people"
      cue(0.7, r`\b(?:i'd|i\s+would)\s+(?:much\s+|far\s+)?(?:rather|sooner)${gap(6)}\s+${MYSELF_WIDE}`),
      cue(
        0.7,
        r`\b(?:don't|do\s+not|dont|never)\s+(?:really\s+)?(?:like|enjoy|want)\s+(?:waiting\s+(?:on|for)|having\s+to\s+(?:wait\s+(?:on|for)|rely\s+on|depend\s+on))\s+(?:other\s+people|others|anyone|anybody|people|someone|somebody)\b`,
      ),
      cue(
        0.7,
        r`\b(?:prefer|like|love|enjoy)\s+(?:knowing|to\s+know|feeling|the\s+feeling)\s+(?:that\s+)?i\s+(?:did|do|can\s+do|could\s+do|managed|manage|handled|handle|sorted|sort|fixed|fix)\s+(?:it|things|everything|stuff|that)${gap(2)}\s+${MYSELF_WIDE}`,
      ),
      cue(
        0.7,
        r`\b(?:prefer|rather|like)\s+(?:to\s+)?(?:sort|sorting|do|doing|handle|handling|fix|fixing|manage|managing|deal|dealing)\s+(?:with\s+)?(?:it|things|everything|stuff)\s+${MYSELF_WIDE}`,
      ),
      // "I'd rather do it alone", "I'd rather figure it out on my own", "I'd rather drive around for an hour"
      cue(
        0.7,
        r`\b(?:i'd|i\s+would)\s+(?:much\s+|far\s+)?rather${ADV}\s+(?:do|handle|figure|sort|fix|manage|deal\s+with|get\s+(?:it|things)|drive|struggle|carry|work|try|muddle|cope|be\s+(?:alone|on\s+my\s+own))\b`,
      ),
      // "it's just easier to do it myself"
      cue(
        0.8,
        r`\b(?:easier|quicker|simpler|faster|less\s+hassle)\s+(?:to\s+|if\s+i\s+)?(?:just\s+)?(?:do|sort|fix)\s+(?:it|things|everything|them|stuff)\s+${MYSELF}`,
      ),
      // "I don't like relying on anyone"
      cue(
        0.85,
        r`\b(?:don't|do\s+not|dont|never|didn't|hate)(?:\s+(?:like|liked|want|wanted|enjoy))?\s+(?:to\s+)?(?:rely|relying|depend|depending|lean|leaning|count|counting)\s+on\b`,
      ),
      cue(
        0.5,
        r`\b(?:rely|relying|depend|depending|lean|leaning)\s+on\s+(?:anyone|anybody|others|other\s+people|people|no\s+one|nobody)\b`,
      ),
      // "I like sorting things out myself", "I prefer doing things by myself"
      cue(
        0.75,
        r`\b(?:prefer|like|love|enjoy)\s+(?:to\s+do|doing|to\s+sort|sorting|to\s+fix|fixing|to\s+figure|figuring|to\s+handle|handling)\s+(?:things|it|everything|stuff)${gap(3)}\s+${MYSELF}\b`,
      ),
      cue(
        0.6,
        r`(?<!\b(?:tell|told|telling)\s+me\s+to\s)\b(?:figure|work|sort)\s+(?:it|things|stuff)\s+out\s+${MYSELF}\b`,
      ),
      // "I said no when he offered to help", "turned down her offer"
      cue(
        0.6,
        r`\b(?:said\s+no|refused|declined)\s+(?:even\s+)?when\s+(?:he|she|they|[a-z]+)\s+offered\b|\bturned\s+down\s+(?:his|her|their|the)\s+offer\b`,
      ),
      cue(0.45, r`\b(?:just\s+)?get\s+on\s+with\s+(?:it|things)\b`),
      cue(
        0.7,
        r`\b(?:don't|do\s+not|dont|never)\s+(?:need|want)\s+(?:anyone's|anybody's|somebody's|someone's|other\s+people's)\s+help\b`,
      ),
      cue(
        0.65,
        r`\b(?:always|have\s+always|i've\s+always)\s+(?:done|did|handled|sorted)\s+(?:things|everything|it)\s+${MYSELF}`,
      ),
      // "I do my own taxes, my own repairs" (booster)
      cue(0.45, r`\bdo\s+(?:my|our)\s+own\s+(?:taxes|repairs|paperwork|cleaning|washing|[a-z]+ing)\b`),
    ],
  },
  {
    barrierId: 'threat-response',
    cues: [
      // round 3: more body words and tenses ("my legs went weak", "ears ringing", "heart going like crazy")
      cue(
        0.8,
        r`\b(?:legs|knees|hands)\s+(?:go|goes|went|going|gone|turn|turned)\s+(?:all\s+)?(?:weak|wobbly|shaky|numb|to\s+water)\b`,
      ),
      cue(0.6, r`\bears\s+(?:ring|rang|ringing|buzzing|buzzed|roaring)\b`),
      cue(
        0.85,
        r`\bheart\s+(?:was\s+|is\s+|kept\s+)?(?:going|went|goes)\s+(?:like\s+)?(?:crazy|mad|wild|nuts|like\s+the\s+clappers|a\s+mile\s+a\s+minute|ninety\s+to\s+the\s+dozen)\b`,
      ),
      cue(0.8, r`\b(?:shook|trembled|shaking|trembling)\s+like\s+a\s+leaf\b|\bhyperventilat(?:e|ed|ing)\b`),
      // "my heart was pounding", "heart racing"
      cue(
        0.9,
        r`\bheart\s+(?:was\s+|is\s+|started\s+|starts\s+|kept\s+|goes\s+|went\s+)?(?:pounding|racing|thumping|hammering|pounded|raced|thumped|beating\s+(?:so\s+|really\s+)?(?:fast|hard)|in\s+my\s+(?:throat|mouth))`,
      ),
      cue(0.9, r`\b(?:racing|pounding|thumping|hammering)\s+heart\b`),
      // "I froze" (but not "I froze the soup")
      cue(
        0.8,
        r`\bi\s+(?:just\s+|completely\s+|totally\s+|kind\s+of\s+|sort\s+of\s+)?(?:froze|freeze|freezes)\b(?!\s+(?:the|some|a|an|my|it|them|his|her|our|leftovers|food|bread|meat|soup|everything)\b)`,
      ),
      cue(
        0.8,
        r`\b(?:i\s+was|i\s+felt|felt|i\s+am|i'm)\s+(?:completely\s+|totally\s+)?(?:frozen|paralysed|paralyzed)\b|\bfroze\s+up\b`,
      ),
      cue(0.8, r`\bpanic(?:ked|king|ky|s)?\b`),
      // "my hands were shaking", "I was shaking", "my voice is shaking"
      cue(
        0.8,
        r`\b(?:i\s+was|i\s+am|i'm|i\s+start|i\s+started|hands?|voice|legs|knees|body)(?:\s+(?:was|were|is|are|kept|started|starts|went))?\s+(?:shaking|trembling|shaky|wobbly)\b`,
      ),
      cue(0.85, r`\b(?:hands?|voice|legs|knees)\s+(?:shook|trembled)\b`),
      cue(
        0.75,
        r`\b(?:couldn't|could\s+not|can't|cannot|can\s+not|couldnt|cant)\s+(?:breathe|think\s+straight|speak|get\s+the\s+words\s+out|think)\b(?!\s+(?:of|about|why|what|how|who|where|that|it))`,
      ),
      cue(
        0.85,
        r`\bchest\s+(?:tighten(?:s|ed|ing)?|(?:went|goes|got|gets|was|felt|feels)\s+tight)|\btight\s+chest\b`,
      ),
      cue(
        0.75,
        r`\bstomach\s+(?:(?:was|is|goes|went|gets|got)\s+)?(?:in\s+)?(?:knots?|churning|churns|churned|dropped|drops|flipping)\b`,
      ),
      cue(0.8, r`\b(?:mind|head)\s+(?:went|goes|going|was)\s+(?:completely\s+|totally\s+)?blank\b`),
      cue(
        0.8,
        r`\b(?:whole\s+)?body\s+(?:goes|went|gets|got|was|is)\s+(?:all\s+|completely\s+|really\s+)?(?:tense|stiff|rigid|cold|numb)\b`,
      ),
      cue(0.6, r`\bscared\s+stiff\b|\bterrified\b|\bpetrified\b`),
      cue(
        0.75,
        r`\b(?:mouth|throat)\s+(?:went|goes|was|got|gets|is)\s+(?:completely\s+|totally\s+|bone\s+)?dry\b`,
      ),
      cue(0.6, r`\bsweat(?:ing|y|s|ed)?\b`),
      cue(
        0.65,
        r`\bface\s+(?:went|goes|turned|was|got|gets)\s+(?:all\s+)?(?:hot|red|bright\s+red|burning|white)\b`,
      ),
      cue(
        0.6,
        r`\b(?:fight\s+or\s+flight|adrenaline)\b|\bwanted\s+to\s+(?:run\s+away|throw\s+up|bolt|flee)\b`,
      ),
      // "felt sick" alone is too figurative: booster only
      cue(0.45, r`\b(?:felt|feel|feeling)\s+(?:physically\s+)?sick\b`),
    ],
  },
  {
    barrierId: 'social-debt',
    cues: [
      // round 3: owing in general, keeping accounts, favours thrown back at me
      cue(
        0.75,
        r`\b(?:don't|do\s+not|never|hate\s+to|hate)\s+(?:want\s+to\s+|like\s+to\s+|like\s+)?ow(?:e|ing)\s+(?:anybody|anyone|people|nobody|someone|somebody|favou?rs|him|her|them)\b`,
      ),
      cue(
        0.75,
        r`\b(?:an?\s+(?:sort\s+of\s+)?(?:invisible\s+|mental\s+|running\s+)?(?:account|tally|ledger|tab|scoreboard|balance\s+sheet))\s+of\s+(?:who|what|every|all)\b`,
      ),
      cue(
        0.6,
        r`\b(?:like|into)\s+a\s+transaction\b|\btransactional\b|\btit[\s-]for[\s-]tat\b|\bquid\s+pro\s+quo\b`,
      ),
      cue(
        0.7,
        r`\b(?:bring|brings|brought|bringing|throw|throws|threw|throwing|mention|mentions|mentioned)\s+it\s+(?:up|back\s+(?:at\s+me|in\s+my\s+face))\s+(?:at\s+every|every\s+(?:time|single|[a-z]+)|for\s+(?:months|years|weeks|ages)|again\s+and\s+again|forever|whenever)\b`,
      ),
      cue(
        0.7,
        r`\b(?:nothing|anything|something|little)\s+to\s+(?:give|offer)\s+(?:back|in\s+return)\b|\b(?:give|offer)\s+(?:anything|something|nothing)\s+(?:back|in\s+return)\b`,
      ),
      cue(0.6, r`\b(?:pay|paid|paying)\s+(?:someone|somebody|everyone|everybody)\s+back\b`),
      // "I'd owe him", "I already owe her so much", "owing people"
      cue(
        0.8,
        r`\bow(?:e|es|ed|ing)\s+(?:him|her|them|you|people|anyone|anybody|everyone|somebody|someone|my\s+[a-z]+)\b`,
      ),
      cue(
        0.85,
        r`\bin\s+(?:his|her|their|your|someone's|somebody's|[a-z]+'s)\s+debt\b|\bindebted\b|\bin\s+debt\s+to\b`,
      ),
      // "I can never repay", "if I can't pay them back", "I can't give anything back"
      cue(
        0.85,
        r`\b(?:can't|cannot|cant|can\s+never|could\s+never|couldn't|never\s+be\s+able\s+to|won't\s+be\s+able\s+to)\s+(?:repay|pay\s+(?:[a-z]+\s+)?back|give\s+(?:anything|something|it)\s+back|return\s+the\s+favou?r)\b`,
      ),
      cue(
        0.6,
        r`\b(?:pay|paid|paying)\s+(?:him|her|them|you|people|anyone)\s+back\b|\b(?:repay|return\s+the\s+favou?r|make\s+it\s+up\s+to)\b`,
      ),
      // "I keep score", "a mental tally of every favour"
      cue(
        0.85,
        r`\bkeep(?:s|ing)?\s+(?:score|count|a\s+(?:mental\s+)?(?:tally|record|ledger)|tally|track\s+of\s+(?:who|what|every|favou?rs))\b`,
      ),
      cue(0.75, r`\bmental\s+(?:tally|ledger|accounting|note)\s+of\b`),
      cue(0.65, r`\bcall(?:s|ed|ing)?\s+in\s+(?:the|a|that)\s+favou?r\b|\bhold\s+it\s+over\s+me\b`),
      cue(0.6, r`\b(?:keep|kept|keeps)\s+reminding\s+me\b`),
      cue(
        0.65,
        r`\b(?:mention(?:ed|s|ing)?\s+it|(?:bring|brings|brought|bringing)\s+it\s+up)\s+(?:for\s+(?:months|years|weeks|ages)|again\s+and\s+again|forever)\b`,
      ),
    ],
  },
  {
    barrierId: 'gendered-norms',
    cues: [
      // round 3: norms stated about "a man"/"we're men", family rules by gender, "man of the house"
      cue(
        0.7,
        r`\b(?:a|any|no|every)\s+(?:real\s+)?(?:man|woman|lad|girl|boy)\s+(?:sorts?|handles?|deals?|fixes|copes?|provides?|doesn't|does\s+not|never|should|shouldn't|must|knows?|gets?\s+on|takes?\s+care)\b`,
      ),
      cue(0.75, r`\b(?:man|woman|lady)\s+of\s+the\s+(?:house|family|household)\b|\bbreadwinner\b`),
      cue(
        0.55,
        r`\b(?:we're|we\s+are|i'm|i\s+am|being|as)\s+(?:a\s+)?(?:men|man|women|woman|guy|guys|bloke|blokes|lads?|girls?)\s*(?:,|;|-|\u2014)?\s+(?:we|i|you)\s+(?:just\s+)?(?:get\s+on|don't|do\s+not|never|should|shouldn't|can't|must|have\s+to|deal|cope|handle|sort)\b`,
      ),
      cue(
        0.7,
        r`\b(?:i'm|i\s+am)\s+(?:a|his|her|the|their|my\s+(?:dad's|father's|mum's|mom's|mother's))\s+(?:[a-z]+\s+)?(?:son|daughter|father|mother|dad|mum|mom|husband|wife|man|woman|girl|boy)\b,?${gap(5)}\s+(?:supposed|meant|expected)\s+to\b`,
      ),
      cue(0.7, r`\bas\s+a\s+(?:man|woman|guy|bloke|girl|boy|lad)\b`),
      cue(0.45, r`\bas\s+a\s+(?:mother|father|mum|mom|dad|husband|wife)\b`),
      cue(
        0.8,
        r`\bas\s+(?:a|the)\s+(?:mother|father|mum|mom|dad|husband|wife|man|woman|son|daughter)(?:\s*,)?\s+(?:i'm|i\s+am|i)\s+(?:meant|supposed|expected)\s+to\b`,
      ),
      // "real men don't", "a proper woman copes"
      cue(0.85, r`\b(?:real|proper)\s+(?:men|man|women|woman|lady|ladies|guy|guys|bloke|lads?)\b`),
      // "women are supposed to cope", "men should provide"
      cue(
        0.65,
        r`\b(?:men|women|boys|girls|a\s+man|a\s+woman|guys|lads|mothers|a\s+mother|wives|a\s+wife|husbands|a\s+husband)\s+(?:should|shouldn't|don't|do\s+not|are\s+supposed\s+to|is\s+supposed\s+to|aren't\s+supposed\s+to|are\s+meant\s+to|is\s+meant\s+to|are\s+expected\s+to|is\s+expected\s+to|must|have\s+to|has\s+to|can't|never\s+ask|just\s+cope|get\s+on\s+with\s+it)\b`,
      ),
      cue(0.85, r`\bman\s+up\b|\bboys\s+don't\s+cry\b|\bbe\s+a\s+man\b`),
      cue(0.45, r`\bgrown\s+(?:man|woman)\b`), // round 4: a booster only ("a grown woman" is often shame)
    ],
  },
  {
    barrierId: 'self-reliance-myth',
    cues: [
      // round 3: learned family rules ("stand on your own two feet", "raised to be proud of never taking a penny")
      cue(0.65, r`\bstand\s+on\s+(?:my|your|our|their|his|her|one's)\s+own\s+(?:two\s+)?feet\b`),
      cue(
        0.6,
        r`\b(?:raised|brought\s+up|taught|grew\s+up\s+(?:being\s+)?told|drummed\s+into\s+(?:me|us))\s+(?:to\s+be\s+(?:proud|independent|self-sufficient|self-reliant)\b|(?:to|that|believing)${gap(3)}\s+(?:never|not|don't|didn't|shouldn't)\s+(?:ask|need|take|accept|rely|depend|complain|burden|bother)\b)`,
      ),
      cue(
        0.6,
        r`\b(?:never|don't|didn't|wouldn't|won't|not)\s+(?:take|took|accept|accepted|ask\s+for)\s+(?:a\s+penny|charity|handouts?|hand-outs?)\b|\b(?:charity|handouts?|hand-outs?)\s+(?:is|are|was|were)\s+for\b`,
      ),
      cue(
        0.6,
        r`\b(?:considered|seen\s+as|called|thought\s+of\s+as)\s+(?:spoiled|spoilt|soft|weak|lazy|needy)\s+(?:if|when|for)\b`,
      ),
      // "I should be able to do it myself"
      cue(0.75, r`\bshould\s+be\s+able\s+to${gap(5)}\s+${MYSELF}\b`),
      cue(0.85, r`\bgrown[\s-]?ups?\s+(?:don't|do\s+not|shouldn't|should\s+not|never)\s+(?:need|ask)\b`),
      cue(
        0.75,
        r`\b(?:adults|an\s+adult|grown\s+adults|a\s+grown\s+adult)\s+(?:handle|deal\s+with|sort\s+out|sort|manage|don't\s+need|shouldn't\s+need|should\s+be\s+able)\b`,
      ),
      cue(0.6, r`\bchildish\b|\bimmature\b`),
      // "only weak people need help"; "I feel like a child when I need a lift"
      cue(
        0.8,
        r`\bonly\s+(?:the\s+)?(?:(?:weak|lazy|needy|helpless|useless|incapable|stupid)(?:\s+people)?|babies|children|kids|losers)\s+(?:need|needs|ask|asks)\b`,
      ),
      cue(
        0.7,
        r`\b(?:feel|felt|feeling)\s+(?:like\s+)?(?:a\s+)?(?:child|kid|baby|little\s+girl|little\s+boy)\s+(?:when|if|for|asking|needing)\b`,
      ),
      cue(
        0.6,
        r`\bwe\s+(?:were|are)\s+(?:the|a)\s+(?:family|people|kind)\s+(?:that|who)\s+(?:managed|manages|coped|copes|never\s+asked|didn't\s+ask|sorted)\b`,
      ),
      cue(0.7, r`\bself[\s-]made\b|\bself[\s-]sufficien(?:t|cy)\b`),
      cue(0.8, r`\bbig\s+(?:kids|boys|girls)\s+do\b`),
      cue(
        0.75,
        r`\b(?:needing|asking\s+for|to\s+need|to\s+ask\s+for)\s+help\s+(?:is|was|means|makes\s+you)\s+(?:a\s+sign\s+of\s+)?(?:weak(?:ness)?|childish|immature|for\s+(?:kids|children|babies))\b`,
      ),
      cue(0.45, r`\bthat's\s+what\s+i\s+was\s+(?:taught|raised|brought\s+up)\b`),
    ],
  },
  {
    barrierId: 'workplace-image',
    cues: [
      // round 3: what they (at work) would think of me; being "the weak link" or "the one who slows things down"
      cue(
        0.7,
        r`\b(?:they|he|she|people|everyone|my\s+team|the\s+team)(?:'ll|'d|\s+(?:will|would|might|may|could))${ADV}\s+(?:think|decide|assume|see|know|conclude)\s+(?:that\s+)?(?:i'm|i\s+am|i\s+was|i've\s+been|me\s+as)\s+(?:not\s+(?:qualified|capable|competent|coping|up\s+to\s+(?:it|the\s+job))|incompetent|unprofessional|useless|slacking|struggling|out\s+of\s+my\s+depth|the\s+weak\s+link|a\s+liability|not\s+cut\s+out)\b`,
        WORK,
      ),
      cue(
        0.6,
        r`\b(?:be|being|become|look\s+like)\s+the\s+(?:weak\s+link|one\s+(?:who|that)\s+(?:slows|holds|drags|can't|doesn't|needs|messes|keeps\s+asking))\b`,
        WORK,
      ),
      cue(0.6, r`\bout\s+of\s+my\s+depth\b`, WORK),
      cue(0.4, r`\bprobation\b|\bredundanc(?:y|ies)\b|\b(?:let\s+go|laid\s+off|sacked|fired)\b`),
      // "my manager will think I'm incompetent", "my boss would see me as ..."
      cue(
        0.75,
        r`\b(?:boss|manager|supervisor|team\s*lead(?:er)?|line\s+manager|director|employer|colleagues?|co-?workers?)(?:'ll|'d|\s+(?:will|would|might|may|gonna|(?:is|are|was)\s+going\s+to))${ADV}\s+(?:think|see\s+(?:me\s+as|that|i\b|i'm|how)|decide|assume|notice\s+(?:that|i\b|i'm|how)|judge|wonder|realise|realize|question|doubt|start\s+(?:doubting|to\s+doubt|questioning|wondering)|lose\s+(?:confidence|faith|trust)\s+in\s+me)\b`,
      ),
      cue(
        0.7,
        r`\b(?:look|seem|appear|come\s+across\s+as|be\s+seen\s+as|seen\s+as)\s+(?:so\s+|really\s+|totally\s+|completely\s+|a\s+bit\s+)?(?:incompetent|unprofessional|useless|weak|clueless|slow|lazy|stupid|out\s+of\s+my\s+depth|not\s+capable|less\s+capable|a\s+liability)\b`,
        WORK,
      ),
      cue(
        0.75,
        r`\b(?:can't|cannot|couldn't|can\s+not|cant)\s+(?:do|handle|cope\s+with)\s+(?:my|the|this)\s+(?:job|role|work|position)\b`,
      ),
      cue(0.75, r`\bnot\s+up\s+to\s+the\s+(?:job|role|task)\b`),
      cue(0.7, r`\blook\s+like\s+i\s+(?:don't|do\s+not|can't|cannot)\s+(?:know|cope|manage|do)\b`, WORK),
      cue(
        0.75,
        r`\b(?:hurt|damage|ruin|harm|kill|affect)\s+my\s+(?:chances|career|prospects|reputation|standing|review|promotion)\b`,
        WORK,
      ),
      cue(0.7, r`\b(?:count|counts|go|goes|held)\s+against\s+me\b`, WORK),
      cue(0.4, r`\bperformance\s+reviews?\b|\bappraisals?\b|\bpromotion\b|\bpromoted\b`),
    ],
  },
  {
    barrierId: 'social-comparison',
    cues: [
      // round 3: "everybody at the school gate seems to", "everybody on my feed has ...", "every mum at the gate"
      cue(
        0.7,
        r`\b(?:everyone|everybody|they\s+all|all\s+of\s+them|the\s+others|all\s+the\s+others)(?:\s+(?:at|in|on|from)\s+(?:the|my|our|this|that)\s+[a-z]+(?:\s+[a-z]+)?)?(?:\s+else)?\s+(?:(?:seems?|seemed|appears?|appeared)\s+to\s+(?:have|manage|cope|get|know|be|understand|find|handle|follow)|(?:seems?|seemed|looks?|looked|acts?|acted|nodded|nods)\s+(?:along\s+)?(?:like|as\s+if|as\s+though)\s+(?:it\s+was|it's|it\s+is)\s+(?:obvious|easy|nothing|simple|second\s+nature))\b`,
      ),
      cue(
        0.8,
        r`\b(?:everyone|everybody|people|all\s+my\s+friends|all\s+the\s+people)\s+(?:on|in)\s+(?:my\s+)?(?:feed|instagram|facebook|tiktok|linkedin|social\s+media|timeline|stories)\b`,
      ),
      cue(
        0.6,
        r`\b(?:has|have|had|got)\s+(?:it\s+all|their\s+(?:lives?|life|act|stuff|shit)|everything|it)\s+(?:together|figured\s+out|sorted|handled|under\s+control)\b`,
      ),
      cue(
        0.7,
        r`\bevery\s+(?:other\s+)?(?:mum|mom|parent|dad|student|person|woman|man|guy|girl|colleague|one)\s+(?:at|in|on)\s+(?:the|my|our|this)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:looks|seems|has|is|manages|copes|knows|gets)\b`,
      ),
      cue(0.7, r`\b(?:everyone|everybody)\s+else\b`),
      cue(
        0.75,
        r`\b(?:nobody|no\s+one|no-one)\s+else\s+(?:in|at|on|seems|needs|asks|has|struggles|had|needed)\b`,
      ),
      // "I'm the only one who can't manage", "I'm the only one struggling"
      cue(
        0.75,
        r`\b(?:i'm|im|i\s+am|i\s+was|i\s+feel\s+like\s+i'm)\s+(?:the\s+)?only\s+one\s+(?:who|that|struggling|not|in|here|left)\b`,
      ),
      // "on Instagram everyone ...", "social media makes it look like every other mum ..."
      cue(
        0.8,
        r`\b(?:instagram|facebook|tiktok|social\s+media|linkedin|(?:my|the)\s+feed)${gap(5)}\s+(?:everyone|everybody|every\s+other|all\s+(?:my|the|these)|they\s+all|people)\b`,
      ),
      cue(0.4, r`\b(?:instagram|social\s+media|tiktok|facebook)\b`),
      cue(
        0.7,
        r`\bevery\s+other\s+(?:mum|mom|parent|person|student|guy|woman|man|dad|mother|father|one|family|couple)\b`,
      ),
      // "my colleagues never ask for anything"
      cue(
        0.7,
        r`\b(?:friends|colleagues|classmates|peers|co-?workers|siblings|neighbours|neighbors|other\s+(?:mums|moms|parents|people|students|guys|women|men))\s+(?:all\s+)?(?:seem\s+to|never\s+(?:ask|need|struggle)|manage|cope|just\s+get\s+on|always\s+(?:manage|cope|seem))\b`,
      ),
      cue(
        0.65,
        r`\b(?:everyone|everybody|they\s+all|all\s+of\s+them)\s+seems?\s+to\s+(?:have|manage|cope|get|know|be)\b`,
      ),
      cue(
        0.6,
        r`\b(?:everyone|everybody)\s+i\s+(?:know|went\s+to\s+school\s+with|grew\s+up\s+with|studied\s+with|started\s+with)\b`,
      ),
      cue(0.55, r`\b(?:have|has|got)\s+it\s+all\s+(?:together|figured\s+out|sorted)\b`),
      cue(0.7, r`\bcompar(?:e|ing|ed)\s+myself\b`),
    ],
  },
  {
    barrierId: 'fear-of-rejection',
    cues: [
      // round 3: imagining the no, "she'd think I'm lazy and just say no", "what if they think ...", won't reply
      cue(0.8, r`${OTHER}${MOD}${gap(5)}\s+(?:just\s+)?(?:say|tell\s+me)\s+no\b`),
      cue(
        0.75,
        r`\b(?:picturing|pictured|picture|imagining|imagined|imagine|could\s+(?:already\s+)?(?:hear|see|picture|imagine)|kept\s+hearing)\s+(?:him|her|them|my\s+[a-z]+(?:-in-law)?|the\s+[a-z]+|[a-z]+)(?:\s+[a-z]+)?\s+(?:sighing|sigh|saying\s+(?:no|(?:she|he|they)\s+(?:was|were|is|are)\s+(?:too\s+)?busy|(?:it's|it\s+was)\s+my\s+(?:own\s+)?fault)|telling\s+me\s+(?:off|no|to|it's|it\s+was|i)|rolling\s+(?:her|his|their)\s+eyes|laughing\s+(?:at|about)\s+(?:me|it)|refusing|getting\s+(?:annoyed|irritated|angry|cross)|being\s+(?:annoyed|irritated|short|rude|cross))\b`,
      ),
      cue(
        0.75,
        r`${OTHER}${MOD}${ADV}\s+(?:think|find)\s+(?:i'm|i\s+am|me)\s+(?:so\s+|really\s+|a\s+bit\s+|just\s+)?(?:lazy|stupid|an\s+idiot|silly|thick|weird|a\s+time-?\s?waster|wasting\s+(?:her|his|their)\s+time|attention-?\s?seeking|making\s+(?:it\s+up|a\s+fuss)|exaggerating|trying\s+to\s+(?:scam|con|cheat|trick)|pathetic|hopeless)\b`,
      ),
      cue(
        0.7,
        r`\bwhat\s+if\s+(?:he|she|they|people|the\s+[a-z]+|my\s+[a-z]+|[a-z]+)(?:\s+(?:at|in|from)\s+the\s+[a-z]+)?\s+(?:thinks?\s+(?:i'm|i\s+am)\s+(?:trying\s+to|taking\s+advantage|using|scrounging|greedy|needy|lazy|a\s+nuisance|a\s+pain|a\s+time-?\s?waster)|says?\s+no|laughs?|gets?\s+(?:annoyed|angry|cross|irritated)|ignores?|refuses?|turns?\s+me\s+(?:down|away)|judges?|snaps?)\b`,
      ),
      cue(
        0.6,
        r`${OTHER}(?:\s+(?:wouldn't|would\s+not|might\s+not)|\s+(?:probably|just)\s+(?:wouldn't|won't))${ADV}\s+(?:even\s+)?(?:reply|answer|respond|get\s+back\s+to\s+me|want\s+to\s+(?:help|know|be\s+bothered)|bother|have\s+(?:the\s+)?time\s+for\s+me|listen|take\s+me\s+seriously)\b`,
      ),
      cue(
        0.75,
        r`${OTHER}${MOD}${ADV}\s+(?:tell\s+me\s+(?:off|it's\s+(?:my|all\s+my)\s+(?:own\s+)?fault|to\s+(?:go\s+away|get\s+lost|stop|sort\s+it\s+out\s+myself|figure\s+it\s+out\s+myself))|be\s+(?:too\s+busy|put\s+out|mad\s+at\s+me|upset\s+with\s+me)|snap\s+at\s+me|shout\s+at\s+me|think\s+less\s+of\s+me)\b`,
      ),
      cue(
        0.7,
        r`${OTHER}${MOD}${ADV}\s+say\s+(?:that\s+)?(?:the\s+[a-z]+\s+(?:list\s+)?is\s+full|it's\s+full|it's\s+(?:my|all\s+my)\s+(?:own\s+)?fault|(?:it's\s+)?not\s+(?:her|his|their|my)\s+problem|come\s+back\s+(?:later|another)|(?:she|he|they)\s+(?:can't|won't)\s+help)\b`,
      ),
      cue(
        0.75,
        r`\b(?:expecting|expected|expect|waiting\s+for)\s+(?:him|her|them)\s+to\s+(?:snap|shout|sigh|refuse|say\s+no|be\s+(?:annoyed|rude|cross|short)|get\s+(?:annoyed|cross|angry)|roll\s+(?:her|his|their)\s+eyes|tell\s+me\s+off)\b`,
      ),
      // "they'd say no", "she'll probably just say no", "people would say no"
      cue(0.9, r`${OTHER}${MOD}${ADV}\s+(?:say|tell\s+me)\s+no\b`),
      // "he'd just ignore the email", "she'll turn me down", "she'll be short with me", "he'll roll his eyes"
      cue(
        0.85,
        r`${OTHER}${MOD}${ADV}\s+(?:refuse|decline|reject\s+(?:me|it|us)|ignore\s+(?:me|us|it|my\s+[a-z]+|the\s+[a-z]+)|turn\s+(?:me|us|it)\s+down|brush\s+(?:me|us|it)\s+off|shut\s+me\s+down|laugh\s+at\s+me|be\s+(?:annoyed|irritated|angry|cross|fed\s+up|short\s+with\s+me)|get\s+(?:annoyed|irritated|angry|cross)|roll\s+(?:her|his|their)\s+eyes|sigh|send\s+me\s+away)\b`,
      ),
      // "the teacher would just say there's nothing she can do"
      cue(
        0.8,
        r`${OTHER}${MOD}${ADV}\s+say\s+(?:that\s+)?(?:there's\s+nothing|(?:she|he|they)\s+(?:can't|couldn't|won't|wouldn't)|(?:she's|he's|they're)\s+(?:too\s+)?busy|it's\s+(?:not\s+possible|impossible)|no\s+way|i\s+can't)\b`,
      ),
      // "I expected him to laugh", "I was sure she'd ..."
      cue(
        0.8,
        r`\bi\s+(?:expected|expect|was\s+expecting|was\s+sure|was\s+convinced|worried|was\s+worried|was\s+afraid|was\s+scared)\s+(?:that\s+)?(?:him|her|them|they|he|she)\s+(?:to\s+|would\s+|'d\s+|will\s+)?(?:laugh|refuse|say\s+no|turn\s+me\s+down|be\s+annoyed|get\s+annoyed|tell\s+me\s+(?:off|no)|ignore\s+me|brush\s+me\s+off|send\s+me\s+away)\b`,
      ),
      cue(0.6, r`\b(?:make|making|made|find|finding|come\s+up\s+with)\s+(?:some|an|another)\s+excuse\b`),
      cue(
        0.45,
        r`\b(?:picture|imagine|imagined|pictured|could\s+see)\s+(?:her|his|their|the)\s+(?:face|reaction|expression)\b`,
      ),
      cue(0.85, r`\bwhat\s+if\s+[a-z]+\s+(?:says?|said)\s+no\b`),
      cue(
        0.6,
        r`\bturn(?:s|ed|ing)?\s+(?:me|us)\s+(?:down|away)\b|\b(?:be|being|get|getting|got)\s+turned\s+(?:down|away)\b`,
      ),
      cue(
        0.7,
        r`\bbrush(?:es|ed|ing)?\s+(?:me|it|us)\s+off\b|\b(?:be|being|get|getting|got)\s+brushed\s+off\b`,
      ),
      cue(
        0.9,
        r`\b(?:fear|afraid|scared|terrified|worried|frightened)\s+of\s+(?:being\s+)?(?:reject(?:ion|ed)|turned\s+down|a\s+no|told\s+no|hearing\s+no)\b`,
      ),
      cue(0.75, r`\b(?:feel|be|being|get|getting|felt)\s+rejected\b`),
      cue(0.8, r`\b(?:expect(?:ed|ing)?|dread(?:ed|ing)?)\s+(?:a|the|to\s+hear\s+a)\s+no\b`),
      // "she'd think I'm needy"
      cue(
        0.7,
        r`${OTHER}${MOD}${ADV}\s+(?:think|find)\s+(?:i'm|i\s+am|me)\s+(?:so\s+|really\s+|a\s+bit\s+)?(?:needy|demanding|pushy|annoying|a\s+nuisance|a\s+pain|too\s+much|rude|cheeky|taking\s+advantage|using\s+(?:them|her|him)|a\s+scrounger|a\s+freeloader|greedy|selfish)\b`,
      ),
      cue(
        0.6,
        r`\b(?:say|tell\s+me|said)\s+(?:that\s+)?(?:she's|he's|they're|she\s+is|he\s+is|they\s+are|she\s+was|he\s+was|they\s+were)\s+too\s+busy\b`,
      ),
    ],
  },
  {
    barrierId: 'shame',
    cues: [
      // round 3: self-judgement in more forms ("I feel old and useless", "I think I'm useless", "like a burden")
      cue(
        0.8,
        r`\b(?:i\s+(?:think|thought|tell\s+myself|told\s+myself|call\s+myself)|i\s+feel|i\s+felt|feel|felt|feeling|makes?\s+me\s+feel|made\s+me\s+feel)\s+(?:that\s+)?(?:like\s+)?(?:i'm\s+|i\s+am\s+)?(?:so\s+|such\s+|really\s+)?(?:[a-z]+\s+and\s+)(?:a\s+|an\s+)?(?:failure|useless|pathetic|worthless|stupid|inadequate|hopeless|small|a\s+burden)\b`,
      ),
      cue(
        0.8,
        r`\bi\s+(?:think|thought|tell\s+myself|told\s+myself)\s+(?:that\s+)?(?:i'm|i\s+am)\s+(?:so\s+|such\s+|really\s+|completely\s+)?(?:a\s+|an\s+)?(?:failure|useless|pathetic|worthless|stupid|an\s+idiot|idiot|loser|inadequate|hopeless|weak|a\s+mess)\b`,
      ),
      cue(0.65, r`\blike\s+(?:a|such\s+a)\s+burden\b`),
      cue(
        0.75,
        r`\b(?:wrong|broken|defective)\s+(?:with|in|about)\s+me\b|\b(?:as\s+if|like)\s+(?:i'm|i\s+am)\s+(?:not\s+capable|incapable|not\s+good\s+enough|broken|worthless|useless|a\s+failure)\b`,
      ),
      cue(
        0.8,
        r`\b(?:means|meant|proves|proved|shows|showed|admitting)\s+(?:that\s+)?(?:i'm|i\s+am|i\s+was)\s+(?:a\s+failure|broken|useless|not\s+good\s+enough|pathetic|incapable|inadequate|a\s+burden)\b`,
      ),
      cue(0.6, r`\btoo\s+(?:embarrassed|ashamed|mortified)\s+to\s+(?:ask|say|admit|tell|call|ring)\b`),
      cue(
        0.9,
        r`\b(?:something|what's|what\s+is)\s+(?:is\s+|must\s+be\s+|was\s+)?(?:really\s+|seriously\s+)?wrong\s+with\s+me\b`,
      ),
      cue(0.85, r`\bashamed\b|\bshameful\b`),
      cue(0.7, r`\bhumiliat(?:ing|ed|ion)\b|\bthe\s+shame\s+of\b`),
      // "I'm such a failure", "I felt like such an idiot", "I feel pathetic"
      // (not "they'd think I'm stupid": someone else's judgment is fear-of-rejection/spotlight, not shame)
      cue(
        0.8,
        r`(?<!\b(?:think|thinks|thought|say|says|said|assume|assumes)\s)\b(?:i'm|im|i\s+am|i\s+was|i\s+feel|i\s+felt|feel|felt|feeling|makes?\s+me\s+feel|made\s+me\s+feel)\s+(?:like\s+)?(?:such\s+|so\s+|completely\s+|totally\s+|really\s+)?(?:a\s+|an\s+)?(?:failure|useless|pathetic|worthless|stupid|idiot|loser|inadequate|burden|hopeless|small)\b`,
      ),
      // "makes me feel like a bad mother"
      cue(
        0.8,
        r`\b(?:feel|felt|feeling|i'm|i\s+am|being)\s+(?:like\s+)?(?:such\s+)?a\s+(?:bad|terrible|rubbish|awful|useless|lousy)\s+(?:mother|mum|mom|father|dad|parent|person|friend|daughter|son|wife|husband)\b`,
      ),
      cue(0.5, r`\bnot\s+cut\s+out\s+for\b|\bi'm\s+(?:such\s+)?a\s+(?:mess|disaster|disgrace|joke)\b`),
      cue(0.4, r`\bembarrass(?:ed|ing)\b`),
      cue(
        0.6,
        r`\b(?:i'm|i\s+am)\s+failing\b(?!\s+(?:to|my|the|a|an|at|in|her|him|them|you|us|maths|english|exams?|tests?)\b)`,
      ),
      cue(0.7, r`\bpathetic\b`),
      cue(0.75, r`\b(?:be|being|become|becoming)\s+(?:a|such\s+a)\s+burden\b`),
      cue(
        0.8,
        r`\bwhat\s+kind\s+of\s+(?:a\s+)?(?:person|mother|father|mum|mom|dad|man|woman|adult|parent|wife|husband|daughter|son|friend)\s+(?:can't|cannot|doesn't|needs|has\s+to|couldn't)\b`,
      ),
      cue(
        0.75,
        r`\bcall(?:s|ed)?\s+myself\s+(?:weak|stupid|useless|an\s+idiot|pathetic|a\s+failure|names)\b`,
      ),
      cue(0.6, r`(?<!\bor\s)\b(?:i've|i\s+have|like\s+i'm|like\s+i\s+am|like\s+i)\s+(?:failed|failing)\b`),
      cue(
        0.75,
        r`\bnot\s+(?:a\s+)?good\s+enough\s+(?:son|daughter|mother|father|mum|mom|dad|parent|wife|husband|friend|person)\b`,
      ),
    ],
  },
  {
    barrierId: 'imposter-syndrome',
    cues: [
      // round 3: "she'll realise I was never good enough", "at work I feel like I'm pretending", "I slipped through"
      cue(
        0.8,
        r`\b(?:realise|realize|see|notice|discover|find\s+out|know|learn|work\s+out|figure\s+out)\s+(?:that\s+)?(?:i'm|im|i\s+am|i\s+was|i've\s+been)\s+(?:not|never)\s+(?:really\s+)?(?:good\s+enough|qualified|capable|competent|clever\s+enough|smart\s+enough|up\s+to|cut\s+out)\b`,
      ),
      cue(
        0.7,
        r`\b(?:feel|felt|feeling)\s+(?:like\s+)?(?:i'm|i\s+am|i\s+was)\s+(?:just\s+)?(?:pretending|bluffing|playing\s+a\s+part)\b`,
      ),
      cue(0.6, r`\bslipped\s+through\b(?!\s+(?:the\s+)?(?:cracks|gaps?|fingers))`),
      cue(
        0.7,
        r`(?<!['\w])(?!i\b)[a-z]+\s+(?:find|found|finds|figure|figured|work|worked)\s+out\s+(?:that\s+)?i\s+(?:needed|need|couldn't|don't\s+know|didn't\s+know|never\s+knew)\b`,
      ),
      cue(
        0.85,
        r`\b(?:a\s+fraud|an?\s+impost[eo]r|impost[eo]r\s+syndrome|a\s+fake|faking\s+it|a\s+phon(?:e)?y)\b`,
      ),
      // "they'll find out I'm a fraud"
      cue(
        0.75,
        r`\b(?:find|found|finds|figure|figured|work|worked)\s+out\s+(?:that\s+)?(?:i'm|im|i\s+am|i\s+was|i\s+have\s+no|i\s+can't|i\s+don't|i\s+didn't)\b`,
      ),
      cue(0.8, r`\b(?:be|being|get|getting|got)\s+found\s+out\b`),
      // "my team discovers I don't actually know ...", "they'll realise they hired the wrong person"
      cue(
        0.7,
        r`\b(?!i\b)[a-z]+(?:'ll|'d|\s+(?:will|would|might|could|may))?${ADV}\s+(?:discover|discovers|discovered|realise|realises|realised|realize|realizes|realized|learn|learns|find\s+out|finds\s+out|figure\s+out|work\s+out)\s+(?:that\s+)?(?:i'm\s+not|i\s+am\s+not|i\s+wasn't|i\s+don't|i\s+can't|i\s+have\s+no|i\s+didn't|they\s+(?:hired|picked|chose)\s+the\s+wrong)\b`,
      ),
      cue(0.8, r`\b(?:hired|picked|chose|promoted)\s+the\s+wrong\s+(?:person|guy|woman|man|one)\b`),
      cue(
        0.8,
        r`\b(?:don't|do\s+not|didn't|dont)\s+(?:really\s+)?(?:deserve|earn(?:ed)?)\s+(?:this|my|the)\s+(?:job|role|position|place|promotion|title|contract|grade|scholarship|seat|spot|degree|success|salary)\b|\bdon't\s+deserve\s+to\s+be\s+here\b`,
      ),
      cue(0.75, r`\b(?:don't|do\s+not|dont)\s+(?:really\s+)?belong\s+(?:here|in|on|at|with)\b`),
      // "they'll realise I'm not as smart as they think"
      cue(
        0.8,
        r`\b(?:realise|realize|see|notice|discover)\s+(?:that\s+)?(?:i'm|im|i\s+am|i\s+was)\s+not\s+(?:as\s+(?:smart|clever|good|capable|competent|talented|qualified)|good\s+enough|that\s+good|up\s+to)\b`,
      ),
      cue(
        0.8,
        r`\b(?:hired|got\s+(?:the|this)\s+job|got\s+in|got\s+here|promoted)\s+by\s+(?:mistake|accident|luck|fluke)\b`,
      ),
      cue(
        0.45,
        r`\bgive\s+(?:it|me)\s+away\b|\bexpose\s+me\b|\bsee\s+(?:right\s+)?through\s+me\b|\bblow\s+my\s+cover\b`,
      ),
    ],
  },
  {
    barrierId: 'perfectionism',
    cues: [
      // round 3: "properly or not at all", "it won't be how I want it", redoing, my own standards
      cue(0.8, r`\b(?:properly|right|perfectly)\s+or\s+not\s+at\s+all\b`),
      cue(
        0.6,
        r`\b(?:has|have|had|needs?|needed)\s+to\s+be\s+(?:done\s+)?(?:properly|exactly\s+right|just\s+right|just\s+so|spot\s+on|exactly\s+how\s+i\s+want)\b`,
      ),
      cue(
        0.45,
        r`\b(?:won't|wouldn't|isn't|wasn't|didn't|doesn't|won't\s+ever)\s+(?:be|look|come\s+out|turn\s+out)\s+(?:right|how\s+i\s+(?:want|like|wanted)|the\s+way\s+i\s+(?:want|like|wanted))\b`,
      ),
      cue(0.45, r`\bre-?do(?:ne|ing|es)?\s+(?:it|the|them|everything|all)\b|\bredid\b`),
      cue(
        0.6,
        r`\b(?:up\s+to|to|by|meet|meeting)\s+my\s+(?:own\s+)?(?:high\s+|exacting\s+)?standards?\b|\bstandards?\s+i\s+(?:set|hold)\b`,
      ),
      cue(
        0.85,
        r`\b(?:has\s+to|have\s+to|had\s+to|must|needs?\s+to|needed\s+to|should|got\s+to)\s+be\s+(?:absolutely\s+|completely\s+|just\s+|totally\s+)?(?:perfect|flawless|spotless)\b`,
      ),
      cue(0.75, r`\bflawless(?:ly)?\b`),
      // round 4: not when it is someone else ("my friend is a perfectionist")
      cue(
        0.8,
        r`(?<!\b(?:is|was|she's|he's|they're|are|were)\s+(?:a\s+|such\s+a\s+|a\s+total\s+|a\s+bit\s+of\s+a\s+)?)\bperfectionis(?:t|m)\b`,
      ),
      cue(0.85, r`\bnot\s+good\s+enough\s+(?:unless|until|if)\b`),
      cue(
        0.8,
        r`\b(?:until|unless|till)\s+(?:it's|it\s+is|everything\s+is|it\s+looks)\s+(?:perfect|flawless|right)\b`,
      ),
      cue(0.55, r`\b(?:without|no)\s+(?:a\s+single\s+|any\s+)?(?:mistakes?|errors?|flaws?)\b`),
      cue(0.55, r`\bit's\s+not\s+good\s+enough\b|\bnot\s+perfect\b`),
      cue(0.6, r`\bimpossible\s+standards?\b|\bhigh\s+standards\b`),
      cue(0.45, r`\bhalf[\s-](?:done|finished|baked)\b`),
    ],
  },
  {
    barrierId: 'spotlight-effect',
    cues: [
      // round 3: tenses ("everyone would've noticed"), "the other parents would all find out", whole X listening
      cue(
        0.8,
        r`\b(?:everyone|everybody|the\s+other\s+[a-z]+|(?:the\s+)?(?:whole|entire)\s+[a-z]+|all\s+of\s+them|people)(?:\s+(?:in|at|on)(?:\s+(?:the|my|our))?\s+[a-z]+)?(?:'d|'ll|\s+(?:would|will|might|could))(?:'ve|\s+have)?(?:\s+all)?${ADV}\s+(?:notice|noticed|stare|stared|see|seen|look|looked|know|known|hear|heard|watch|watched|talk|talked|whisper|laugh|laughed|remember|find\s+out|found\s+out|judge|judged|think|thought)\b`,
      ),
      cue(
        0.75,
        r`\b(?:they|we|you)(?:'d|'ll|\s+(?:would|will|might))\s+all\s+(?:notice|know|see|remember|stare|talk|laugh|judge|think|hear|watch|find\s+out)\b`,
      ),
      cue(
        0.75,
        r`\b(?:everyone|everybody|the\s+(?:whole|entire)\s+[a-z]+|all\s+of\s+them)\s+(?:was|were|is|are|would\s+be|'d\s+be)\s+(?:listening|watching|staring|looking\s+at\s+me|judging\s+me|waiting)\b`,
      ),
      cue(
        0.65,
        r`\bin\s+front\s+of\s+(?:the\s+(?:whole|entire)\s+[a-z]+|all\s+(?:the|these|those)\s+[a-z]+|(?:the|a)\s+(?:queue|crowd|audience|waiting\s+room|shop|class|meeting)|all\s+of\s+them)\b`,
      ),
      // "everyone would notice", "everyone in the aisle would hear", "everyone at church would know"
      cue(
        0.8,
        r`\b(?:everyone|everybody|(?:the\s+)?(?:whole|entire)\s+[a-z]+|all\s+of\s+them|the\s+others|people)(?:\s+(?:in|at|on)(?:\s+(?:the|my|our))?\s+[a-z]+)?${MOD}${ADV}\s+(?:notice|stare|see|look|know|hear|watch|talk|whisper|gossip|laugh|remember|find\s+out|judge|be\s+(?:watching|looking|staring|talking|whispering|judging|gossiping|laughing))\b`,
      ),
      // "the entire restaurant turned to look"
      cue(
        0.8,
        r`\b(?:the\s+)?(?:whole|entire)\s+[a-z]+\s+(?:turned\s+(?:to\s+look|round|around)|(?:was|were)\s+(?:looking|staring|watching|laughing|whispering)\s+(?:at|about)\s+(?:me|us))\b`,
      ),
      // "they'll talk about it", "hear them laughing about it", "they'd all be whispering about us"
      cue(
        0.8,
        r`\b(?:they|them|people|everyone|everybody)(?:'d|'ll|\s+would|\s+will)?${ADV}\s+(?:be\s+)?(?:talk|talking|gossip|gossiping|whisper|whispering|laugh|laughing)\s+about\s+(?:it|me|us|this|that)\b`,
      ),
      cue(0.9, r`\ball\s+eyes\s+(?:on|were\s+on|would\s+be\s+on)\s+me\b`),
      cue(
        0.85,
        r`\b(?:everyone|everybody|people|the\s+whole\s+[a-z]+)\s+(?:was|were|is|are|would\s+be|'d\s+be)\s+(?:looking|staring)\s+at\s+me\b`,
      ),
      cue(0.6, r`\b(?:stare|staring|stared)\s+at\s+me\b`),
      cue(
        0.8,
        r`\b(?:everyone|everybody)\s+(?:was|were|is|would\s+be)\s+(?:thinking|talking|laughing)\s+about\s+(?:it|me)\b`,
      ),
      cue(
        0.6,
        r`\bin\s+front\s+of\s+(?:everyone|everybody|the\s+(?:whole\s+)?(?:class|team|office|room|group|others|family))\b`,
      ),
    ],
  },
  {
    barrierId: 'double-standard',
    cues: [
      // round 3: "different rules for me", "I'd never think badly of a student who ...", "when it's me ..."
      cue(
        0.85,
        r`\b(?:different|other|another|separate)\s+(?:rules?|measures?|yardsticks?)\s+(?:for|to)\s+(?:me|myself)\b`,
      ),
      cue(
        0.8,
        r`\b(?:i'd|i\s+would|i\s+will|i'll)\s+never\s+(?:think|thought)\s+(?:badly|less|worse|twice\s+about\s+helping)\s+(?:of|about)?\s*(?:someone|anyone|a\s+friend|somebody|others|other\s+people|them|him|her|a\s+[a-z]+|my\s+[a-z]+)\b`,
      ),
      cue(
        0.8,
        r`\b(?:i'd|i\s+would)\s+never\s+(?:say|said)\s+(?:that|this|it|those\s+things|anything\s+like\s+that)\s+to\s+(?:him|her|them|a\s+friend|anyone|someone|anybody|my\s+[a-z]+)\b`,
      ),
      cue(
        0.45,
        r`\b(?:when|if)\s+(?:it's\s+(?:me|myself)|i\s+(?:do\s+it|do\s+the\s+same|need\s+the\s+same))\b`,
      ),
      cue(
        0.45,
        r`\b(?:when|if)\s+(?:my\s+(?:mate|friend|colleague|sister|brother|neighbour|neighbor|partner)|a\s+(?:student|colleague|client|mate|friend))(?:\s+[a-z]+)?\s+(?:asked|asks|needed|needs|came|comes|struggled|struggles)\b`,
      ),
      // "I'd never judge someone else for it"
      cue(
        0.8,
        r`\b(?:i'd|i\s+would|i\s+will)\s+never\s+(?:judge|call|blame|criticise|criticize|look\s+down\s+on|mind|hold\s+it\s+against)\s+(?:someone|anyone|a\s+friend|somebody|others|other\s+people|them|him|her|a\s+[a-z]+|my\s+[a-z]+)\b`,
      ),
      cue(0.85, r`\b(?:harder|stricter|tougher|meaner|crueller|harsher)\s+on\s+myself\s+than\b`),
      // "I'm kinder to my friends than I am to myself"
      cue(
        0.85,
        r`\b(?:kinder|nicer|gentler|more\s+patient|more\s+forgiving|softer)\s+(?:to|with|on)\s+(?:my\s+[a-z]+|others|other\s+people|everyone\s+else|them|anyone\s+else)\s+than\s+(?:i\s+am\s+)?(?:(?:to|with|on)\s+)?myself\b`,
      ),
      cue(
        0.8,
        r`\b(?:i'd|i\s+would)\s+never\s+(?:talk|speak)\s+to\s+(?:them|him|her|a\s+friend|anyone|someone|anybody|my\s+[a-z]+)\s+like\s+that\b`,
      ),
      cue(
        0.85,
        r`\b(?:different|double|another|other)\s+standards?\s+(?:for|to)\s+(?:me|myself)\b|\bdouble\s+standards?\b`,
      ),
      cue(0.8, r`\bhold\s+myself\s+to\s+(?:a\s+)?(?:different|higher|another|stricter|other)\b`),
      // "if a friend asked ... but when it's me" (two boosters together)
      cue(
        0.45,
        r`\b(?:if|when)\s+(?:a\s+friend|someone\s+else|somebody\s+else|anyone\s+else|others|other\s+people|my\s+(?:friend|friends|colleague|colleagues|sister|brother|kids?|children|clients?|students?))(?:\s+[a-z]+)?\s+(?:asked|asks|needed|needs|came|come)\b`,
      ),
      cue(0.45, r`\bbut\s+(?:when\s+it's\s+|when\s+it\s+comes\s+to\s+|for\s+)?(?:me|myself)\b`),
      cue(
        0.55,
        r`\b(?:i'd|i\s+would|i'll)\s+(?:gladly|happily|always|willingly)\s+help\s+(?:anyone|someone|a\s+friend|others|them|anybody|other\s+people)\b`,
      ),
      cue(
        0.5,
        r`\b(?:fine|ok|okay|normal|smart|brave)\s+(?:for|when)\s+(?:others|other\s+people|everyone\s+else|someone\s+else)\b`,
      ),
    ],
  },
  {
    barrierId: 'planning-fallacy',
    cues: [
      // round 3: "I never think about it until I'm already drowning", promised deadlines with nothing started
      cue(
        0.7,
        r`(?<=\buntil\s)(?:i'm|i\s+am|it's|it\s+is|i\s+was|it\s+was|we're|we\s+were)\s+(?:already\s+|completely\s+|totally\s+)?(?:drowning|in\s+a\s+(?:crisis|mess|panic)|desperate|overwhelmed|underwater|at\s+breaking\s+point|past\s+the\s+point|in\s+over\s+my\s+head)\b`,
      ),
      cue(
        0.45,
        r`\b(?:promised|told|assured)\s+(?:myself|the\s+[a-z]+|my\s+[a-z]+|him|her|them|everyone)\s+(?:that\s+)?(?:i'd|i\s+would|i'll|i\s+will|i\s+could|i\s+can)\s+(?:get|have|finish|do|sort|deliver|hand|manage|be)\b`,
      ),
      cue(
        0.45,
        r`\b(?:haven't|have\s+not|hadn't|still\s+haven't)\s+(?:even\s+)?(?:started|begun|touched|opened)\b`,
      ),
      cue(
        0.7,
        r`\b(?:i|we)\s+(?:thought|assumed|figured|reckoned|expected|was\s+sure|were\s+sure)\s+(?:that\s+)?(?:it|this|the\s+[a-z]+|the\s+whole\s+thing)\s+(?:would|'d|will)\s+be\s+(?:a\s+)?(?:quick|easy|simple|straightforward|a\s+(?:quick|simple|small)\s+job|no\s+(?:problem|bother))\b`,
      ),
      // "I thought I'd have the report done by Tuesday", "I thought I could manage the holidays alone"
      cue(
        0.7,
        r`\b(?:thought|assumed|figured|reckoned|expected|told\s+myself|was\s+sure|was\s+convinced)\s+(?:that\s+)?(?:i|we)(?:'d|'ll|\s+would|\s+will|\s+could|\s+can)${ADV}\s+(?:have\s+(?:it|this|that|everything|(?:the|my)\s+[a-z]+)\s+(?:done|finished|sorted|ready|fixed)|manage|finish|handle|cope|sort|get\s+(?:it|this|everything)\s+done|do\s+it\s+(?:all|myself|alone|on\s+my\s+own))\b`,
      ),
      // "I thought the kitchen renovation would take a month", "was supposed to take me a day"
      cue(
        0.7,
        r`\b(?:thought|assumed|figured|expected|reckoned)\s+(?:that\s+)?[a-z]+${gap(2)}\s+(?:would|'d|will)\s+(?:only\s+|just\s+)?take\s+(?:me\s+|us\s+)?(?:a|an|one|two|three|half|just|only|no|about)\b`,
      ),
      cue(0.7, r`\b(?:was|were)\s+supposed\s+to\s+take\b`),
      cue(0.85, r`\bunderestimat(?:ed|e|es|ing)\s+how\s+(?:long|much)\b`),
      cue(
        0.75,
        r`\b(?:took|taking|takes)\s+(?:way\s+|much\s+|so\s+much\s+)?longer\s+than\s+(?:i|we)\s+(?:thought|expected|planned)\b`,
      ),
      cue(0.85, r`\bleft\s+it\s+(?:too\s+|so\s+|way\s+too\s+|far\s+too\s+)?late\b`),
      cue(0.8, r`\btoo\s+late\s+to\s+(?:ask|call|email|ring|text|get|bring|tell|say|involve|go)\b`),
      cue(0.6, r`\bby\s+the\s+time\s+(?:i|we)\s+(?:realised|realized|noticed|admitted|knew)\b`),
      // two boosters: "I still think I can finish it ... should have hired the freelancer at the start"
      cue(
        0.45,
        r`\bstill\s+(?:think|believe|hope)\s+(?:that\s+)?i\s+can\s+(?:finish|do\s+it|manage|get\s+it\s+done|sort\s+it)\b`,
      ),
      cue(
        0.45,
        r`\bshould\s+have\s+(?:asked|hired|called|got\s+help|brought\s+(?:someone|somebody)\s+in)${gap(6)}\s+(?:at|from)\s+the\s+(?:start|beginning)\b`,
      ),
    ],
  },
  {
    barrierId: 'confirmation-bias',
    cues: [
      // round 3: "that's what happens every time", "proves I was right", "nobody really wants to help"
      cue(
        0.75,
        r`\b(?:that's|this\s+is|it's)\s+(?:just\s+)?(?:what|how\s+it)\s+(?:always\s+)?(?:happens|goes)\s+(?:every\s+(?:single\s+)?time|whenever|when\s+i\s+ask)\b`,
      ),
      cue(
        0.75,
        r`\b(?:proves?|proved|shows?|showed|confirms?|confirmed)\s+(?:that\s+)?(?:i\s+was|i'm)\s+right\b`,
      ),
      cue(
        0.45,
        r`\b(?:nobody|no\s+one|people)\s+(?:really\s+|ever\s+)?(?:wants?|cares?|likes?)\s+to\s+(?:help|be\s+bothered|be\s+asked)\b`,
      ),
      // "it proves that asking never works", "that just shows I shouldn't ask"
      cue(
        0.85,
        r`\b(?:proves?|proved|proving|confirms?|confirmed|just\s+shows?|just\s+showed|shows?\s+again)\s+(?:that\s+|again\s+|once\s+again\s+)?(?:asking\s+(?:never|doesn't|is\s+(?:pointless|useless|a\s+waste))|nobody|no\s+one|people\s+(?:don't|never|won't|can't|aren't)|i\s+(?:shouldn't|should\s+never|should\s+not|can't\s+rely)|(?:it|asking)\s+(?:never|doesn't)\s+work|what\s+i\s+(?:already|always)\s+(?:thought|knew|suspected|believed))`,
      ),
      cue(
        0.8,
        r`\b(?:same\s+(?:story|thing|result)|it's\s+always\s+the\s+same)\s+every\s+(?:single\s+)?time\b`,
      ),
      cue(
        0.7,
        r`\b(?:every|each)${gap(2)}\s+(?:felt|was|seemed|looked)\s+like\s+(?:more\s+)?proof\b|\bproof\s+that\s+(?:nobody|no\s+one|people\s+(?:don't|never|won't)|asking|i\s+shouldn't)\b`,
      ),
      cue(0.5, r`\b(?:don't|didn't|never)\s+(?:even\s+)?(?:remember|notice|count)\s+the\s+times\b`),
      cue(0.45, r`\b(?:somehow\s+)?(?:didn't|don't|never)\s+count\b|\btypical\s*[.!]`),
      cue(0.75, r`\b(?:this|that|it)\s+always\s+happens\b`),
      cue(0.7, r`\basking\s+(?:never|doesn't|does\s+not)\s+work`),
      cue(0.45, r`\bsee\s*,\s*(?:this|that|it|i\s+told)\b|\bi\s+knew\s+it\b`),
      cue(0.45, r`\b(?:it|things|everything)\s+(?:always\s+)?(?:goes|go|went)\s+wrong\b`),
    ],
  },
  {
    barrierId: 'sunk-cost',
    cues: [
      // round 3: "giving up on all of that", "wasted all those weekends", "invested years in it"
      cue(
        0.8,
        r`\b(?:make|makes|made|making)\s+(?:all\s+)?(?:that|this|those|the|my)\s+(?:[a-z]+\s+)?(?:effort|work|time|hours|struggle|money|years|months|weeks|saving)\s+(?:pointless|wasted|for\s+nothing|a\s+waste|worthless|meaningless)\b`,
      ),
      cue(
        0.7,
        r`\b(?:giving\s+up\s+on|give\s+up\s+on|gave\s+up\s+on|throw(?:ing)?\s+away|writ(?:e|ing)\s+off|walk(?:ing)?\s+away\s+from)\s+all\s+(?:of\s+)?(?:that|this|those|these|the|my)\b`,
      ),
      cue(
        0.7,
        r`\bwast(?:e|ed|ing)\s+(?:all\s+)?(?:that|this|the|my|those|these)\s+(?:[a-z]+\s+)?(?:weekends?|evenings?|nights?|days|weeks|months|years|savings)\b`,
      ),
      cue(
        0.7,
        r`\b(?:invested|sunk|poured|ploughed|plowed|sank)\s+(?:all|so\s+much|so\s+many|years|months|weeks|hours)\b`,
      ),
      // "after all the hours I put into ..."
      cue(
        0.8,
        r`\bafter\s+all\s+(?:the|those|that|this|my|these)\s+(?:hours|time|work|effort|months|years|weeks|days|money|evenings|weekends|nights)\b`,
      ),
      // "I've already spent so long", "sunk so much time", "put so much into"
      cue(0.75, r`\b(?:spent|put|invested|sunk|poured)\s+so\s+(?:much|long|many)\b`),
      cue(0.5, r`\balready\s+(?:spent|put|invested|sunk)\b`),
      cue(0.3, r`\balready\s+(?:paid|done|did)\b`),
      cue(
        0.85,
        r`\b(?:throw(?:ing|n)?|threw)\s+(?:all\s+)?(?:that|this|the|my|those)\s+(?:[a-z]+\s+)?(?:effort|work|time|money|hours|years|months)\s+away\b`,
      ),
      // "all that effort was wasted", "all those nights of packing would be wasted"
      cue(
        0.85,
        r`\b(?:that|this|the|my|those)\s+(?:[a-z]+\s+)?(?:effort|work|time|hours|years|months|nights|evenings|weeks|money|struggle)(?:\s+of\s+[a-z]+)?\s+(?:was|were|would\s+be|will\s+be|had\s+been|is)\s+(?:wasted|for\s+nothing|pointless|a\s+waste|a\s+mistake|in\s+vain)\b`,
      ),
      cue(
        0.7,
        r`\bwast(?:e|ed|ing)\s+(?:all\s+)?(?:that|this|the|my|those)\s+(?:effort|work|time|money|hours|months|years)\b`,
      ),
      cue(
        0.55,
        r`\b(?:seems?|feels?|would\s+be|be)\s+(?:like\s+)?a\s+waste\b(?!\s+of\s+(?:her|his|their|your|everyone's|people's|someone's)\b)`,
      ),
    ],
  },
  {
    barrierId: 'negativity-bias',
    cues: [
      // round 3: one refusal stuck in the head, "more than any of the times", forgetting the many yeses
      cue(
        0.45,
        r`\b(?:stuck|sticks|stick|stays?|stayed|lodged|burned|burnt|etched)\s+(?:in\s+my\s+(?:head|mind|memory)|with\s+me)\b`,
      ),
      cue(
        0.45,
        r`\b(?:the\s+one|that\s+one|one|a\s+single)\s+(?:moment|time|no|refusal|comment|remark|look|incident|bad\s+(?:experience|time|day))\b|\bonce\b${gap(4)}\s+(?:snapped|said\s+no|refused|laughed|shouted|rolled|told\s+me\s+off)\b`,
      ),
      cue(0.7, r`\bmore\s+than\s+(?:all|any)\s+(?:of\s+)?the\s+(?:other\s+|good\s+|nice\s+)?times\b`),
      cue(
        0.6,
        r`\bforget\s+(?:that\s+|about\s+|all\s+)?${gap(3)}\s*(?:helped|said\s+yes|the\s+(?:other|good|nice)\s+times|a\s+hundred|hundreds|dozens|loads|all\s+the\s+times)\b`,
      ),
      cue(
        0.55,
        r`\bsince\s+then(?:\s*,)?\s+i\s+(?:just\s+)?(?:never|don't|won't|avoid|stopped|haven't)\s+(?:ask(?:ed|ing)?|call(?:ed|ing)?|ring(?:ing)?|been\s+back|gone\s+back)\b`,
      ),
      cue(
        0.85,
        r`\bthe\s+one\s+time\s+[a-z]+\s+(?:said\s+no|refused|turned\s+me\s+down|laughed|snapped|was\s+rude|got\s+annoyed)\b`,
      ),
      cue(0.5, r`\bthe\s+one\s+time\b`),
      // "all I remember is the no"
      cue(0.8, r`\ball\s+i\s+(?:can\s+|could\s+|ever\s+)?(?:remember|think\s+(?:of|about)|see|hear)\s+is\b`),
      cue(
        0.8,
        r`\b(?:keep|kept|keeps)\s+(?:thinking|going\s+back)\s+(?:about|to)\s+(?:the|that)\s+(?:one|time|no|refusal)\b`,
      ),
      cue(
        0.7,
        r`\bonly\s+(?:see|remember|think\s+of|hear)\s+(?:that|the|his|her|their)\s+(?:face|no|one|time|look|refusal)\b`,
      ),
      cue(0.55, r`\bstill\s+(?:stings|haunts\s+me)\b`),
      cue(
        0.65,
        r`\bforget\s+(?:that\s+)?(?:he|she|they|people|most\s+people|everyone)\s+(?:usually|always|often|normally|mostly)\s+(?:help|helps|say\s+yes|says\s+yes|helped)\b`,
      ),
      // "... once when I asked ... Now I never call any helpline"
      cue(
        0.55,
        r`\b(?:now|ever\s+since)(?:\s*,)?\s+i\s+(?:just\s+)?(?:never|don't|won't|avoid|stopped)\s+(?:ask(?:ing)?|call(?:ing)?|ring(?:ing)?)\b`,
      ),
    ],
  },
];

export { BARRIER_FRAMES };

/** The frames alone, as a cue table (for measuring how far they generalise without the sentence-level cues). */
export const FRAME_PATTERNS: readonly BarrierPatternEntry[] = SENTENCE_CUES.map((e) => ({
  barrierId: e.barrierId,
  cues: BARRIER_FRAMES[e.barrierId],
}));

/** The table suggestBarriers uses: the sentence-level cues plus the round-4 frames of each barrier. */
export const BARRIER_PATTERNS: readonly BarrierPatternEntry[] = SENTENCE_CUES.map((e) => ({
  barrierId: e.barrierId,
  cues: [...e.cues, ...BARRIER_FRAMES[e.barrierId]],
}));
