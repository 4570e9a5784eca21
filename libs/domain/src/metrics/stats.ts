/** Small arithmetic helpers for the metrics; internal (not exported from the package). */

/** The arithmetic mean; NaN for an empty list, so callers check the length first. */
export function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** The mean of the values that exist, or null when none do. */
export function meanOrNull(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : mean(present);
}
