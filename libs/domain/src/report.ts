/**
 * Prints how well the language screens do on our labelled data:
 *   cd libs/domain && npx tsx src/report.ts          (or: npm run domain:report at the root)
 * Barrier suggestions: per-barrier precision/recall on the tune part, and each writing round separately.
 * Risk screen: confusion counts on the risk case table, with every misclassified case.
 */
import { LABELLED_REFLECTIONS } from './language/__fixtures__/reflections.labelled';
import { RISK_CASES } from './language/__fixtures__/risk.cases';
import { confusion, evaluate, formatEvaluationTable, type EvaluationResult } from './language/evaluate';
import { detectRisk } from './language/risk';
import { FRAME_PATTERNS } from './language/barrier-patterns';
import { suggestBarriers, suggestBarriersWith, SUGGESTION_THRESHOLD } from './language/suggest-barriers';
import { type BarrierId } from './taxonomy/ids';

const f = (x: number | null): string => (x === null ? '–' : x.toFixed(2));
type Item = { text: string; labels: readonly BarrierId[] };
const measure = (items: readonly Item[]): EvaluationResult =>
  evaluate(
    items.map((r) => ({ expected: r.labels, predicted: suggestBarriers(r.text).map((s) => s.barrierId) })),
  );
/** The round-4 frames alone, without the sentence-level cues of rounds 1–3. */
const measureFrames = (items: readonly Item[]): EvaluationResult =>
  evaluate(
    items.map((r) => ({
      expected: r.labels,
      predicted: suggestBarriersWith(r.text, FRAME_PATTERNS).map((s) => s.barrierId),
    })),
  );
const line = (name: string, { micro: m, cases }: EvaluationResult): string =>
  `${name}: ${cases} texts, support ${m.tp + m.fn}, tp ${m.tp} fp ${m.fp} fn ${m.fn}, ` +
  `precision ${f(m.precision)}, recall ${f(m.recall)}`;

// Since round 3 the round-1/2 held-out items are tuning material, since round 4 round 3 too (each moved in after its
// figures were reported).
const tune = LABELLED_REFLECTIONS.filter((r) => r.split === 'tune');
console.log(
  formatEvaluationTable(`suggestBarriers, tune (threshold ${SUGGESTION_THRESHOLD})`, measure(tune)),
);
console.log('');
console.log(line('tune, written as tune items', measure(tune.filter((r) => !r.heldOutInRound))));
console.log(line('tune, held out in round 1', measure(tune.filter((r) => r.heldOutInRound === 1))));
console.log(line('tune, held out in round 2', measure(tune.filter((r) => r.heldOutInRound === 2))));
console.log(line('tune, held out in round 3', measure(tune.filter((r) => r.heldOutInRound === 3))));
console.log(line('tune, round-4 frames alone', measureFrames(tune)));
console.log('');

// Held-out round 4: written independently and wired in as split 'heldout' after the round-4 frames were committed.
const heldoutItems = LABELLED_REFLECTIONS.filter((r) => r.split === 'heldout');
if (heldoutItems.length > 0) {
  const heldout = measure(heldoutItems);
  console.log(
    formatEvaluationTable(`suggestBarriers, held-out (threshold ${SUGGESTION_THRESHOLD})`, heldout),
  );
  console.log('');
  console.log(line('held-out', heldout));
  console.log(line('held-out, round-4 frames alone', measureFrames(heldoutItems)));
} else {
  console.log(
    'held-out: none wired in (round 3 is tuning material since round 4; round 4 is measured separately)',
  );
}
console.log('');

const risk = confusion(
  RISK_CASES.map((c) => ({ expected: c.flagged, predicted: detectRisk(c.text).flagged })),
);
const positives = RISK_CASES.filter((c) => c.flagged).length;
console.log(
  `detectRisk on ${RISK_CASES.length} cases (${positives} positive, ${RISK_CASES.length - positives} negative)`,
);
console.log(`  TP=${risk.tp}  FP=${risk.fp}  TN=${risk.tn}  FN=${risk.fn}`);
for (const c of RISK_CASES) {
  const flagged = detectRisk(c.text).flagged;
  if (flagged !== c.flagged) console.log(`  ${flagged ? 'false positive' : 'MISSED'}: ${c.text}`);
}
