/** The bench's command-line flags, the settings drawn from them, its paths and its one printer (`out`). */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_ADMIN_URL } from './sql';

export const ROOT = path.resolve(__dirname, '../../..');
export const API_MAIN = path.join(ROOT, 'apps/api/dist/main.js');
export const RESULTS = path.join(ROOT, 'bench/results');
export const out = (s = '') => process.stdout.write(`${s}\n`);

export const { values: flags } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    duration: { type: 'string' }, // seconds per A or B leg
    rounds: { type: 'string' }, // A/B pairs per scenario
    connections: { type: 'string', default: '10' },
    'rss-connections': { type: 'string', default: '100' },
    'growth-requests': { type: 'string' },
    'skip-pglite': { type: 'boolean', default: false },
    /** e.g. --api-node-options=--max-old-space-size=192: NODE_OPTIONS for the API processes */
    'api-node-options': { type: 'string', default: '' },
    'skip-lighthouse': { type: 'boolean', default: false },
    'admin-url': { type: 'string', default: process.env['BENCH_ADMIN_URL'] ?? DEFAULT_ADMIN_URL },
    /** e.g. --only=post,brief: run just these parts (post, entries, brief, caseload, rss, growth, explain, pglite, lighthouse) */
    only: { type: 'string' },
  },
});
const PARTS = [
  'post',
  'entries',
  'brief',
  'caseload',
  'rss',
  'growth',
  'explain',
  'pglite',
  'lighthouse',
] as const;
type Part = (typeof PARTS)[number];
const onlyParts = flags.only
  ?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
for (const p of onlyParts ?? []) {
  if (!(PARTS as readonly string[]).includes(p))
    throw new Error(`--only: unknown part ${p} (${PARTS.join(', ')})`);
}
/** Whether a part of the bench runs (all of them unless --only names some). */
export const runs = (part: Part) => !onlyParts || onlyParts.includes(part);
export const smoke = flags.smoke;
export const duration = Number(flags.duration ?? (smoke ? 1 : 5));
export const rounds = Number(flags.rounds ?? (smoke ? 1 : 2));
export const connections = Number(flags.connections);
export const rssConnections = Number(flags['rss-connections']);
export const growthRequests = Number(flags['growth-requests'] ?? (smoke ? 10 : 60));
export const BRIEF_SIZES = smoke ? [100, 1000] : [100, 1000, 10000];
export const CASELOAD_SIZES = smoke ? [10, 100] : [10, 100, 500];
export const CASELOAD_ENTRIES = 100;
export const partial =
  flags['skip-pglite'] ||
  flags['skip-lighthouse'] ||
  Boolean(onlyParts) ||
  Boolean(flags['api-node-options']) ||
  ['duration', 'rounds', 'growth-requests'].some(
    (k) => k in flags && flags[k as keyof typeof flags] !== undefined,
  );
export const apiNodeOptions: Record<string, string> = flags['api-node-options']
  ? { NODE_OPTIONS: flags['api-node-options'] }
  : {};
export const LOAD = { clients: 10, entriesPerClient: smoke ? 200 : 1000 };
