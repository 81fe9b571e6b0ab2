#!/usr/bin/env bash
# The `npm test` pipeline: static checks, unit tests, build, then build tests and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH" # Node 22 (devDependency `node`), astro, eslint, vitest…
export ASTRO_TELEMETRY_DISABLED=1 # no network in CI

# Each step says when it starts (seconds since the start); the total is printed at the end.
started=$SECONDS
step() { printf '\n==> %s  [%d s]\n' "$*" "$((SECONDS - started))"; }

step '1/5 Vérification des types et du contenu (astro check)'
astro check

step '2/5 Lint et formatage (eslint, prettier)'
eslint --cache --cache-location node_modules/.cache/eslint/ .
prettier --check --cache .

step '3/5 Tests unitaires'
vitest run --project unit

step '4/5 Build de production (dist/)'
astro build

step '5/5 Tests de build (copies du projet) et tests navigateur (Chromium, axe), côte à côte'
CHROME_PATH="$(node scripts/ensure-chromium.mjs | tail -1)"
JAVA_BIN="$(node scripts/ensure-java.mjs | tail -1)"
export CHROME_PATH JAVA_BIN
# Side by side: the browser tests mostly wait on Chromium, the build tests mostly compute. The build
# tests' report is printed when both are done.
build_log="$(mktemp)"
trap 'rm -f "$build_log"' EXIT
vitest run --project build > "$build_log" 2>&1 &
build_tests=$!
browser_status=0
vitest run --project browser || browser_status=$?
build_status=0
wait "$build_tests" || build_status=$?
printf '\n==> Tests de build : rapport\n'
cat "$build_log"
if [ "$browser_status" -ne 0 ] || [ "$build_status" -ne 0 ]; then
  printf '\n==> Échec : tests navigateur %s, tests de build %s\n' \
    "$([ "$browser_status" -eq 0 ] && echo réussis || echo en échec)" \
    "$([ "$build_status" -eq 0 ] && echo réussis || echo en échec)"
  exit 1
fi

elapsed=$((SECONDS - started))
printf '\n==> npm test : tout est passé en %d min %02d s\n' "$((elapsed / 60))" "$((elapsed % 60))"
