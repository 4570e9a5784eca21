/**
 * Why the barrier model suggests what it does for one text: its features (c:, n:, frame:, w:) and, per barrier
 * with a positive score or any weight, the bias and every feature's weight:
 *   npx tsx libs/domain/eval/explain-barriers.ts "text" [--all]
 */
import { textFeatures } from '../src/language/barrier-features';
import { BARRIER_WEIGHTS } from '../src/language/barrier-weights/index';
import { suggestBarriers } from '../src/language/suggest-barriers';
import { BARRIER_IDS } from '../src/taxonomy/ids';

const args = process.argv.slice(2);
const text = args.filter((a) => !a.startsWith('--')).join(' ');
const { sentences, features } = textFeatures(text);
for (const s of sentences)
  console.log(s.words.map((w) => `${w.text}${w.negated ? '¬' : ''}/${w.clause}`).join(' '));
console.log([...features.keys()].filter((f) => !f.startsWith('w:')).join(' '));
for (const id of BARRIER_IDS) {
  const pairs = BARRIER_WEIGHTS[id].weights.join(' ').split(/\s+/).filter(Boolean);
  const w = new Map<string, number>();
  for (let i = 0; i + 1 < pairs.length; i += 2) w.set(pairs[i] ?? '', Number(pairs[i + 1]));
  const used = [...features.keys()].flatMap((f) => (w.has(f) ? [[f, w.get(f) ?? 0] as const] : []));
  const z = used.reduce((s, [, x]) => s + x, BARRIER_WEIGHTS[id].bias);
  if (z > -1.5 || args.includes('--all'))
    console.log(
      `${id.padEnd(20)} z ${z.toFixed(2)} = bias ${BARRIER_WEIGHTS[id].bias} ${used.map(([f, x]) => `${f} ${x}`).join(' ')}`,
    );
}
console.log(suggestBarriers(text));
