/**
 * Prints how well the language screens do, on the tuning split and the held-out split side by side:
 *   npm run domain:report                         (at the root)
 *   npm run domain:report -- --errors             also the tuning split's misclassified texts
 *   npm run domain:report -- --heldout-errors     also the held-out split's (for the notes only: never tune on them)
 */
import { BARRIER_IDS } from '../src/taxonomy/ids';
import { RISK_CATEGORIES } from '../src/language/risk-categories';
import { detectRisk } from '../src/language/risk';
import { suggestBarriers } from '../src/language/suggest-barriers';
import { NEGATIVE_KINDS } from './corpus';
import { measureSplit, rate, type Rate, type SplitMeasure } from './measure';

const args = new Set(process.argv.slice(2));
const f = (x: number | null): string => (x === null ? '   –' : x.toFixed(2));
const pct = (r: Rate): string =>
  `${r.of === 0 ? '   –' : `${(100 * (rate(r) ?? 0)).toFixed(1)}%`.padStart(6)} (${r.hit}/${r.of})`;

const tune = measureSplit('tune');
const heldout = measureSplit('heldout');
const splits: [string, SplitMeasure][] = [
  ['tune', tune],
  ['held-out', heldout],
];

const w = Math.max(...BARRIER_IDS.map((id) => id.length), 'micro'.length);
console.log(
  `Barrier suggestions: tune ${tune.barriers.items.length} texts, held-out ${heldout.barriers.items.length} texts`,
);
console.log(`${'barrier'.padEnd(w)}  | tune: support  prec   rec | held-out: support  prec   rec`);
const row = (
  name: string,
  pick: (s: SplitMeasure) => { support: number; precision: number | null; recall: number | null },
): string =>
  `${name.padEnd(w)}  |${splits
    .map(([, s]) => {
      const v = pick(s);
      return ` ${String(v.support).padStart(13)}  ${f(v.precision)}  ${f(v.recall)} |`;
    })
    .join('')}`;
for (const id of BARRIER_IDS) {
  console.log(
    row(
      id,
      (s) =>
        s.barriers.result.perBarrier.find((b) => b.barrierId === id) ?? {
          support: 0,
          precision: null,
          recall: null,
        },
    ),
  );
}
console.log(
  row('micro', (s) => ({
    ...s.barriers.result.micro,
    support: s.barriers.result.micro.tp + s.barriers.result.micro.fn,
  })),
);
console.log('');

console.log(`Risk screen: tune ${tune.risk.items} statements, held-out ${heldout.risk.items}`);
console.log(`${'recall by category'.padEnd(22)} | ${'tune'.padEnd(16)} | held-out`);
for (const c of RISK_CATEGORIES)
  console.log(
    `${c.padEnd(22)} | ${pct(tune.risk.byCategory[c]).padEnd(16)} | ${pct(heldout.risk.byCategory[c])}`,
  );
for (const t of ['explicit', 'concern'] as const)
  console.log(
    `${`tier ${t}`.padEnd(22)} | ${pct(tune.risk.byTier[t]).padEnd(16)} | ${pct(heldout.risk.byTier[t])}`,
  );
console.log(
  `${'all positives'.padEnd(22)} | ${pct(tune.risk.overall).padEnd(16)} | ${pct(heldout.risk.overall)}`,
);
console.log(
  `${'tier agrees'.padEnd(22)} | ${pct(tune.risk.tierAgreement).padEnd(16)} | ${pct(heldout.risk.tierAgreement)}`,
);
console.log(`${'false flags by kind'.padEnd(22)} |`);
for (const k of NEGATIVE_KINDS)
  console.log(
    `${k.padEnd(22)} | ${pct(tune.risk.falseFlagsByKind[k]).padEnd(16)} | ${pct(heldout.risk.falseFlagsByKind[k])}`,
  );
console.log(
  `${'all hard negatives'.padEnd(22)} | ${pct(tune.risk.falseFlags).padEnd(16)} | ${pct(heldout.risk.falseFlags)}`,
);

// Speed: the whole corpus once through both screens (after a warm-up pass), per text.
const texts = [...tune.barriers.items, ...heldout.barriers.items].map((r) => r.text);
for (const t of texts.slice(0, 50)) {
  detectRisk(t);
  suggestBarriers(t);
}
const t0 = performance.now();
for (const t of texts) {
  detectRisk(t);
  suggestBarriers(t);
}
console.log(
  `\nSpeed: ${((performance.now() - t0) / texts.length).toFixed(3)} ms per reflection for both screens (${texts.length} texts)`,
);

// Cost on long adversarial input: 2 000 and 20 000 characters of risk words, best of three each (a figure to read,
// not a test: timed assertions do not belong in the suite on a shared machine). Linear is a ratio near 10.
const unit = 'kill kill myself not not want want to to die die for for ';
const long = unit.repeat(Math.ceil(20000 / unit.length)).slice(0, 20000);
const bestOf = (t: string): number =>
  Math.min(
    ...[0, 1, 2].map(() => {
      const s0 = performance.now();
      detectRisk(t);
      return performance.now() - s0;
    }),
  );
const shortMs = bestOf(long.slice(0, 2000));
const longMs = bestOf(long);
console.log(
  `Long input: risk screen ${shortMs.toFixed(1)} ms for 2 000 characters, ${longMs.toFixed(1)} ms for 20 000 (×${(longMs / shortMs).toFixed(1)})`,
);

const printErrors = (label: string, s: SplitMeasure): void => {
  console.log(`\n${label}: risk misses`);
  for (const m of s.risk.misses)
    console.log(`  MISSED ${m.flag ? `${m.tier}/${m.category}` : ''} ${m.file}:${m.line}: ${m.text}`);
  console.log(`${label}: risk false flags`);
  for (const m of s.risk.falsePositives)
    console.log(
      `  FALSE ${m.flag ? '' : m.kind} ${m.file}:${m.line}: ${m.text} -> ${detectRisk(m.text).matches.join(' | ')}`,
    );
  console.log(`${label}: barrier errors`);
  for (const e of s.barriers.result.errors) {
    const item = s.barriers.items[e.index];
    if (!item) continue;
    console.log(
      `  ${item.file}:${item.line} +[${e.falsePositives.join(', ')}] -[${e.falseNegatives.join(', ')}]: ${item.text}`,
    );
  }
};
if (args.has('--errors')) printErrors('tune', tune);
if (args.has('--heldout-errors')) printErrors('held-out', heldout);
