// Front-end budgets (npm run size): the JavaScript a screen needs before it can draw — the entry chunk, the
// screen's route chunk and every chunk they import statically (Vite's build manifest, gzip). Other screens'
// chunks load on demand (one lazy route file per screen, apps/dashboard/src/app/router.tsx).
const fs = require('node:fs');
const path = require('node:path');

const dist = path.resolve(__dirname, '../../apps/dashboard/dist');
const manifestFile = path.join(dist, '.vite/manifest.json');
if (!fs.existsSync(manifestFile)) {
  throw new Error(
    `${manifestFile} is missing: build the dashboard first (npx nx run @askwell/dashboard:build)`,
  );
}
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));

/** The JS files of a manifest key and its static imports, transitively. */
function initialJs(keys) {
  const seen = new Set();
  const files = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`not in the build manifest: ${key}`);
    if (chunk.file.endsWith('.js')) files.add(path.join(dist, chunk.file));
    for (const k of chunk.imports ?? []) visit(k);
  };
  for (const k of keys) visit(k);
  return [...files];
}

const screen = (name, route, limit) => ({
  name,
  path: initialJs(['index.html', `src/app/routes/${route}.tsx`]),
  limit,
  gzip: true,
});

const CLIENT = '170 KiB';
const PRACTITIONER = '300 KiB';

module.exports = [
  screen('client: the week (/me)', 'me', CLIENT),
  screen('client: history', 'me-history', CLIENT),
  screen('client: write an entry', 'me-write', CLIENT),
  screen('client: an entry', 'me-entry', CLIENT),
  screen('sign in', 'login', CLIENT),
  screen('practitioner: caseload', 'clients', PRACTITIONER),
  screen('practitioner: a client (brief)', 'client', PRACTITIONER),
  screen('practitioner: an entry', 'entry', PRACTITIONER),
  screen('practitioner: audit log', 'audit', PRACTITIONER),
];
