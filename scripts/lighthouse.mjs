#!/usr/bin/env node
// Lighthouse (mobile) on a built site, fully offline: the budget is 100 in performance, accessibility,
// best-practices and SEO for the article page, the timeline, a figure card, an event card and an entity page.
//
// Serves the built directory on 127.0.0.1 with a small static server that behaves like the production
// host (the `_headers` rules of the build applied to every response, text gzip-compressed, 404.html for a
// missing path), launches Chromium with no network beyond 127.0.0.1 and runs Lighthouse's default config
// (mobile: emulated Moto G Power, simulated throttling) on each page. Prints the scores, LCP, TBT, CLS and
// transfer size, then every audit scoring below 1 with what it points at, and notes on the SEO audits
// whose result depends on being served from localhost rather than the production domain.
// Always exits 0 when Lighthouse ran (a measurement, not a test); exits 1 only when it could not run.
//
// Usage: npm run lighthouse                              (pages of the budget, site in dist/)
//        npm run lighthouse -- --dir /tmp/site           (another built site)
//        npm run lighthouse -- --page /chronologie/      (only this page; repeat for several)
//        npm run lighthouse -- --out /tmp/lh             (also write each full report as JSON there)
//        npm run lighthouse -- --runs 5                  (5 runs per page, the median one reported)
//        npm run lighthouse -- --no-gzip                 (serve uncompressed, as a bare server would)
//        npm run lighthouse -- --no-control              (skip the control page measured first)
//        npm run lighthouse -- --cpu-slowdown auto       (CPU slowdown scaled to this machine's speed)
//        npm run lighthouse -- --cpu-slowdown 8          (this CPU slowdown instead of Lighthouse's 4)
//        CHROME_PATH=/path/to/chrome npm run lighthouse  (another Chromium; default /usr/bin/chromium)

import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { defaultSettings } from 'lighthouse/core/config/constants.js';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { CHROME_FLAGS } from './chromium-flags.mjs';
import { parseCliArgs, printHelp } from './cli-args.mjs';
import { headersFor, parseHeadersFile } from './headers-file.mjs';
import { contentTypeFor } from './static-file.mjs';
import { startStaticServer } from './static-server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Pages of the budget: the article, the timeline, two fact cards. */
const DEFAULT_PAGES = [
  '/articles/bombardiers-russes-chinois-patrouille-conjointe/',
  '/chronologie/',
  '/faits/soldats-chinois-exercice-2022-09/',
  '/faits/patrouille-aerienne-strategique-2022-11/',
  '/appareils/tu-95/',
];

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

// Simulated throttling multiplies the main-thread work observed on this machine by a CPU slowdown, ×4 by
// default: enough to bring a high-end desktop, whose Lighthouse benchmarkIndex is 1500–2000, down to a
// mid-tier phone (Lighthouse's docs/throttling.md, "Calibrating the CPU slowdown"). On a machine twice as
// fast the same ×4 emulates a phone twice as fast, and the performance score follows the machine rather
// than the page. `--cpu-slowdown auto` scales the multiplier by this machine's index against the middle of
// that bracket, so that figures taken on different machines compare.
const DEFAULT_CPU_SLOWDOWN = defaultSettings.throttling.cpuSlowdownMultiplier; // Lighthouse's own: 4
const REFERENCE_BENCHMARK_INDEX = 1750;

/** The CPU slowdown that emulates, on a machine of this benchmarkIndex, the phone Lighthouse aims at. */
function calibratedSlowdown(benchmarkIndex) {
  const exact = (DEFAULT_CPU_SLOWDOWN * benchmarkIndex) / REFERENCE_BENCHMARK_INDEX;
  return Math.max(1, Math.round(exact * 2) / 2); // to the half: the index itself varies by ±10 % between runs
}

// The control page: a minimal valid French page (no stylesheet, no script, no image), served by the
// measuring server itself at a path the site cannot use, and measured before the site's pages. What it
// scores is what this machine charges any page: simulated throttling multiplies the observed duration of
// the renderer's own work (committing the navigation, first font lookups) by the CPU slowdown, and Lantern
// may count part of it as blocking time. A site page cannot be expected to do better than the control on
// the same machine.
const CONTROL_PATH = '/__temoin-lighthouse__/';
const CONTROL_HTML = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Page témoin</title><link rel="icon" href="data:,"><meta name="description" content="Page minimale : ce que la machine coûte à toute page.">
</head><body><main><h1>Page témoin</h1><p>Une page minimale, sans feuille de style, sans script ni image.</p></main></body></html>
`;

// ---------------------------------------------------------------------------------------------
// Arguments

function parseArgs(argv) {
  const { values } = parseCliArgs({
    args: argv,
    options: {
      dir: { type: 'string', default: 'dist' },
      page: { type: 'string', multiple: true, default: [] },
      out: { type: 'string' },
      'no-gzip': { type: 'boolean', default: false },
      'no-control': { type: 'boolean', default: false },
      runs: { type: 'string', default: '1' },
      'cpu-slowdown': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) printHelp(import.meta.url, 23);
  const raw = values['cpu-slowdown'];
  const args = {
    dir: values.dir,
    pages: values.page,
    out: values.out,
    gzip: !values['no-gzip'],
    runs: Number(values.runs),
    control: !values['no-control'],
    cpuSlowdown: raw === undefined || raw === 'auto' ? raw : Number(raw),
  };
  if (!Number.isInteger(args.runs) || args.runs < 1) throw new Error('--runs : entier ≥ 1 attendu');
  if (args.cpuSlowdown !== undefined && args.cpuSlowdown !== 'auto' && !(args.cpuSlowdown >= 1)) {
    throw new Error('--cpu-slowdown : « auto » ou un nombre ≥ 1 attendu');
  }
  if (args.pages.length === 0) args.pages = DEFAULT_PAGES;
  for (const page of args.pages) {
    if (!page.startsWith('/')) throw new Error(`--page : chemin absolu attendu (« /… »), reçu « ${page} »`);
  }
  return args;
}

/** The production origin (`site` in astro.config.mjs), to which canonical and share URLs point. */
function productionSite() {
  const config = readFileSync(join(ROOT, 'astro.config.mjs'), 'utf8');
  return /^\s*site:\s*['"]([^'"]+)['"]/m.exec(config)?.[1]?.replace(/\/$/, '');
}

// ---------------------------------------------------------------------------------------------
// Static server, as the production host serves the site (the browser tests' server)

async function startServer(dir, { gzip }) {
  const headersPath = join(dir, '_headers');
  const rules = existsSync(headersPath) ? parseHeadersFile(await readFile(headersPath, 'utf8')) : [];
  const server = await startStaticServer(dir, {
    gzip,
    headersFor: (pathname) => headersFor(rules, pathname),
    hidden: ['/_headers', '/_redirects'],
    page: (pathname) =>
      pathname === CONTROL_PATH ? { type: contentTypeFor('index.html'), body: CONTROL_HTML } : undefined,
  });
  return { ...server, headerRules: rules.length };
}

// ---------------------------------------------------------------------------------------------
// Reading a Lighthouse result

const score100 = (score) => (typeof score === 'number' ? String(Math.round(score * 100)) : '—');
const ms = (audit) =>
  typeof audit?.numericValue === 'number' ? `${Math.round(audit.numericValue)} ms` : '—';
const oneLine = (text, max = 220) => {
  const flat = String(text).replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};
// Lighthouse's descriptions and explanations carry Markdown links: keep the text, drop the URL.
const plain = (text) => oneLine(String(text).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));

/** One cell of a details table, as text. */
function formatValue(value) {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(2);
  if (typeof value !== 'object') return oneLine(value, 160);
  if (value.type === 'node') {
    const where = value.selector ? `${value.selector} ` : '';
    return `${where}${value.snippet ? oneLine(value.snippet, 160) : (value.nodeLabel ?? '')}`.trim();
  }
  if (value.type === 'source-location') return `${value.url}:${value.line + 1}:${value.column + 1}`;
  if (value.type === 'url' || value.type === 'link') return value.url ?? value.text;
  if (value.type === 'code') return oneLine(value.value, 160);
  if (value.type === 'numeric') return String(value.value);
  if (value.type === 'text') return oneLine(value.value, 160);
  if ('url' in value) return value.url;
  return undefined;
}

/** Lines for a network-tree (request chains): one line per request, indented by depth. */
function chainLines(chains, depth = 0) {
  return Object.values(chains ?? {}).flatMap((node) => [
    `${'  '.repeat(depth)}${node.url} · ${Math.round(node.navStartToEndTime)} ms · ${(node.transferSize / 1024).toFixed(1)} Ko`,
    ...chainLines(node.children, depth + 1),
  ]);
}

/** One cell of a details table with its column label, as text. */
function formatCell(heading, value) {
  const type = heading.valueType;
  const label = plain(heading.label ?? '');
  if (typeof value === 'number' && type === 'bytes') return `${label} ${(value / 1024).toFixed(1)} Ko`;
  if (typeof value === 'number' && (type === 'ms' || type === 'timespanMs')) {
    return `${label} ${Math.round(value)} ms`;
  }
  const text = formatValue(value);
  if (text === undefined) return undefined;
  return label && !['node', 'url', 'source-location', 'code'].includes(type) ? `${label} : ${text}` : text;
}

/** Lines describing what a failing audit points at (elements, URLs, explanations). */
function detailLines(details, limit = 8) {
  if (!details) return [];
  if (details.type === 'list') return details.items.flatMap((item) => detailLines(item, limit));
  if (details.type === 'list-section') {
    const inner = detailLines(details.value, limit);
    if (details.title && inner.length > 0)
      return [`${plain(details.title)} :`, ...inner.map((l) => `  ${l}`)];
    return inner;
  }
  if (details.type === 'network-tree') return chainLines(details.chains);
  if (details.type === 'text') return [plain(details.value)];
  if (details.type === 'checklist') {
    return Object.values(details.items)
      .filter((item) => !item.value)
      .map((item) => `manque : ${item.label}`);
  }
  if (!Array.isArray(details.items) || !Array.isArray(details.headings)) return [];
  const lines = [];
  for (const item of details.items.slice(0, limit)) {
    const cells = details.headings
      .map((heading) => (heading.key ? formatCell(heading, item[heading.key]) : undefined))
      .filter(Boolean);
    if (cells.length > 0) lines.push(cells.join(' · '));
    // axe's reason for an element: "Fix any of the following: …".
    const explanation = item.node?.explanation;
    if (explanation) lines.push(`  ↳ ${oneLine(explanation, 300)}`);
    for (const sub of item.subItems?.items?.slice(0, 3) ?? []) {
      const text = Object.values(sub).map(formatValue).filter(Boolean).join(' · ');
      if (text) lines.push(`  ↳ ${text}`);
    }
  }
  if (details.items.length > limit) lines.push(`… et ${details.items.length - limit} de plus`);
  return lines;
}

/** Audits of the four categories scoring below 1, with their category and weight. */
function failingAudits(lhr) {
  const failing = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    if (!category) continue;
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || typeof audit.score !== 'number' || audit.score >= 1) continue;
      if (['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode)) continue;
      failing.push({ category: id, weight: ref.weight, audit });
    }
  }
  // Those that cost points first, then the diagnostics of weight 0.
  return failing.sort((a, b) => b.weight - a.weight);
}

// Audits (SEO, and HTTPS for best practices) that read the origin the page is served from. What their result means for the production
// domain, so that neither a failure nor a pass on 127.0.0.1 is taken on faith.
const ORIGIN_AUDITS = {
  canonical:
    'Lighthouse 13 ne compare pas le domaine de la canonique à celui de la page (il refuse une URL invalide ou relative, des canoniques contradictoires, un renvoi vers la racine du même domaine) : une canonique vers le domaine de production ne pénalise pas la mesure sur 127.0.0.1, le résultat vaut pour la production.',
  'is-crawlable':
    'lit <meta name="robots"> et l’en-tête X-Robots-Tag : ici ceux du build et de son _headers, que sert l’hébergeur ; le résultat vaut pour la production, sauf en-tête ajouté par l’hébergeur hors _headers (aperçus de déploiement notamment).',
  'robots-txt':
    'lit /robots.txt de l’origine servie : ici celui du build, le même que sert la production ; le résultat vaut pour la production.',
  'http-status-code':
    'un 404 ici veut dire que la page manque dans le build : échec réel, aussi en production.',
  'is-on-https':
    '(bonnes pratiques) 127.0.0.1 compte comme sûr : ce succès ne vaut en production que si le site y est servi en HTTPS (son _headers envoie Strict-Transport-Security, qui le suppose).',
};

/** Canonical of a built page compared with its production URL. */
function canonicalCheck(html, productionUrl) {
  let href;
  visit(fromHtml(html), 'element', (node) => {
    if (node.tagName === 'link' && [node.properties.rel].flat().includes('canonical'))
      href ??= String(node.properties.href);
  });
  if (!href) return 'pas de <link rel="canonical"> dans le HTML construit';
  return href === productionUrl
    ? `canonique = adresse de production (${href})`
    : `canonique ${href} ≠ adresse de production attendue ${productionUrl}`;
}

// ---------------------------------------------------------------------------------------------
// Printing

function printTable(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(headers));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

// ---------------------------------------------------------------------------------------------
// Main

/** One Lighthouse run; retried (up to 3 attempts) when Lighthouse reports a broken trace or load. */
async function runLighthouse(url, port, cpuSlowdown) {
  let result;
  for (let attempt = 1; attempt <= 3; attempt++) {
    result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      locale: 'fr',
      onlyCategories: CATEGORIES,
      // Merged into the default mobile throttling: only the CPU multiplier changes.
      throttling: { cpuSlowdownMultiplier: cpuSlowdown },
    });
    if (!result) throw new Error('Lighthouse n’a rien renvoyé');
    if (!result.lhr.runtimeError) break;
    process.stdout.write(`[${result.lhr.runtimeError.code}, nouvel essai] `);
  }
  return result;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const dir = resolve(args.dir);
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir} n’est pas un site construit (pas d’index.html) : lancez d’abord npm run build`);
  }
  const site = productionSite();
  const loadBefore = os.loadavg()[0];
  const server = await startServer(dir, { gzip: args.gzip });
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  let chrome;
  let cpuSlowdown = typeof args.cpuSlowdown === 'number' ? args.cpuSlowdown : DEFAULT_CPU_SLOWDOWN;
  const results = [];
  try {
    chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...CHROME_FLAGS], logLevel: 'silent' });
    if (args.cpuSlowdown === 'auto') {
      // One pass on the control page, discarded, only to read this machine's benchmarkIndex.
      const { lhr } = await runLighthouse(new URL(CONTROL_PATH, server.url).href, chrome.port, cpuSlowdown);
      const index = lhr.environment?.benchmarkIndex;
      if (!index) throw new Error('--cpu-slowdown auto : Lighthouse n’a pas donné d’indice de performance');
      cpuSlowdown = calibratedSlowdown(index);
      console.log(
        `Calibrage : indice de performance ${Math.round(index)}, ralentissement CPU ×${cpuSlowdown} (×${DEFAULT_CPU_SLOWDOWN} de Lighthouse × ${Math.round(index)} / ${REFERENCE_BENCHMARK_INDEX})`,
      );
    }
    console.log(
      `Lighthouse (mobile, throttling simulé, CPU ×${cpuSlowdown}${cpuSlowdown === DEFAULT_CPU_SLOWDOWN ? ', réglage par défaut' : ''}) sur ${dir}, servi à ${server.url}`,
    );
    console.log(
      `  serveur : ${server.headerRules} règle(s) de _headers appliquée(s), texte ${args.gzip ? 'compressé en gzip (comme l’hébergeur)' : 'non compressé (--no-gzip)'} ; Chromium : ${chromePath} ; ${args.runs} passe(s) par page${args.runs > 1 ? ', passe médiane retenue' : ''}`,
    );
    if (args.out) await mkdir(args.out, { recursive: true });

    for (const page of args.control ? [CONTROL_PATH, ...args.pages] : args.pages) {
      const url = new URL(page, server.url).href;
      process.stdout.write(`  ${page} … `);
      const started = Date.now();
      try {
        const runs = [];
        for (let run = 1; run <= args.runs; run++) {
          const result = await runLighthouse(url, chrome.port, cpuSlowdown);
          runs.push(result.lhr);
          if (args.out) {
            const name =
              page
                .replace(/^\/|\/$/g, '')
                .replace(/\//g, '_')
                .replace(/^_+|_+$/g, '') || 'index';
            await writeFile(join(args.out, `${name}${args.runs > 1 ? `.${run}` : ''}.json`), result.report);
          }
        }
        const usable = runs.filter((lhr) => !lhr.runtimeError);
        const lhr = usable.length > 1 ? computeMedianRun(usable) : (usable[0] ?? runs[0]);
        console.log(`${((Date.now() - started) / 1000).toFixed(0)} s`);
        results.push({ page, lhr, runs: usable });
      } catch (error) {
        console.log(`échec : ${error.message}`);
        results.push({ page, error });
      }
    }
  } finally {
    chrome?.kill();
    await server.close();
  }

  // Scores and metrics
  const control = results.find(({ page }) => page === CONTROL_PATH);
  const sitePages = results.filter(({ page }) => page !== CONTROL_PATH);
  console.log('');
  printTable(
    ['page', 'perf', 'a11y', 'bonnes pratiques', 'SEO', 'LCP', 'TBT', 'CLS', 'transfert'],
    results.map(({ page: path, lhr, runs, error }) => {
      const page = path === CONTROL_PATH ? '(témoin : page minimale)' : path;
      if (!lhr) return [page, '—', '—', '—', '—', '—', '—', '—', oneLine(error.message, 40)];
      if (lhr.runtimeError) return [page, '—', '—', '—', '—', '—', '—', '—', lhr.runtimeError.code];
      const cat = (id) => {
        const scores = runs.map((run) => Math.round((run.categories[id]?.score ?? 0) * 100));
        const min = Math.min(...scores);
        const max = Math.max(...scores);
        return `${score100(lhr.categories[id]?.score)}${min === max ? '' : ` (${min}–${max})`}`;
      };
      const cls = lhr.audits['cumulative-layout-shift']?.numericValue;
      const bytes = lhr.audits['total-byte-weight']?.numericValue;
      return [
        page,
        cat('performance'),
        cat('accessibility'),
        cat('best-practices'),
        cat('seo'),
        ms(lhr.audits['largest-contentful-paint']),
        ms(lhr.audits['total-blocking-time']),
        typeof cls === 'number' ? cls.toFixed(3) : '—',
        typeof bytes === 'number' ? `${(bytes / 1024).toFixed(1)} Ko` : '—',
      ];
    }),
  );
  if (args.runs > 1) console.log('(médiane des passes ; entre parenthèses, la plus basse et la plus haute)');
  if (control?.runs?.length) {
    const values = (id) => control.runs.map((run) => Math.round(run.audits[id]?.numericValue ?? NaN));
    const range = (list) => `${Math.min(...list)}–${Math.max(...list)}`;
    const perf = control.runs.map((run) => Math.round((run.categories.performance?.score ?? 0) * 100));
    console.log(
      `Témoin : performance ${range(perf)}, TBT ${range(values('total-blocking-time'))} ms, FCP ${range(values('first-contentful-paint'))} ms sur ${control.runs.length} passe(s). C’est ce que cette machine coûte à toute page (validation de la navigation, premières polices, multipliées par ${cpuSlowdown}) : une page du site ne peut pas faire mieux ici.`,
    );
  }
  const budgetMet = sitePages.filter(
    ({ lhr }) => lhr && CATEGORIES.every((id) => lhr.categories[id]?.score === 1),
  ).length;
  console.log(
    `\nBudget (100 dans les quatre catégories) : ${budgetMet}/${sitePages.length} page(s) le tiennent.`,
  );

  // Failing audits
  for (const { page, lhr } of sitePages) {
    if (!lhr) continue;
    if (lhr.runtimeError) {
      console.log(`\n== ${page} : Lighthouse n’a pas pu mesurer — ${plain(lhr.runtimeError.message)}`);
      continue;
    }
    const failing = failingAudits(lhr);
    console.log(
      `\n== ${page} : ${failing.length === 0 ? 'aucun audit sous 1' : `${failing.length} audit(s) sous 1`}`,
    );
    for (const { category, weight, audit } of failing) {
      const value = audit.displayValue ? ` — ${oneLine(audit.displayValue, 80)}` : '';
      const weightNote = weight > 0 ? `poids ${weight}` : 'poids 0, sans effet sur la note';
      console.log(
        `  [${category}] ${audit.id} (score ${score100(audit.score)}, ${weightNote}) : ${plain(audit.title)}${value}`,
      );
      if (audit.metricSavings) {
        const savings = Object.entries(audit.metricSavings).filter(([, saved]) => saved > 0);
        const text = savings.map(([metric, saved]) => `${metric} ${saved}`).join(', ');
        console.log(`      gain estimé par Lighthouse : ${text || 'aucun'}`);
      }
      if (audit.explanation) console.log(`      ${plain(audit.explanation)}`);
      if (audit.errorMessage) console.log(`      erreur : ${plain(audit.errorMessage)}`);
      for (const line of detailLines(audit.details)) console.log(`      ${line}`);
      if (ORIGIN_AUDITS[audit.id]) console.log(`      localhost ou production ? ${ORIGIN_AUDITS[audit.id]}`);
    }
    for (const warning of lhr.runWarnings ?? [])
      console.log(`  avertissement Lighthouse : ${plain(warning)}`);
  }

  // The audits that read the origin, passed or not.
  console.log(
    `\nAudits qui dépendent de l’origine servie : mesure sur 127.0.0.1, production sur ${site ?? '(site introuvable dans astro.config.mjs)'}.`,
  );
  for (const [id, note] of Object.entries(ORIGIN_AUDITS)) console.log(`  ${id} : ${note}`);
  for (const { page, lhr } of sitePages) {
    if (!lhr || lhr.runtimeError) continue;
    const status = Object.keys(ORIGIN_AUDITS)
      .map((id) => `${id} ${lhr.audits[id] ? score100(lhr.audits[id].score) : '—'}`)
      .join(', ');
    const html = await readFile(join(dir, page, 'index.html'), 'utf8').catch(() => '');
    const canonical = site ? ` ; ${canonicalCheck(html, `${site}${page}`)}` : '';
    console.log(`  ${page} : ${status}${canonical}`);
  }

  // Simulated throttling multiplies the main-thread task durations observed on this machine: CPU
  // contention from other processes inflates TBT, and FCP/LCP with it.
  const loadAfter = os.loadavg()[0];
  const cores = os.cpus().length;
  const benchmark = results.flatMap(({ runs }) => runs ?? []).map((lhr) => lhr.environment?.benchmarkIndex);
  const indexes = benchmark.filter(Boolean).map(Math.round);
  console.log(
    `\nMachine : ${cores} cœur(s), charge (loadavg 1 min) ${loadBefore.toFixed(1)} au début, ${loadAfter.toFixed(1)} à la fin ; indice de performance Lighthouse ${indexes.length > 0 ? `${Math.min(...indexes)}–${Math.max(...indexes)}` : '—'}.`,
  );
  if (indexes.length > 0 && args.cpuSlowdown === undefined) {
    const median = [...indexes].sort((a, b) => a - b)[Math.floor(indexes.length / 2)];
    const calibrated = calibratedSlowdown(median);
    if (calibrated !== DEFAULT_CPU_SLOWDOWN) {
      console.log(
        `  Le ×${DEFAULT_CPU_SLOWDOWN} de Lighthouse vise une machine d’indice ${REFERENCE_BENCHMARK_INDEX} environ : sur celle-ci (${median}), le téléphone visé demanderait ×${calibrated}. Notes de performance ${calibrated > DEFAULT_CPU_SLOWDOWN ? 'flatteuses' : 'sévères'} ici ; à comparer d’une machine à l’autre : --cpu-slowdown auto.`,
      );
    }
  }
  if (Math.max(loadBefore, loadAfter) > cores * 0.75) {
    console.log(
      `  ATTENTION : machine chargée. Le throttling simulé multiplie par ${cpuSlowdown} les durées de tâches observées, que la concurrence pour le CPU allonge : TBT, FCP et LCP sont gonflés et la note de performance varie d’une passe à l’autre. Les notes d’accessibilité, de bonnes pratiques et de SEO n’en dépendent pas. Pour juger le budget de performance : machine au repos, et --runs 5.`,
    );
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
