#!/usr/bin/env bash
# The `npm test` pipeline: static checks, unit tests, build, build tests, built-site and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH" # Node 22 (devDependency `node`), astro, eslint, vitest…
export ASTRO_TELEMETRY_DISABLED=1 # no network in CI

# Each step says when it starts (seconds since the start); the total is printed at the end.
started=$SECONDS
step() { printf '\n==> %s  [%d s]\n' "$*" "$((SECONDS - started))"; }

# Runs commands side by side, each output printed whole once all have ended; fails if any failed.
together() {
  local logs status=0 pids=() i=0
  logs="$(mktemp -d)"
  for command in "$@"; do
    bash -c "$command" >"$logs/$i" 2>&1 &
    pids+=($!)
    i=$((i + 1))
  done
  for i in "${!pids[@]}"; do
    wait "${pids[$i]}" || status=1
    cat "$logs/$i"
  done
  rm -r "$logs"
  return "$status"
}

step '1/3 En parallèle : types et contenu (astro check) puis build de production (dist/), lint et formatage, tests unitaires'
# astro check, then the build (both write .astro/), use about one core, the linters another, the
# unit tests two workers that often wait: side by side they keep both cores busy.
together \
  'astro check && astro build' \
  'eslint --cache --cache-location node_modules/.cache/eslint/ . && prettier --check --cache .' \
  'vitest run --project unit'

step '2/3 Tests de build (copies du projet)'
vitest run --project build

step '3/3 Tests du site construit (HTML de dist/, puis Chromium et axe)'
# What the pages' HTML says needs no browser: read first, in seconds, it fails before Chromium starts.
vitest run --project site
CHROME_PATH="$(node scripts/ensure-chromium.mjs | tail -1)"
JAVA_BIN="$(node scripts/ensure-java.mjs | tail -1)"
export CHROME_PATH JAVA_BIN
vitest run --project browser

elapsed=$((SECONDS - started))
printf '\n==> npm test : tout est passé en %d min %02d s\n' "$((elapsed / 60))" "$((elapsed % 60))"
