/**
 * What a feature keeps in module memory for the signed-in person, outside the query cache (the notice after a
 * save, say). Each such feature registers how to forget it; the auth feature calls forgetAccountMemory() when
 * a session ends, without knowing which features keep what.
 */
const forgetters = new Set<() => void>();

export function forgetWhenSessionEnds(forget: () => void): void {
  forgetters.add(forget);
}

export function forgetAccountMemory(): void {
  for (const forget of forgetters) forget();
}
