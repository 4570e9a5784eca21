/**
 * Text helpers shared by the barrier suggester and the risk screen. Everything here is length-preserving, so an
 * offset found in the normalised text is an offset in the original text (evidence is always a real substring).
 */

/** Typographic apostrophes and primes become "'" (one UTF-16 unit each, so offsets do not move). */
export function normaliseForMatching(text: string): string {
  return text.replace(/[\u2018\u2019\u02BC\u2032\u0060\u00B4]/g, "'");
}

/** All matches of a global regex as [start, end) ranges, skipping empty matches. */
export function findAll(re: RegExp, text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(re)) {
    if (m[0].length > 0) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Sentence ranges: split on . ! ? and line breaks (keeps offsets). */
export function sentenceRanges(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]+(?=\s|$)|\n+/g)) {
    const end = m.index + m[0].length;
    if (end > start) out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}
