import os from 'node:os';
import type { CountingProxy } from './pg-count-proxy';
import type { Summary } from './profile-summary';

/** A scenario's profile and round trips as printed (Markdown tables) and kept (latest-profile.json). */
const out = (s = '') => process.stdout.write(`${s}\n`);

export interface ScenarioReport {
  scenario: string;
  requests: number;
  ok: number;
  non2xx: number;
  rps: number;
  loadAverage: number[];
  roundTripsPerRequest: number;
  statements: { label: string; perRequest: number; msEach: number }[];
  cpuMsPerRequest: number;
  cpuShareOfWindow: number;
  categories: { name: string; percent: number; msPerRequest: number }[];
  paths: { name: string; percent: number; msPerRequest: number; top: string }[];
  leaves: { name: string; percent: number }[];
}

export function report(
  name: string,
  s: Summary,
  ok: number,
  proxy: CountingProxy,
  extra: object,
): ScenarioReport {
  const perReq = (ms: number) => ms / Math.max(1, ok);
  const pct = (ms: number) => (100 * ms) / Math.max(1e-9, s.cpuMs);
  const rows = (xs: { name: string; ms: number }[], n: number) =>
    xs.slice(0, n).map((r) => ({ name: r.name, percent: pct(r.ms), msPerRequest: perReq(r.ms) }));
  const snap = proxy.snapshot();
  return {
    scenario: name,
    ...(extra as { requests: number; ok: number; non2xx: number; rps: number }),
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    roundTripsPerRequest: snap.roundTrips / Math.max(1, ok),
    statements: snap.statements.map((x) => ({
      label: x.label,
      perRequest: x.count / Math.max(1, ok),
      msEach: x.totalMs / Math.max(1, x.count),
    })),
    cpuMsPerRequest: perReq(s.cpuMs),
    cpuShareOfWindow: s.cpuMs / Math.max(1e-9, s.windowMs),
    categories: rows(s.categories, 40),
    paths: rows(s.paths, 12).map((p) => ({
      ...p,
      top: (s.pathCategories.get(p.name) ?? [])
        .slice(0, 3)
        .map((c) => `${c.name} ${pct(c.ms).toFixed(1)}`)
        .join('; '),
    })),
    leaves: s.leaves.slice(0, 15).map((r) => ({ name: r.name, percent: pct(r.ms) })),
  };
}

export function print(r: ScenarioReport): void {
  out(
    `\n### ${r.scenario}: ${r.ok} requests answered 2xx in the window (${r.rps.toFixed(0)} req/s, non-2xx ${r.non2xx})`,
  );
  out(
    `CPU ${r.cpuMsPerRequest.toFixed(2)} ms per request; the API used ${(100 * r.cpuShareOfWindow).toFixed(0)} % of one core; load average ${r.loadAverage.join(' ')}`,
  );
  out('\n| category | % of CPU | ms per request |\n| --- | ---: | ---: |');
  for (const c of r.categories) out(`| ${c.name} | ${c.percent.toFixed(1)} | ${c.msPerRequest.toFixed(3)} |`);
  out(`\nSQL round trips per request: ${r.roundTripsPerRequest.toFixed(2)} (counted on the wire)`);
  out('\n| statement | per request | ms each (wait, Sync → ReadyForQuery) |\n| --- | ---: | ---: |');
  for (const s of r.statements.slice(0, 8))
    out(`| ${s.label} | ${s.perRequest.toFixed(2)} | ${s.msEach.toFixed(2)} |`);
  out(
    '\n| nearest API frame on the stack | % of CPU | ms per request | its heaviest categories (% of CPU) |\n| --- | ---: | ---: | --- |',
  );
  for (const p of r.paths)
    out(`| ${p.name} | ${p.percent.toFixed(1)} | ${p.msPerRequest.toFixed(3)} | ${p.top} |`);
  out('\n| heaviest frames (self) | % of CPU |\n| --- | ---: |');
  for (const l of r.leaves) out(`| ${l.name} | ${l.percent.toFixed(1)} |`);
}
