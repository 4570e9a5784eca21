/**
 * The shipped barrier model per tuning file, micro and (for the files named) per barrier:
 *   npx tsx libs/domain/eval/barriers-by-file.ts [file-substring ...] [--errors]
 * With substrings, the named files are also measured together (e.g. "retired" for the retired held-out writers,
 * whose texts the shipped weights were not trained on before 2026-12-07). Reads the tuning split only.
 */
import { suggestBarriers } from '../src/language/suggest-barriers';
import { BARRIER_IDS } from '../src/taxonomy/ids';
import { loadReflections, type ReflectionItem } from './corpus';
import { evaluate, type EvaluationResult } from './evaluate';

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const only = args.filter((a) => !a.startsWith('--'));
const f = (x: number | null): string => (x === null ? '   –' : x.toFixed(2));
const items = loadReflections('tune');
const predicted = new Map(items.map((r) => [r, suggestBarriers(r.text).map((s) => s.barrierId)]));
const measure = (rs: readonly ReflectionItem[]): EvaluationResult =>
  evaluate(rs.map((r) => ({ expected: r.labels, predicted: predicted.get(r) ?? [] })));
const micro = (r: EvaluationResult): string =>
  `P ${f(r.micro.precision)} R ${f(r.micro.recall)} (tp ${r.micro.tp} fp ${r.micro.fp} fn ${r.micro.fn})`;

for (const file of [...new Set(items.map((r) => r.file))])
  console.log(`${file.padEnd(48)} ${micro(measure(items.filter((r) => r.file === file)))}`);
if (only.length > 0) {
  const chosen = items.filter((r) => only.some((o) => r.file.includes(o)));
  const r = measure(chosen);
  console.log(`\nchosen (${chosen.length} texts): ${micro(r)}`);
  for (const id of BARRIER_IDS) {
    const b = r.perBarrier.find((x) => x.barrierId === id);
    console.log(
      `  ${id.padEnd(20)} ${String(b?.support ?? 0).padStart(4)} P ${f(b?.precision ?? null)} R ${f(b?.recall ?? null)}`,
    );
  }
  if (showErrors)
    for (const e of r.errors) {
      const item = chosen[e.index];
      console.log(
        `  ${item?.file}:${item?.line} +[${e.falsePositives.join(', ')}] -[${e.falseNegatives.join(', ')}]: ${item?.text}`,
      );
    }
}
