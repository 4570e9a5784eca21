#!/usr/bin/env bash
# Lints the API's OpenAPI contract: builds the API, writes the document it serves at /api/docs-json to
# tmp/openapi.json (no database needed) and runs Redocly CLI (a pinned devDependency) with redocly.yaml's
# recommended rules on Node.js 24, which Redocly CLI 2 needs. Exits non-zero on any error or warning.
set -euo pipefail
cd "$(dirname "$0")/.."
node24_bin="$(bash tools/node24/bin-dir.sh)"
npx nx run @askwell/api:build --outputStyle=static
mkdir -p tmp
# As an https deployment serves it: its server URL, and the session cookie's __Host- name.
PUBLIC_URL="${OPENAPI_PUBLIC_URL:-https://askwell.invalid}" node apps/api/dist/openapi/write-openapi.js tmp/openapi.json
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
  "$node24_bin/node" node_modules/@redocly/cli/bin/cli.js lint --config redocly.yaml --max-problems 1000 tmp/openapi.json
