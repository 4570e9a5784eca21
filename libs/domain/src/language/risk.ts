import { normaliseForMatching } from './text';
import { type RiskCategory, type RiskTier } from './risk-categories';

/** One reason the screen flagged: what kind of statement, and the words that show it. */
export interface RiskFinding {
  tier: RiskTier;
  category: RiskCategory;
  /** The phrase that shows it, an exact substring of the input. */
  evidence: string;
  start: number;
  end: number;
  /** Words placing it in time ("last month", "again", "years ago"), exact from the input; null when none. */
  when: string | null;
}

export interface RiskResult {
  flagged: boolean;
  /** The most serious tier found, null when nothing was. */
  tier: RiskTier | null;
  /** Every finding, in order of appearance. */
  findings: RiskFinding[];
  /** The findings' evidence phrases, in order of appearance. */
  matches: string[];
}

/**
 * Explicit first-person suicide and self-harm language, present or recent, including indirect forms.
 *
 * Design choices (product.md, "Barrier suggestions and the risk screen"):
 *  - Missing a real statement is worse than a false flag, so ambiguous first-person phrases flag, and negation
 *    is deliberately NOT applied: "I'm not going to kill myself, I just want it to stop" is worth a look.
 *  - Idioms never flag by construction: every cue needs self-directed wording ("kill myself", "end my life",
 *    "I want to die" but not "die of embarrassment"), so "this deadline is killing me", "I was dying to ask",
 *    "my phone died", "killed it in the presentation" or a charity's name do not match.
 *  - Third-party and general statements ("the chapter says many suicides could be prevented", "he killed
 *    himself") do not match: the cues are about me, myself, my life.
 * Regexes are linear (bounded gaps of non-overlapping tokens only).
 */
const r = String.raw;
const I = r`\bi(?:'ve|\s+have|'m|\s+am|'d|\s+would)?(?:\s+(?:just|really|sometimes|honestly|still|kind\s+of|actually|often|almost|literally|genuinely|seriously|always|even|truly|do|did)){0,2}`;

const RISK_CUES: readonly RegExp[] = [
  // kill / hurt / harm / cut / burn ... myself (not "killed myself laughing", not kitchen or gym accidents)
  r`\b(?:kill|killing|killed|murder)\s+myself\b(?!\s+(?:laughing|with\s+laughter))`,
  r`(?<!accidentally\s)\b(?:hurt|hurting|harm|harming|harmed|cut|cutting|burn|burning|burned|burnt|punish|punishing|starve|starving|hang|hanging|drown|drowning|poison|poisoning)\s+myself\b(?!\s+(?:playing|lifting|running|shaving|cooking|chopping|skiing|cycling|falling|by\s+accident|accidentally|on\s+(?:the|a)\s+(?:oven|stove|pan|kettle|iron|knife|glass|paper|tin)|at\s+(?:the\s+)?(?:gym|work)|in\s+the\s+(?:kitchen|gym|garden)|while|when\s+i\s+(?:fell|tripped|slipped)))`,
  r`\b(?:i've\s+been|i\s+have\s+been|been|i\s+started|started|i'm|i\s+am|i\s+was|i\s+keep)\s+(?:self[\s-]?harming|cutting\s+(?:again|myself|my\s+(?:arms?|legs?|wrists?|skin|thighs?)))\b`,
  r`\b(?:my|the\s+urge\s+to|urges\s+to)\s+self[\s-]?harm\b|\bself[\s-]?harmed\b`,
  r`\bcut\s+(?:my\s+(?:arms?|legs?|wrists?|thighs?|skin))\b(?!\s+(?:on|by\s+accident|open\s+on))`,
  // suicide, suicidal
  r`\b(?:i'm|i\s+am|i\s+feel|i\s+felt|feeling|i\s+was|i've\s+been|i\s+have\s+been|i\s+get|getting|been)\s+(?:so\s+|really\s+|very\s+|quite\s+|a\s+bit\s+|kind\s+of\s+|pretty\s+)?suicidal\b`,
  r`\bsuicidal\s+(?:thoughts?|feelings?|ideas?|urges?|again)\b`,
  r`\b(?:attempt(?:ed|ing)?|tried|try|trying|commit|committing|considering|consider|considered|contemplating|plan(?:ning|ned)?)\s+(?:to\s+)?(?:commit\s+)?suicide\b`,
  r`\b(?:think|thinking|thought|thoughts)\s+(?:about|of)\s+(?:suicide|killing\s+myself|ending\s+(?:it|my\s+life|things)|taking\s+my\s+(?:own\s+)?life|not\s+being\s+(?:here|alive|around)|dying)\b(?!\s+(?:my|her|his)\s+hair)`,
  // ending it, ending my life
  r`\b(?:want(?:ed)?\s+to|wanna|going\s+to|gonna|plan(?:ning)?\s+(?:to|on)|ready\s+to|should\s+just|could\s+just|might\s+just|i\s+just\s+want\s+to)\s+(?:just\s+)?(?:end|ending)\s+(?:it(?:\s+all)?|things|everything|my\s+(?:own\s+)?life)\b(?!\s+with\b)`,
  r`\b(?:end|ending|take|taking)\s+my\s+(?:own\s+)?life\b`,
  r`\bend\s+it\s+all\b`,
  // indirect: better off without me, not wake up, don't want to be here/live/exist
  r`\bbetter\s+off\s+(?:without\s+me|if\s+i\s+(?:was|were|wasn't|weren't)\s+(?:gone|dead|not\s+(?:here|around)|here|around|alive)|with\s+me\s+gone|if\s+i\s+(?:died|disappeared|was\s+gone))\b`,
  r`\b(?:sleep|asleep|bed)(?:\s+[a-z']+){0,4}?\s+and\s+(?:just\s+)?(?:not|never)\s+wake\s+up\b`,
  r`\b(?:wish|wished|hope|hoping|hoped|pray|praying)\s+(?:that\s+)?(?:i\s+)?(?:wouldn't|would\s+not|won't|didn't|don't|never|could\s+just\s+not)\s+wake\s+up\b`,
  r`\bnever\s+wake\s+up\s+again\b`,
  r`\b(?:don't|do\s+not|dont|didn't|no\s+longer)\s+(?:really\s+)?(?:want|wanna|wish)\s+(?:to\s+)?(?:be\s+(?:here|alive|around)|live|exist|go\s+on|carry\s+on|keep\s+going|wake\s+up|be\s+in\s+this\s+world)\b(?!\s+(?:in|at|with|near|on|for|there|to|early|tomorrow|when|if))`,
  r`\b(?:won't|will\s+not|not\s+going\s+to|wont)\s+be\s+(?:around|here)\s+(?:much\s+longer|for\s+(?:much\s+)?long|anymore|any\s+more|soon)\b`,
  r`\bno\s+(?:point|reason|use)\s+(?:in\s+)?(?:living|going\s+on|being\s+(?:alive|here)|carrying\s+on|to\s+(?:live|go\s+on|be\s+here|carry\s+on|keep\s+going)|in\s+life|(?:in\s+)?(?:my\s+)?life)\b`,
  r`\blife\s+(?:isn't|is\s+not|isnt|doesn't\s+feel|does\s+not\s+feel|is\s+no\s+longer)\s+worth\s+(?:it|living)\b|\bnot\s+worth\s+living\b|\b(?:my\s+)?life\s+(?:is|feels|seems)\s+(?:so\s+|completely\s+)?(?:pointless|meaningless)\b`,
  // wishing to be dead, wanting to die (not "die of embarrassment", "die laughing", "to die for")
  r`\b(?:wish|wished|wishing)\s+(?:that\s+)?i\s+(?:was|were|had\s+been|could\s+be)\s+dead\b|\bwish\s+i'd\s+never\s+been\s+born\b|\bwish\s+i\s+(?:could\s+)?(?:just\s+)?(?:die|was\s+gone|were\s+gone|wasn't\s+(?:here|alive)|weren't\s+(?:here|alive))\b`,
  r`${I}\s+(?:want|wanted|wanna|wish|wished)\s+(?:to\s+)?(?:die|be\s+dead)\b(?!\s+(?:of|from|laughing|for))`,
  r`\bpart\s+of\s+me\s+wants\s+to\s+die\b|\bi'd\s+be\s+better\s+(?:off\s+)?dead\b`,
  r`\b(?:want|wanted|wanna|wish)\s+to\s+disappear\s+(?:forever|for\s+good|permanently)\b|\bmiss\s+me\s+if\s+i\s+(?:died|was\s+gone|were\s+gone|wasn't\s+here|weren't\s+here)\b`,
  r`\b(?:can't|cannot|cant|can\s+not)\s+(?:go\s+on|carry\s+on|keep\s+going)\s+(?:like\s+this|anymore|any\s+more)\b`,
  r`(?<![0-9]\s?)\bkms\b`,
  r`\b(?:scratch(?:ed|ing)?|hit|hitting|punch(?:ed|ing)?|burn(?:ed|t|ing)?|cut|cutting)\s+(?:my\s+)?(?:[a-z]+\s+)?until\s+(?:it|they|i)\s+bled\b`,
  // means and plans
  r`\b(?:take|taking|took|swallow|swallowing|swallowed)\s+(?:all|every\s+one\s+of|the\s+whole\s+(?:box|bottle|packet)\s+of|a\s+(?:bunch|handful|load|lot)\s+of)\s+(?:my\s+|the\s+|those\s+|these\s+)?(?:pills|tablets|meds|medication|sleeping\s+pills|painkillers)\b`,
  r`\b(?:i|i've|i'd|i'm|me)\b(?:\s+[a-z']+){0,4}?\s+(?:an\s+)?overdos(?:e|ed|ing)\b`,
  r`\b(?:been\s+)?(?:planning|planned|working\s+out|worked\s+out|figuring\s+out|figured\s+out)\s+(?:exactly\s+)?how\s+(?:i(?:'d|\s+would|\s+could|'ll|\s+will|\s+might)\s+do\s+it\b(?!\s+(?:all|before|by|in|on|at|with|properly|right|tomorrow|today|this|next|better|differently|again))|to\s+(?:end\s+it|kill\s+myself|die))`,
  r`\b(?:look(?:ed|ing)?\s+up|googl(?:ed|ing)|research(?:ed|ing)?|search(?:ed|ing)?\s+for)\s+(?:ways|how)\s+to\s+(?:die|kill\s+myself|end\s+(?:it|my\s+life))\b`,
  r`\b(?:jump(?:ing)?\s+(?:off\s+(?:a|the)\s+(?:bridge|building|roof|balcony|cliff)|in\s+front\s+of\s+(?:a|the)\s+(?:train|bus|car|lorry|truck))|throw(?:ing)?\s+myself\s+(?:off|in\s+front\s+of|under))\b`,
  r`\b(?:wrote|written|writing|write)\s+(?:a\s+|my\s+)?(?:suicide\s+note|goodbye\s+(?:note|letters?))\b`,
].map((source) => new RegExp(source, 'gi'));

/** Screens free text for explicit first-person suicide and self-harm language. */
export function detectRisk(text: string): RiskResult {
  if (text.trim() === '') return { flagged: false, tier: null, findings: [], matches: [] };
  const norm = normaliseForMatching(text);
  const hits: { start: number; end: number }[] = [];
  for (const re of RISK_CUES) {
    for (const m of norm.matchAll(re)) {
      if (m[0].length > 0) hits.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop hits contained in an earlier, longer hit (two cues on the same words).
  const kept: { start: number; end: number }[] = [];
  for (const h of hits) {
    const last = kept[kept.length - 1];
    if (last && h.start >= last.start && h.end <= last.end) continue;
    kept.push(h);
  }
  // Provisional until the tiered screen lands: every old cue counts as explicit suicidal thinking.
  const findings: RiskFinding[] = kept.map((h) => ({
    tier: 'explicit',
    category: 'suicidal-thoughts',
    evidence: text.slice(h.start, h.end),
    start: h.start,
    end: h.end,
    when: null,
  }));
  return {
    flagged: findings.length > 0,
    tier: findings.length > 0 ? 'explicit' : null,
    findings,
    matches: findings.map((f) => f.evidence),
  };
}
