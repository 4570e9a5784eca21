import fs from 'node:fs';
import path from 'node:path';

/**
 * The node flags `npm start` runs the API with: those of apps/api's `start:prod` script (a heap limit among
 * them, docs/performance.md). The process tests and the bench start the built API with the same flags, so they
 * measure and test it as it ships. Works from src (tsx, jest) and from dist alike.
 */
export function productionNodeFlags(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const script = manifest.scripts['start:prod'] ?? '';
  return script.split(/\s+/).filter((arg) => arg.startsWith('--'));
}
