#!/usr/bin/env bash
# The `npm test` pipeline: static checks, unit tests, build, build tests, built-site and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH" # Node 22 (devDependency `node`), astro, eslint, vitest…
export ASTRO_TELEMETRY_DISABLED=1 # no network in CI

# Each step says when it starts (seconds since the start); the total is printed at the end.
started=$SECONDS
step() { printf '\n==> %s  [%d s]\n' "$*" "$((SECONDS - started))"; }

step '1/6 Vérification des types et du contenu (astro check)'
astro check

step '2/6 Lint et formatage (eslint, prettier)'
eslint --cache --cache-location node_modules/.cache/eslint/ .
prettier --check --cache .

step '3/6 Tests unitaires'
vitest run --project unit

step '4/6 Build de production (dist/)'
astro build

step '5/6 Tests de build (copies du projet)'
vitest run --project build

step '6/6 Tests du site construit (HTML de dist/, puis Chromium et axe)'
# What the pages' HTML says needs no browser: read first, in seconds, it fails before Chromium starts.
vitest run --project site
CHROME_PATH="$(node scripts/ensure-chromium.mjs | tail -1)"
JAVA_BIN="$(node scripts/ensure-java.mjs | tail -1)"
export CHROME_PATH JAVA_BIN
vitest run --project browser

elapsed=$((SECONDS - started))
printf '\n==> npm test : tout est passé en %d min %02d s\n' "$((elapsed / 60))" "$((elapsed % 60))"
