import { BARRIER_IDS, STRATEGY_IDS } from '../taxonomy/ids';
import {
  EXERCISE_TEMPLATES,
  LADDER,
  RECORD_TYPES,
  SUPPORTING_PRACTICES,
  describeFrequency,
  getTemplate,
  templatesForRung,
  type ExerciseTemplate,
} from './ladder';

const wordCount = (text: string): number => text.trim().split(/\s+/).filter(Boolean).length;

/** Split prose into sentences (at . ! ? followed by a space, allowing a closing quote in between). */
const sentences = (text: string): string[] =>
  text
    .split(/(?<=[.!?…][”’)]?)\s+/)
    .map((s) => s.trim())
    .filter(Boolean);

const byId = (templates: readonly ExerciseTemplate[]): string[] => templates.map((t) => t.id);

describe('the ladder', () => {
  it('has rungs 1 to 6, in order, with the titles of product.md', () => {
    expect(LADDER.map((r) => [r.rung, r.title])).toEqual([
      [1, 'Observe'],
      [2, 'Micro-asks'],
      [3, 'Everyday practical asks'],
      [4, 'Asks that cost the helper something'],
      [5, 'Vulnerable asks'],
      [6, 'High-stakes asks'],
    ]);
  });

  it('gives every rung a one-sentence summary and at least 3 templates that belong to it', () => {
    for (const rung of LADDER) {
      expect(rung.summary).toMatch(/^[A-Z][^.!?]*\.$/);
      expect(rung.templates.length).toBeGreaterThanOrEqual(3);
      for (const t of rung.templates)
        expect({ id: t.id, rung: t.rung }).toEqual({ id: t.id, rung: rung.rung });
    }
  });

  it('serves each rung’s templates through templatesForRung', () => {
    for (const rung of LADDER) expect(byId(templatesForRung(rung.rung))).toEqual(byId(rung.templates));
    expect(byId(templatesForRung(6))).toContain('high-stakes-professional-help');
    expect(byId(templatesForRung(1))).not.toContain('high-stakes-professional-help');
  });

  it('covers health, money, work and professional help on the high-stakes rung', () => {
    const rung6 = templatesForRung(6).map((t) => `${t.title} ${t.instructions}`.toLowerCase());
    for (const topic of [
      /\bhealth\b/,
      /\bmoney\b/,
      /\bmanager\b/,
      /\b(therapist|counsellor)\b/,
      /\bdoctor\b/,
    ]) {
      expect({ topic: topic.source, found: rung6.some((text) => topic.test(text)) }).toEqual({
        topic: topic.source,
        found: true,
      });
    }
  });
});

describe('supporting practices', () => {
  it('are at least 4, usable at any rung', () => {
    expect(SUPPORTING_PRACTICES.length).toBeGreaterThanOrEqual(4);
    for (const t of SUPPORTING_PRACTICES) expect(t.rung).toBeNull();
  });

  it('cover mindful noticing, recalling rewards, reframing and letting someone help', () => {
    const strategies = new Set(SUPPORTING_PRACTICES.flatMap((t) => t.strategies));
    for (const s of [
      'mindful-noticing',
      'notice-rewards',
      'reframe-as-strength',
      'let-others-help',
    ] as const) {
      expect(strategies).toContain(s);
    }
  });

  it('are mostly reflections, and never observations', () => {
    const reflections = SUPPORTING_PRACTICES.filter((t) => t.recordType === 'reflection').length;
    expect(reflections * 2).toBeGreaterThan(SUPPORTING_PRACTICES.length);
    for (const t of SUPPORTING_PRACTICES) expect(['reflection', 'experiment']).toContain(t.recordType);
  });
});

describe('all exercise templates', () => {
  it('are the ladder’s templates followed by the supporting practices, at least 20 in all', () => {
    expect(byId(EXERCISE_TEMPLATES)).toEqual([
      ...LADDER.flatMap((r) => byId(r.templates)),
      ...byId(SUPPORTING_PRACTICES),
    ]);
    expect(EXERCISE_TEMPLATES.length).toBeGreaterThanOrEqual(20);
  });

  it('have unique kebab-case ids and unique titles', () => {
    for (const t of EXERCISE_TEMPLATES) expect(t.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(byId(EXERCISE_TEMPLATES)).size).toBe(EXERCISE_TEMPLATES.length);
    expect(new Set(EXERCISE_TEMPLATES.map((t) => t.title.toLowerCase())).size).toBe(
      EXERCISE_TEMPLATES.length,
    );
  });

  it('have instructions of 60 to 150 words', () => {
    for (const t of EXERCISE_TEMPLATES) {
      const words = wordCount(t.instructions);
      expect({ id: t.id, inRange: words >= 60 && words <= 150 }).toEqual({ id: t.id, inRange: true });
    }
  });

  it('follow the record-type rule: rung 1 observes, rungs 2–6 experiment', () => {
    for (const t of EXERCISE_TEMPLATES) {
      expect(RECORD_TYPES).toContain(t.recordType);
      if (t.rung === 1) expect({ id: t.id, type: t.recordType }).toEqual({ id: t.id, type: 'observation' });
      else if (t.rung !== null)
        expect({ id: t.id, type: t.recordType }).toEqual({ id: t.id, type: 'experiment' });
    }
  });

  it('each target at least one barrier and use at least one strategy, valid and without repeats', () => {
    for (const t of EXERCISE_TEMPLATES) {
      expect(t.targetedBarriers.length).toBeGreaterThanOrEqual(1);
      expect(t.strategies.length).toBeGreaterThanOrEqual(1);
      expect(new Set(t.targetedBarriers).size).toBe(t.targetedBarriers.length);
      expect(new Set(t.strategies).size).toBe(t.strategies.length);
      for (const b of t.targetedBarriers) expect(BARRIER_IDS).toContain(b);
      for (const s of t.strategies) expect(STRATEGY_IDS).toContain(s);
    }
  });

  it('together target every one of the 17 barriers and use every strategy', () => {
    const targeted = new Set(EXERCISE_TEMPLATES.flatMap((t) => t.targetedBarriers));
    expect(BARRIER_IDS.filter((b) => !targeted.has(b))).toEqual([]);
    const used = new Set(EXERCISE_TEMPLATES.flatMap((t) => t.strategies));
    expect(STRATEGY_IDS.filter((s) => !used.has(s))).toEqual([]);
  });

  it('never repeat a sentence from one template in another (no boilerplate)', () => {
    const seen = new Map<string, string>();
    const repeats: string[] = [];
    for (const t of EXERCISE_TEMPLATES) {
      for (const s of new Set(sentences(t.instructions).map((x) => x.toLowerCase()))) {
        const first = seen.get(s);
        if (first !== undefined) repeats.push(`${first} / ${t.id}: ${s}`);
        else seen.set(s, t.id);
      }
    }
    expect(repeats).toEqual([]);
  });

  it('use typographic apostrophes and quotes, and clean spacing', () => {
    for (const t of EXERCISE_TEMPLATES) {
      for (const text of [t.title, t.instructions]) {
        expect({ id: t.id, ok: !/['"]/.test(text) && text === text.trim() && !/\s{2}/.test(text) }).toEqual({
          id: t.id,
          ok: true,
        });
      }
    }
  });

  it('have sensible frequencies: positive whole counts, and one-off asks on the high-stakes rung', () => {
    for (const t of EXERCISE_TEMPLATES) {
      const f = t.suggestedFrequency;
      if (f.kind !== 'once')
        expect({ id: t.id, count: Number.isInteger(f.count) && f.count >= 1 }).toEqual({
          id: t.id,
          count: true,
        });
    }
    for (const t of templatesForRung(6)) expect(t.suggestedFrequency).toEqual({ kind: 'once' });
  });
});

describe('getTemplate', () => {
  it('finds a template by id and returns undefined for an unknown one', () => {
    expect(getTemplate('observe-help-around-you')?.rung).toBe(1);
    expect(getTemplate('practice-write-a-reframe')?.rung).toBeNull();
    for (const t of EXERCISE_TEMPLATES) expect(getTemplate(t.id)).toBe(t);
    expect(getTemplate('no-such-template')).toBeUndefined();
    expect(getTemplate('')).toBeUndefined();
    expect(getTemplate('Observe-Help-Around-You')).toBeUndefined();
  });
});

describe('describeFrequency', () => {
  it.each([
    [{ kind: 'once' } as const, 'Once'],
    [{ kind: 'daily', count: 1 } as const, 'Once a day'],
    [{ kind: 'daily', count: 2 } as const, 'Twice a day'],
    [{ kind: 'daily', count: 3 } as const, '3 times a day'],
    [{ kind: 'weekly', count: 1 } as const, 'Once a week'],
    [{ kind: 'weekly', count: 2 } as const, 'Twice a week'],
    [{ kind: 'weekly', count: 5 } as const, '5 times a week'],
  ])('describes %j as “%s”', (frequency, label) => {
    expect(describeFrequency(frequency)).toBe(label);
  });
});
