/** The targets the report is checked against, printed at the end of a run. */
import type { Growth } from './growth';
import { BRIEF_SIZES, CASELOAD_SIZES, out, rssConnections } from './options';
import type { DbRun } from './scenarios';

export function targets(report: Record<string, unknown>) {
  const pg = report['postgresql'] as (DbRun & { idleRssMb: number }) | undefined;
  const g = report['growth'] as Growth | undefined;
  const ratio = (name: string) => pg?.scenarios.find((s) => s.scenario.startsWith(name))?.ratio ?? NaN;
  const list = [
    {
      target: 'POST entry ≥ 0.5× baseline insert',
      value: ratio('POST entry'),
      met: ratio('POST entry') >= 0.5,
    },
    {
      target: 'GET brief ≥ 0.3× baseline single query',
      value: ratio('GET brief'),
      met: ratio('GET brief') >= 0.3,
    },
    {
      target: `brief p95 growth ≤ 1.5× (${BRIEF_SIZES[0]} → ${BRIEF_SIZES.at(-1)} entries/client)`,
      value: g?.briefFactor ?? NaN,
      met: (g?.briefFactor ?? Infinity) <= 1.5,
    },
    {
      target: `caseload p95 ${CASELOAD_SIZES.at(-1)} clients ≤ 2× ${CASELOAD_SIZES[0]}`,
      value: g?.caseloadFactor ?? NaN,
      met: (g?.caseloadFactor ?? Infinity) <= 2,
    },
    {
      target: `API RSS ≤ 300 MB at ${rssConnections} connections`,
      value: pg?.rss?.maxMb ?? NaN,
      met: (pg?.rss?.maxMb ?? Infinity) <= 300,
    },
  ];
  out('targets (same run):');
  for (const t of list) out(`  ${t.met ? 'met   ' : 'MISSED'} ${t.target}: ${t.value.toFixed(2)}`);
  return list;
}
