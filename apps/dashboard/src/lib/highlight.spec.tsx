import { MantineProvider } from '@mantine/core';
import { suggestBarriers } from '@askwell/domain';
import { render } from '@testing-library/react';
import { HighlightedText } from '../components/HighlightedText';
import { highlightSegments } from './highlight';

describe('highlightSegments', () => {
  it('splits the text around each phrase without losing or reordering anything', () => {
    const text = 'I was scared they would say no, and I felt like a burden.';
    const segments = highlightSegments(text, ['say no', 'a burden']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['say no', 'a burden']);
  });

  it('marks every occurrence, falls back to ignoring case, and keeps the earlier of overlapping phrases', () => {
    expect(
      highlightSegments('No. no.', ['no'])
        .filter((s) => s.match)
        .map((s) => s.text),
    ).toEqual(['No', 'no']);
    const overlap = highlightSegments('they will think I am weak', ['think I am', 'I am weak']);
    expect(overlap.filter((s) => s.match)).toEqual([
      { text: 'think I am', match: 'think I am', inner: ['I am weak'] },
    ]);
    expect(overlap.map((s) => s.text).join('')).toBe('they will think I am weak');
  });

  it('ignores empty phrases and phrases that are not in the text', () => {
    expect(highlightSegments('plain words', ['', '  ', 'absent'])).toEqual([
      { text: 'plain words', match: null },
    ]);
  });
});

describe('HighlightedText', () => {
  it("marks the evidence suggestBarriers found inside the client's own words", () => {
    const text = "I'm afraid they'll think I'm a burden and say no.";
    const suggestions = suggestBarriers(text);
    expect(suggestions.length).toBeGreaterThan(0);
    const { container } = render(
      <MantineProvider>
        <HighlightedText
          text={text}
          phrases={suggestions.map((s) => s.evidence)}
          labelFor={(p) => `Evidence for ${suggestions.find((s) => s.evidence === p)?.barrierId ?? ''}`}
        />
      </MantineProvider>,
    );
    const marks = [...container.querySelectorAll('mark')];
    expect(marks.length).toBeGreaterThan(0);
    // Each suggestion's evidence is marked (evidence nested inside another's phrase shares its mark) and named.
    for (const s of suggestions) {
      const mark = marks.find((m) => (m.textContent ?? '').includes(s.evidence));
      expect(mark).toBeDefined();
      expect(mark).toHaveAttribute('title', expect.stringContaining(`Evidence for ${s.barrierId}`));
    }
    expect(container.querySelector('p')?.textContent).toBe(text);
  });
});
