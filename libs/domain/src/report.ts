/**
 * Prints how well the language screens do on our labelled data:
 *   cd libs/domain && npx tsx src/report.ts          (or: npm run domain:report at the root)
 * Barrier suggestions: per-barrier precision/recall for the tune and held-out parts separately.
 * Risk screen: confusion counts on the risk case table, with every misclassified case.
 */
import { LABELLED_REFLECTIONS } from './language/__fixtures__/reflections.labelled';
import { RISK_CASES } from './language/__fixtures__/risk.cases';
import { confusion, evaluate, formatEvaluationTable } from './language/evaluate';
import { detectRisk } from './language/risk';
import { suggestBarriers, SUGGESTION_THRESHOLD } from './language/suggest-barriers';

for (const split of ['tune', 'heldout'] as const) {
  const items = LABELLED_REFLECTIONS.filter((r) => r.split === split);
  const result = evaluate(
    items.map((r) => ({ expected: r.labels, predicted: suggestBarriers(r.text).map((s) => s.barrierId) })),
  );
  console.log(
    formatEvaluationTable(
      `suggestBarriers, ${split === 'tune' ? 'tune' : 'held-out'} (threshold ${SUGGESTION_THRESHOLD})`,
      result,
    ),
  );
  console.log('');
}

// Held-out by writing round: round-2 items were written after the first held-out measurement and before the
// round-2 cue changes, so they are the cleanest estimate of how the current cues do on unseen text.
for (const round of [1, 2] as const) {
  const items = LABELLED_REFLECTIONS.filter((r) => r.split === 'heldout' && (r.round ?? 1) === round);
  const { micro } = evaluate(
    items.map((r) => ({ expected: r.labels, predicted: suggestBarriers(r.text).map((s) => s.barrierId) })),
  );
  const f = (x: number | null): string => (x === null ? '–' : x.toFixed(2));
  console.log(
    `held-out written in round ${round}: ${items.length} texts, support ${micro.tp + micro.fn}, ` +
      `tp ${micro.tp} fp ${micro.fp} fn ${micro.fn}, precision ${f(micro.precision)}, recall ${f(micro.recall)}`,
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
