#!/usr/bin/env node
// Records what the built site displays of each fact (dist/donnees/etat-des-faits.json) into
// published-facts.json, the committed ledger the build checks: once recorded, a fact may change
// only with a correction entry. Facts no longer built stay in the ledger (their URL does too).
// Run after `npm run build`, and commit the file.
import { readFile, writeFile } from 'node:fs/promises';

const built = JSON.parse(await readFile(process.argv[2] ?? 'dist/donnees/etat-des-faits.json', 'utf8'));
const listFile = 'published-facts.json';
const existing = JSON.parse(await readFile(listFile, 'utf8').catch(() => '{}'));
const all = Object.fromEntries(
  Object.entries({ ...existing, ...built }).sort(([a], [b]) => a.localeCompare(b)),
);
await writeFile(listFile, `${JSON.stringify(all, null, 2)}\n`);
const added = Object.keys(built).filter((id) => !(id in existing)).length;
console.log(`${listFile} : ${Object.keys(all).length} faits (${added} nouveaux)`);
