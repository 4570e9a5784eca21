/**
 * The risk screen per tuning file (rules alone and with the shipped model), and optionally the misses and false
 * flags of one file:
 *   npx tsx libs/domain/eval/writers.ts [file-substring]
 * Reads the tuning split only.
 */
import { screen } from '../src/language/risk/screen';
import { loadReflections, loadRisk } from './corpus';

const only = process.argv[2];
const risk = loadRisk('tune');
const files = [...new Set(risk.map((r) => r.file))];
const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
for (const file of files) {
  const items = risk.filter((r) => r.file === file);
  const pos = items.filter((r) => r.flag);
  const neg = items.filter((r) => !r.flag);
  const rules = pos.filter((r) => screen(r.text, null).length > 0).length;
  const hits = pos.filter((r) => screen(r.text).length > 0).length;
  const ff = neg.filter((r) => screen(r.text).length > 0).length;
  console.log(
    `${file.padEnd(28)} rules ${pct(rules, pos.length).padStart(6)}  +model ${pct(hits, pos.length).padStart(6)} ` +
      `(${hits}/${pos.length})  FF ${pct(ff, neg.length).padStart(5)} (${ff}/${neg.length})`,
  );
  if (only === undefined || !file.includes(only)) continue;
  for (const r of items) {
    const flagged = screen(r.text).length > 0;
    if (flagged !== r.flag) console.log(`  ${r.flag ? 'MISS' : 'FF  '} ${r.text}`);
  }
}
const refl = loadReflections('tune');
const rf = refl.filter((r) => screen(r.text).length > 0).length;
console.log(`reflections FF ${pct(rf, refl.length)} (${rf}/${refl.length})`);
