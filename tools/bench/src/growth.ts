/** Memory and growth: a process's RSS, the brief's and the caseload's latency as the data grows. */
import fs from 'node:fs';
import { login } from './login';
import { growthRequests, out } from './options';
import type { Proc } from './procs';
import type { SeededPractice } from './seed';

export function rssMb(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

export interface Growth {
  brief: { entriesPerClient: number; p50: number; p95: number }[];
  caseload: { clients: number; p50: number; p95: number }[];
  briefFactor: number;
  caseloadFactor: number;
}

/** p50/p95 (ms) of a list of times. */
function quantiles(times: number[]): { p50: number; p95: number } {
  const t = [...times].sort((x, y) => x - y);
  const q = (p: number) => t[Math.min(t.length - 1, Math.ceil(p * t.length) - 1)] ?? 0;
  return { p50: q(0.5), p95: q(0.95) };
}

/**
 * One request at a time, the sizes interleaved (size 1, size 2, size 3, size 1, …) so a noisy neighbour hits
 * every size alike; p95 per size after 5 warm-up rounds.
 */
export async function growth(
  api: Proc,
  briefs: SeededPractice[],
  caseloads: SeededPractice[],
): Promise<Growth> {
  out(
    `growth: ${growthRequests} sequential requests per size, sizes interleaved (after 5 warm-up rounds), p95`,
  );
  const targets: {
    kind: 'brief' | 'caseload';
    size: number;
    url: string;
    cookie: string;
    times: number[];
  }[] = [];
  for (const b of briefs) {
    const a = await login(api.base, b.practitionerEmail);
    const url = `${api.base}/api/v1/clients/${b.clientIds[0]}/brief`;
    targets.push({ kind: 'brief', size: b.entriesPerClient, url, cookie: a.cookie, times: [] });
  }
  for (const c of caseloads) {
    const a = await login(api.base, c.practitionerEmail);
    // Without parameters: the API's default page (who needs attention first), as the dashboard first asks.
    const url = `${api.base}/api/v1/caseload`;
    const first = (await (await fetch(url, { headers: { cookie: a.cookie } })).json()) as {
      items?: unknown[];
      nextCursor?: string | null;
      total?: number;
    };
    const n = c.clientIds.length;
    const items = first.items?.length ?? -1;
    if (first.total !== n || items < 1 || items > n || items < n !== (typeof first.nextCursor === 'string'))
      throw new Error(`caseload of ${n}: not a page of that caseload (${items} items, total ${first.total})`);
    targets.push({ kind: 'caseload', size: n, url, cookie: a.cookie, times: [] });
  }
  for (let round = -5; round < growthRequests; round++) {
    for (const t of targets) {
      const t0 = performance.now();
      const r = await fetch(t.url, { headers: { cookie: t.cookie } });
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`${t.url}: ${r.status}`);
      if (round >= 0) t.times.push(performance.now() - t0);
    }
  }
  const g: Growth = { brief: [], caseload: [], briefFactor: 0, caseloadFactor: 0 };
  for (const t of targets) {
    const f = quantiles(t.times);
    if (t.kind === 'brief') {
      g.brief.push({ entriesPerClient: t.size, ...f });
      out(
        `  brief, ${String(t.size).padStart(5)} entries/client: p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms`,
      );
    } else {
      g.caseload.push({ clients: t.size, ...f });
      out(
        `  caseload, ${String(t.size).padStart(3)} clients: p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms`,
      );
    }
  }
  const ratio = (xs: { p95: number }[]) => (xs.at(-1)?.p95 ?? 0) / Math.max(1e-9, xs[0]?.p95 ?? 0);
  g.briefFactor = ratio(g.brief);
  g.caseloadFactor = ratio(g.caseload);
  out(
    `  growth factors: brief p95 ×${g.briefFactor.toFixed(2)} (${g.brief[0]?.entriesPerClient} → ${g.brief.at(-1)?.entriesPerClient} entries/client), caseload p95 ×${g.caseloadFactor.toFixed(2)} (${g.caseload[0]?.clients} → ${g.caseload.at(-1)?.clients} clients)`,
  );
  return g;
}
