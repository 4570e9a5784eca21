import { type Word } from './words';

/**
 * Per-sentence memo: what a sentence contains (lexicon words, idioms, time words, distress) is computed once,
 * not once per match, so a long sentence full of matches stays linear.
 */
const memo = new WeakMap<readonly Word[], Map<string, unknown>>();

export function once<T>(words: readonly Word[], key: string, compute: () => T): T {
  let entry = memo.get(words);
  if (!entry) {
    entry = new Map();
    memo.set(words, entry);
  }
  if (entry.has(key)) return entry.get(key) as T;
  const value = compute();
  entry.set(key, value);
  return value;
}
