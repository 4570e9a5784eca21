/**
 * Spellings the risk screen reads as standard English before the rules see them: dialect forms (Scots, Irish,
 * Nigerian Pidgin, AAVE, Southern US), dropped g's ("thinkin", "jumpin'"), filter-dodging symbols ("d!e") and
 * one-letter typos of the risk vocabulary ("sucidal", "overdoze"). Each maps a written form to the keys it
 * stands for, like texting.ts; none changes offsets, so evidence stays an exact substring of the input.
 */
export const DIALECT: Readonly<Record<string, readonly string[]>> = {
  ah: ['i'],
  "ah'm": ['i', 'be'],
  "ah've": ['i', 'have'],
  "ah'd": ['i', 'would'],
  "ah'll": ['i', 'will'],
  masel: ['myself'],
  maself: ['myself'],
  mahself: ['myself'],
  meself: ['myself'],
  misel: ['myself'],
  ma: ['my'],
  mah: ['my'],
  gonnae: ['go', 'to'],
  gon: ['go', 'to'],
  finna: ['go', 'to'],
  fixin: ['go', 'to'],
  "fixin'": ['go', 'to'],
  dey: ['be'],
  don: ['have'],
  cannae: ['can', 'not'],
  canny: ['can', 'not'],
  didnae: ['do', 'not'],
  disnae: ['do', 'not'],
  dinnae: ['do', 'not'],
  wisnae: ['be', 'not'],
  isnae: ['be', 'not'],
  widnae: ['would', 'not'],
  wouldnae: ['would', 'not'],
  willnae: ['will', 'not'],
  wid: ['would'],
  wld: ['would'],
  naebody: ['nobody'],
  nae: ['no'],
  aboot: ['about'],
  bout: ['about'],
  "'bout": ['about'],
  tae: ['to'],
  intae: ['into'],
  ower: ['over'],
  aff: ['off'],
  oot: ['out'],
  withoot: ['without'],
  wi: ['with'],
  o: ['of'],
  aw: ['all'],
  efter: ['after'],
  ony: ['any'],
  guid: ['good'],
  fur: ['for'],
  whit: ['what'],
  jist: ['just'],
  roond: ['round'],
  morra: ['tomorrow'],
  telt: ['tell'],
  gied: ['give'],
  livng: ['living'],
  bein: ['be'],
  anymor: ['anymore'],
  kil: ['kill'],
  reserching: ['research'],
  reserch: ['research'],
  harmd: ['self-harm'],
  nite: ['night'],
  unaliving: ['unalive'],
};

/**
 * The risk vocabulary that typos are corrected towards: long, distinctive words only (none a letter away from a
 * common word: not "poison"/"prison", "bullet"/"ballet", "killing"/"filling", "gather"/"rather").
 */
const TARGETS = [
  ...'suicide suicidal suicides overdose overdosing overdosed overdoses unalive unaliving myself'.split(' '),
  ...'medication painkiller painkillers paracetamol antidepressant antidepressants sertraline'.split(' '),
  ...'citalopram fluoxetine tramadol codeine ibuprofen diazepam ligature shotgun firearm'.split(' '),
  ...'stockpile stockpiling stockpiled strangle suffocate electrocute disappear disappeared'.split(' '),
];
const deletions = (w: string): string[] => [...w].map((_, i) => w.slice(0, i) + w.slice(i + 1));
const EXACT = new Set(TARGETS);
const BY_DELETION = new Map<string, string>();
for (const t of TARGETS) for (const d of deletions(t)) if (!BY_DELETION.has(d)) BY_DELETION.set(d, t);

/** The risk word one edit (insertion, deletion, substitution) away from a word of six letters or more. */
export function corrected(lower: string): string | null {
  if (lower.length < 6 || EXACT.has(lower) || !/^[a-z]+$/.test(lower)) return null;
  const missing = BY_DELETION.get(lower);
  if (missing && missing.length === lower.length + 1) return missing;
  for (const d of deletions(lower)) {
    if (EXACT.has(d)) return d;
    const sub = BY_DELETION.get(d);
    if (sub && sub.length === lower.length) return sub;
  }
  return null;
}

/** "thinkin", "jumpin'", "killin" → "thinking", …: the -ing form of a dropped g (five letters or more). */
export function gDropped(lower: string): string | null {
  const m = /^([a-z]{3,})in'?$/.exec(lower);
  return m ? `${m[1]}ing` : null;
}

/** Same-length rewrites of symbols that dodge filters ("d!e", "k!ll"), applied to the text before analysis. */
export const unmask = (text: string): string =>
  text.replace(/\b([dk])[!1*|]([el])(l?)\b/gi, (all, a: string, b: string, c: string) =>
    a.toLowerCase() === 'd' && b.toLowerCase() === 'e' && c === '' ? 'die' : a + 'i' + b + c,
  );
