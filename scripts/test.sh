#!/usr/bin/env bash
# The `npm test` pipeline: static checks, unit tests, build, build tests, built-site and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH" # Node 22 (devDependency `node`), astro, eslint, vitest…
export ASTRO_TELEMETRY_DISABLED=1 # no network in CI

# Each step says when it starts (seconds since the start); the total is printed at the end.
started=$SECONDS
step() { printf '\n==> %s  [%d s]\n' "$*" "$((SECONDS - started))"; }

step '1/5 Vérifications statiques, en parallèle : types et contenu (astro check), lint et formatage'
# Each checker uses about one core: side by side on two, each output printed whole once both end.
logs="$(mktemp -d)"
astro check >"$logs/check" 2>&1 &
check=$!
{ eslint --cache --cache-location node_modules/.cache/eslint/ . && prettier --check --cache .; } >"$logs/lint" 2>&1 &
lint=$!
status=0
wait "$check" || status=1
cat "$logs/check"
wait "$lint" || status=1
cat "$logs/lint"
rm -r "$logs"
[ "$status" -eq 0 ] || exit 1

step '2/5 Tests unitaires'
vitest run --project unit

step '3/5 Build de production (dist/)'
astro build

step '4/5 Tests de build (copies du projet)'
vitest run --project build

step '5/5 Tests du site construit (HTML de dist/, puis Chromium et axe)'
# What the pages' HTML says needs no browser: read first, in seconds, it fails before Chromium starts.
vitest run --project site
CHROME_PATH="$(node scripts/ensure-chromium.mjs | tail -1)"
JAVA_BIN="$(node scripts/ensure-java.mjs | tail -1)"
export CHROME_PATH JAVA_BIN
vitest run --project browser

elapsed=$((SECONDS - started))
printf '\n==> npm test : tout est passé en %d min %02d s\n' "$((elapsed / 60))" "$((elapsed % 60))"
