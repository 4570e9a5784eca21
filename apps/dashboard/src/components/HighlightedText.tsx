import { Text, type TextProps } from '@mantine/core';
import { highlightSegments } from '../lib/highlight';

/**
 * Text written by a client, with the given phrases marked (<mark>): the evidence a barrier suggestion found.
 * `labelFor` names what each mark is evidence of, for screen readers.
 */
export function HighlightedText({
  text,
  phrases,
  labelFor,
  inline = false,
  ...props
}: {
  text: string;
  phrases: readonly string[];
  labelFor?: (phrase: string) => string | undefined;
  inline?: boolean;
} & TextProps) {
  const segments = highlightSegments(text, phrases);
  const titleOf = (match: string, inner: string[]) => {
    const labels = [match, ...inner].map((p) => labelFor?.(p)).filter((l): l is string => Boolean(l));
    return labels.length > 0 ? labels.join('; ') : undefined;
  };
  return (
    <Text component={inline ? 'span' : 'p'} className="entry-text" {...props}>
      {segments.map((s, i) =>
        s.match === null ? (
          <span key={i}>{s.text}</span>
        ) : (
          <mark key={i} className="evidence" title={titleOf(s.match, s.inner ?? [])}>
            {s.text}
          </mark>
        ),
      )}
    </Text>
  );
}
