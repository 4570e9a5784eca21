/** A piece of text, marked when it is one of the phrases looked for. */
export interface Segment {
  text: string;
  /** The phrase this segment matched (as given), or null for plain text. */
  match: string | null;
  /** Other phrases found inside this one (evidence for another barrier, nested in this mark). */
  inner?: string[];
}

/**
 * Splits `text` so each occurrence of any phrase is its own segment, found ignoring case (suggestBarriers
 * quotes the entry exactly; the same words elsewhere in the text, capitalised or not, are marked too).
 * Overlaps keep the earlier, then the longer phrase; nothing of the text is lost or reordered.
 */
export function highlightSegments(text: string, phrases: readonly string[]): Segment[] {
  const wanted = [...new Set(phrases.filter((p) => p.trim() !== ''))];
  const lower = text.toLowerCase();
  const hits: { start: number; end: number; phrase: string }[] = [];
  for (const phrase of wanted) {
    let from = 0;
    for (;;) {
      const at = lower.indexOf(phrase.toLowerCase(), from);
      if (at < 0) break;
      hits.push({ start: at, end: at + phrase.length, phrase });
      from = at + phrase.length;
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let pos = 0;
  let last: (Segment & { end: number }) | null = null;
  for (const hit of hits) {
    if (hit.start < pos) {
      // Overlaps the previous mark: note it there, so its label can name it too.
      if (last && hit.phrase !== last.match && !last.inner?.includes(hit.phrase))
        last.inner = [...(last.inner ?? []), hit.phrase];
      continue;
    }
    if (hit.start > pos) segments.push({ text: text.slice(pos, hit.start), match: null });
    last = { text: text.slice(hit.start, hit.end), match: hit.phrase, end: hit.end };
    segments.push(last);
    pos = hit.end;
  }
  if (pos < text.length) segments.push({ text: text.slice(pos), match: null });
  return segments.map((seg) => {
    if (!('end' in seg)) return seg;
    const { text: t, match, inner } = seg;
    return inner ? { text: t, match, inner } : { text: t, match };
  });
}
