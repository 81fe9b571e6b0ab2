#!/usr/bin/env node
// Build benchmark: how `astro build` scales with the number of articles, and the page-weight budget.
//
// For each N, a temp copy of the project (like a fresh checkout) gets N synthetic articles made from
// the seed article; it is built cold (empty share-image cache), then rebuilt after a one-word edit
// of one article's summary and of one figure label. Prints wall time, peak memory of the whole
// process tree, pages, pages/s, where the time goes (from Astro's log) and the share images
// re-rendered vs reused, then checks the goals. Always exits 0 when the builds ran (goals are
// reported, not enforced); exits 1 only when a build itself fails.
//
// Usage: npm run bench                       (N = 100 and 1000)
//        npm run bench -- --n 100            (one size; --n 100,500 for a list)
//        npm run bench -- --keep             (keep the temp copies and their logs)
//        npm run bench -- --timeout 20       (kill a build after 20 minutes and report its progress)
//        npm run bench -- --stub-images      (the copy's share images are a fixed 1×1 PNG: measures
//                                              everything else, e.g. a rebuild at N=1000 without first
//                                              spending half an hour filling the image cache)
//        npm run bench -- --weight [--dir dist]   (page-weight budget of a built site, no build)

import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import YAML from 'yaml';
import { parseCliArgs, printHelp } from './cli-args.mjs';
import { readSeed, replaceOnce, stubShareImages, writeSyntheticArticles } from './synthetic-articles.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------------------------------
// Arguments

function parseArgs(argv) {
  const { values } = parseCliArgs({
    args: argv,
    options: {
      n: { type: 'string' },
      keep: { type: 'boolean', default: false },
      weight: { type: 'boolean', default: false },
      'stub-images': { type: 'boolean', default: false },
      dir: { type: 'string' },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) printHelp(import.meta.url, 18);
  const sizes = values.n === undefined ? [100, 1000] : values.n.split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--n : entiers ≥ 1 attendus');
  return {
    sizes,
    keep: values.keep,
    weight: values.weight,
    dir: values.dir,
    timeoutMin: values.timeout === undefined ? Infinity : Number(values.timeout),
    stubImages: values['stub-images'],
  };
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const fmtS = (ms) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`);
const fmtMB = (kb) => (kb === undefined ? '—' : `${Math.round(kb / 1024)} MB`);
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

/** Node 22 (devDependency `node`) when present, else the node running this script. */
function nodeBinary() {
  const local = join(ROOT, 'node_modules/.bin/node');
  return existsSync(local) ? local : process.execPath;
}

/** Every file under `dir` (recursive), as paths relative to it. */
function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}

/** A duration as Astro prints it: "123ms", "4.56s", "1m 2s". */
function parseDuration(text) {
  let ms = 0;
  let matched = false;
  for (const [, value, unit] of text.matchAll(/(\d+(?:\.\d+)?)\s*(ms|s|m)\b/g)) {
    matched = true;
    ms += Number(value) * (unit === 'ms' ? 1 : unit === 's' ? 1000 : 60_000);
  }
  return matched ? ms : undefined;
}

// ---------------------------------------------------------------------------------------------
// Temp project

/** Caches Astro and Vite keep in node_modules: private to each copy (see below). */
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * Copies what a checkout has (no dist/, .astro/, .cache/, tests) into a new temp dir. node_modules
 * is a directory of symlinks to the project's packages rather than one symlink: Astro writes its
 * content-layer store to node_modules/.astro/ and Vite its cache to node_modules/.vite/, which must
 * neither leak into the real project (other people build there) nor make a "cold" build warm.
 */
async function makeProject(n) {
  const root = await mkdtemp(join(os.tmpdir(), `astro-bench-${n}-`));
  await Promise.all(
    ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'].map((name) =>
      cp(join(ROOT, name), join(root, name), { recursive: true }),
    ),
  );
  await cp(join(ROOT, 'content'), join(root, 'content'), {
    recursive: true,
    filter: (src) => relative(join(ROOT, 'content'), src).split(/[\\/]/)[0] !== 'articles',
  });
  await mkdir(join(root, 'content/articles'), { recursive: true });
  // A new site of synthetic articles: none of the real site's URLs or facts is published there.
  await writeFile(
    join(root, 'published-urls.txt'),
    '# Site synthétique du benchmark : aucune URL publiée.\n',
  );
  await writeFile(join(root, 'published-facts.json'), '{}\n');
  await mkdir(join(root, 'node_modules'));
  const modules = join(ROOT, 'node_modules');
  await Promise.all(
    (await readdir(modules))
      .filter((name) => !PRIVATE_CACHES.has(name))
      .map((name) => symlink(join(modules, name), join(root, 'node_modules', name))),
  );
  await mkdir(join(root, 'logs'));
  return root;
}

function replaceFirst(text, from, to) {
  if (!text.includes(from)) throw new Error(`modification : « ${from} » introuvable`);
  return text.replace(from, to);
}

/**
 * The rebuild's edit, as an editor would make it in their text editor: one word of the summary
 * and one figure label (so that figure's share image must be rendered again).
 */
async function editOneArticle(file) {
  const text = await readFile(file, 'utf8');
  const end = text.indexOf('\n---\n', 4);
  let frontmatter = text.slice(0, end);
  const doc = YAML.parse(frontmatter.slice(4));
  // The word also occurs in a quote further down: only the summary's occurrence is edited.
  const summaryWord = 'survolé';
  if (!doc.editorial.summary.includes(summaryWord)) throw new Error(`« ${summaryWord} » absent du résumé`);
  const at = frontmatter.indexOf('summary:');
  frontmatter = frontmatter.slice(0, at) + replaceFirst(frontmatter.slice(at), summaryWord, 'traversé');
  const label = doc.figures[0].label;
  frontmatter = replaceOnce(frontmatter, `label: ${label}\n`, `label: ${label} (révisé)\n`);
  const check = YAML.parse(frontmatter.slice(4));
  if (check.editorial.summary === doc.editorial.summary || check.figures[0].label === label)
    throw new Error('modification : le résumé ou le libellé n’a pas changé');
  await writeFile(file, frontmatter + text.slice(end));
  return { figureId: doc.figures[0].id, label };
}

// ---------------------------------------------------------------------------------------------
// Running a build: wall time, process-tree memory, timestamped log

/** pid → ppid for every process, read from /proc (Linux only; empty elsewhere). */
function processTable() {
  const parents = new Map();
  let entries;
  try {
    entries = readdirSync('/proc');
  } catch {
    return parents;
  }
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Field 4 (ppid) comes after the command, which is in parentheses and may contain spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(name), ppid);
    } catch {
      // The process ended between readdir and read.
    }
  }
  return parents;
}

/** Short name of a process: "node", "pagefind_extended", "time". */
function processName(pid) {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '?';
  }
}

function rssKb(pid) {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** The pids descending from `root` (not `root` itself). */
function descendants(root, parents) {
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  tree.delete(root);
  return [...tree];
}

/** Sum of VmRSS of `root` and all its descendants, and the largest single process. */
function treeRss(root) {
  const tree = [root, ...descendants(root, processTable())];
  let total = 0;
  let largest = 0;
  const each = [];
  for (const pid of tree) {
    const kb = rssKb(pid);
    total += kb;
    largest = Math.max(largest, kb);
    if (kb > 0) each.push({ name: processName(pid), kb });
  }
  return { total, largest, processes: tree.length, each };
}

const TIME_BIN = '/usr/bin/time';

/** 1-minute load average: other builds on the machine inflate wall times (CPU time is steadier). */
const loadAverage = () => os.loadavg()[0].toFixed(1);

/**
 * Runs `astro build` in `root`. Memory: VmRSS of the whole process tree polled every 100 ms, plus
 * GNU time's "Maximum resident set size" (the largest single process, exact) when available.
 */
function runBuild(root, label, { timeoutMin }) {
  const logFile = join(root, 'logs', `${label}.log`);
  const timeFile = join(root, 'logs', `${label}.time`);
  const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
  const useTime = existsSync(TIME_BIN);
  const command = useTime ? TIME_BIN : nodeBinary();
  const args = useTime ? ['-v', '-o', timeFile, nodeBinary(), astro, 'build'] : [astro, 'build'];
  const env = {
    ...process.env,
    PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  delete env.NODE_ENV;
  const loadBefore = loadAverage();
  return new Promise((done, fail) => {
    const start = performance.now();
    // Own process group, so a timeout can stop the build and everything it started, and only that.
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const lines = [];
    let partial = '';
    let logText = '';
    const onData = (chunk) => {
      const t = performance.now() - start;
      partial += chunk;
      const parts = partial.split('\n');
      partial = parts.pop();
      for (const raw of parts) {
        const text = stripVTControlCharacters(raw).replace(/\r/g, '');
        lines.push({ t, text });
        logText += `[${(t / 1000).toFixed(3).padStart(8)}s] ${text}\n`;
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    let peak = { total: 0, largest: 0, processes: 0, each: [], at: 0, line: '' };
    const poll = setInterval(() => {
      const now = treeRss(child.pid);
      if (now.total > peak.total)
        peak = { ...now, at: performance.now() - start, line: lines.at(-1)?.text.trim() ?? '' };
    }, 100);
    // Progress for long runs (visible when the bench's output goes to a log file).
    const progress = setInterval(async () => {
      const elapsed = performance.now() - start;
      await writeFile(logFile, logText).catch(() => undefined);
      const pages = lines.filter((l) => /\(\+[\d.]+m?s\)/.test(l.text)).length;
      const last = lines.at(-1)?.text.trim() ?? '';
      console.log(
        `    … ${label}: ${fmtS(elapsed)}, ${pages} routes générées, mémoire ${fmtMB(peak.total)} (pic), dernière ligne : ${last.slice(0, 100)}`,
      );
    }, 30_000);
    let timedOut = false;
    const timer =
      Number.isFinite(timeoutMin) &&
      setTimeout(() => {
        timedOut = true;
        // Stop the build under /usr/bin/time first (by pid: only processes this script started), so
        // that time still reports the CPU used; then the whole group if anything is left.
        const parents = processTable();
        const tree = descendants(child.pid, parents);
        for (const pid of tree) {
          try {
            process.kill(pid, 'SIGTERM');
          } catch {
            // Already gone.
          }
        }
        setTimeout(() => {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            // Already gone.
          }
        }, 10_000).unref();
      }, timeoutMin * 60_000);
    child.on('error', fail);
    child.on('close', async (code) => {
      const ms = performance.now() - start;
      clearInterval(poll);
      clearInterval(progress);
      if (timer) clearTimeout(timer);
      if (partial) onData('\n');
      await writeFile(logFile, logText);
      let maxRssKb;
      let timeExit;
      if (useTime && existsSync(timeFile)) {
        const report = readFileSync(timeFile, 'utf8');
        const max = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
        if (max) maxRssKb = Number(max[1]);
        const status = /Exit status: (\d+)/.exec(report);
        if (status) timeExit = Number(status[1]);
      }
      const seconds = (re) => {
        const m = useTime && existsSync(timeFile) ? re.exec(readFileSync(timeFile, 'utf8')) : null;
        return m ? Number(m[1]) * 1000 : undefined;
      };
      const userMs = seconds(/User time \(seconds\): ([\d.]+)/);
      const sysMs = seconds(/System time \(seconds\): ([\d.]+)/);
      done({
        code: timeExit ?? code,
        timedOut,
        ms,
        lines,
        logFile,
        peakTreeKb: peak.total,
        peakProcesses: peak.processes,
        peakEach: peak.each.sort((a, b) => b.kb - a.kb),
        peakAt: peak.at,
        peakLine: peak.line,
        maxRssKb,
        userMs,
        sysMs,
        cpuMs: userMs !== undefined && sysMs !== undefined ? userMs + sysMs : undefined,
        loadBefore,
        loadAfter: loadAverage(),
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Reading Astro's log

/** "  ├─ /faits/x.png (+12ms)": a generated route and its own render time. */
const ROUTE_LINE = /[├└]─\s+(\S+)\s+\(\+\s*([\d.]+\s*m?s)\)/;

/** The route's family, for per-type totals: "/faits/*.png", "/faits/*", "/chronologie/*"… */
function routeFamily(route) {
  const parts = route
    .replace(/\/index\.html$/, '/')
    .split('/')
    .filter(Boolean);
  if (parts.length <= 1) return route.replace(/\/index\.html$/, '/');
  const ext = /\.(png|xml|txt|json)$/.exec(route)?.[0] ?? '';
  return `/${parts[0]}/*${ext}`;
}

/**
 * Where the time went, from Astro's log lines and their arrival times (ms since spawn):
 * - startup: spawn → "Syncing content" (Node, Astro and Vite start, config and integrations)
 * - sync: "Syncing content" → "Synced content", and "[types] Generated X" (Astro's own timings)
 * - entrypoints: "Building static entrypoints" → "generating static routes" (Vite bundles)
 * - generation: "generating static routes" → its "✓ Completed in X"; of which the wait before the
 *   first route line (getStaticPaths of every route, loadSite) and the per-route "(+Nms)" sums
 * - after: sitemap, pagefind and other build:done hooks, until the process exits
 */
function analyseLog(lines, totalMs) {
  const find = (re, from = 0) => {
    for (let i = from; i < lines.length; i++) if (re.test(lines[i].text)) return i;
    return -1;
  };
  const at = (i) => (i >= 0 ? lines[i].t : undefined);
  const result = {};
  const syncing = find(/Syncing content/);
  const synced = find(/Synced content/);
  result.startupMs = at(syncing);
  if (syncing >= 0 && synced >= 0) result.syncMs = at(synced) - at(syncing);
  const typesLine = find(/\[types\] Generated/);
  if (typesLine >= 0) result.typesMs = parseDuration(lines[typesLine].text.split('Generated')[1]);
  const info = find(/Collecting build info/);
  const infoDone = info >= 0 ? find(/✓ Completed in/, info + 1) : -1;
  if (infoDone >= 0) result.buildInfoMs = parseDuration(lines[infoDone].text.split('Completed in')[1]);
  const entry = find(/Building static entrypoints/);
  const gen = find(/generating static routes/);
  if (entry >= 0 && gen >= 0) result.entrypointsMs = at(gen) - at(entry);
  result.viteBuilds = lines
    .filter((l) => /\[vite\] ✓ built in/.test(l.text))
    .map((l) => parseDuration(l.text.split('built in')[1]));
  if (gen >= 0) {
    result.genStartMs = at(gen);
    const done = find(/^\S*\s*✓ Completed in/, gen + 1);
    if (done >= 0) {
      result.generationMs = parseDuration(lines[done].text.split('Completed in')[1]);
      result.generationEndMs = at(done);
    } else result.generationSoFarMs = totalMs - at(gen);
    const first = find(ROUTE_LINE, gen + 1);
    if (first >= 0) {
      const own = parseDuration(ROUTE_LINE.exec(lines[first].text)[2]) ?? 0;
      result.beforeFirstRouteMs = at(first) - at(gen) - own;
    }
  }
  // After generation: the longest silences and the line that ended each (sitemap, pagefind…).
  if (result.generationEndMs !== undefined) {
    const doneIndex = lines.findIndex((l) => l.t === result.generationEndMs);
    const gaps = [];
    for (let i = doneIndex + 1; i <= lines.length; i++) {
      const t = i < lines.length ? lines[i].t : totalMs;
      const prev = lines[i - 1];
      if (t - prev.t > 500)
        gaps.push({
          ms: t - prev.t,
          after: prev.text.trim(),
          until: i < lines.length ? lines[i].text.trim() : '(fin)',
        });
    }
    result.afterGaps = gaps.sort((a, b) => b.ms - a.ms).slice(0, 3);
  }
  const indexed = find(/indexées pour la recherche en [\d,]+ s/);
  if (indexed >= 0)
    result.pagefindMs = Number(/en ([\d,]+) s/.exec(lines[indexed].text)[1].replace(',', '.')) * 1000;
  // Routes Astro's incremental build reused rather than rendered.
  result.reusedRoutes = lines.filter((l) => /\((?:cached|restored)\)/.test(l.text)).length;
  const built = find(/page\(s\) built in/);
  if (built >= 0) result.builtText = lines[built].text.replace(/^\S+\s+/, '').trim();
  const routes = {
    png: { n: 0, ms: 0, max: 0 },
    html: { n: 0, ms: 0, max: 0 },
    other: { n: 0, ms: 0, max: 0 },
  };
  const families = new Map();
  const slowest = [];
  for (const { text } of lines) {
    const m = ROUTE_LINE.exec(text);
    if (!m) continue;
    const ms = parseDuration(m[2]) ?? 0;
    const kind = /\.png$/.test(m[1]) ? 'png' : /\/$|\.html$/.test(m[1]) ? 'html' : 'other';
    routes[kind].n++;
    routes[kind].ms += ms;
    routes[kind].max = Math.max(routes[kind].max, ms);
    const family = families.get(routeFamily(m[1])) ?? { n: 0, ms: 0 };
    family.n++;
    family.ms += ms;
    families.set(routeFamily(m[1]), family);
    slowest.push({ route: m[1], ms });
  }
  slowest.sort((a, b) => b.ms - a.ms);
  result.routes = routes;
  result.slowest = slowest.slice(0, 5);
  result.byFamily = [...families.entries()].sort((a, b) => b[1].ms - a[1].ms);
  return result;
}

/** What a build produced: HTML pages, PNG files, bytes. */
function distStats(dist) {
  const files = walk(dist);
  const size = (f) => statSync(join(dist, f)).size;
  const html = files.filter((f) => f.endsWith('.html'));
  const png = files.filter((f) => f.endsWith('.png'));
  const htmlBytes = html.reduce((sum, f) => sum + size(f), 0);
  const biggest = html
    .map((f) => ({ f, bytes: size(f) }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 3);
  return { html: html.length, png: png.length, files: files.length, htmlBytes, biggest };
}

const cacheFiles = (dir) =>
  new Set(existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.png')) : []);

// ---------------------------------------------------------------------------------------------
// One size

function printBuild(label, run, log, dist, images, expectedPng) {
  const ok = run.code === 0 && !run.timedOut;
  console.log(
    `  ${label}: ${ok ? '' : run.timedOut ? 'ARRÊTÉ (délai dépassé) ' : `ÉCHEC (code ${run.code}) `}${fmtS(run.ms)}` +
      (run.cpuMs !== undefined
        ? ` (CPU ${fmtS(run.cpuMs)} : user ${fmtS(run.userMs)} + sys ${fmtS(run.sysMs)})`
        : '') +
      `, pic mémoire ${fmtMB(run.peakTreeKb)} (arbre de ${run.peakProcesses} processus, relevé toutes les 100 ms)` +
      (run.maxRssKb ? `, ${fmtMB(run.maxRssKb)} max d’un processus (/usr/bin/time)` : ''),
  );
  if (run.peakEach?.length)
    console.log(
      `    au pic (${fmtS(run.peakAt)}, après « ${run.peakLine.slice(0, 80)} ») : ${run.peakEach
        .filter((p) => p.kb > 10 * 1024)
        .map((p) => `${p.name} ${fmtMB(p.kb)}`)
        .join(', ')}`,
    );
  console.log(`    charge machine (loadavg 1 min) : ${run.loadBefore} au début, ${run.loadAfter} à la fin`);
  if (dist)
    console.log(
      `    sortie : ${dist.html} pages HTML, ${dist.png} PNG, ${(dist.htmlBytes / 1e6).toFixed(1)} Mo de HTML` +
        ` (plus grosses : ${dist.biggest.map((b) => `${b.f} ${Math.round(b.bytes / 1024)} Ko`).join(', ')})`,
    );
  const parts = [];
  if (log.startupMs !== undefined) parts.push(`démarrage ${fmtS(log.startupMs)}`);
  if (log.syncMs !== undefined) parts.push(`sync du contenu ${fmtS(log.syncMs)}`);
  if (log.typesMs !== undefined) parts.push(`[types] ${fmtS(log.typesMs)}`);
  if (log.buildInfoMs !== undefined) parts.push(`« Collecting build info » ${fmtS(log.buildInfoMs)}`);
  if (log.entrypointsMs !== undefined)
    parts.push(
      `entrypoints statiques ${fmtS(log.entrypointsMs)} (vite : ${log.viteBuilds.map((v) => fmtS(v)).join(' + ')})`,
    );
  if (log.generationMs !== undefined) parts.push(`génération des routes ${fmtS(log.generationMs)}`);
  else if (log.generationSoFarMs !== undefined)
    parts.push(`génération des routes en cours depuis ${fmtS(log.generationSoFarMs)}`);
  if (log.generationEndMs !== undefined)
    parts.push(`après génération (sitemap, pagefind…) ${fmtS(run.ms - log.generationEndMs)}`);
  if (log.pagefindMs !== undefined) parts.push(`dont Pagefind ${fmtS(log.pagefindMs)}`);
  if (log.reusedRoutes) parts.push(`${log.reusedRoutes} routes reprises du build précédent`);
  console.log(`    temps : ${parts.join(' · ')}`);
  if (log.afterGaps?.length)
    console.log(
      `    après génération, plus longues attentes : ${log.afterGaps
        .map((g) => `${fmtS(g.ms)} entre « ${g.after.slice(0, 70)} » et « ${g.until.slice(0, 70)} »`)
        .join(' ; ')}`,
    );
  const { png, html, other } = log.routes;
  console.log(
    `    dans la génération : avant la 1re route ${fmtS(log.beforeFirstRouteMs)} (getStaticPaths, loadSite)` +
      ` · ${html.n} routes HTML ${fmtS(html.ms)} (max ${Math.round(html.max)} ms)` +
      ` · ${png.n} routes PNG ${fmtS(png.ms)} (max ${Math.round(png.max)} ms, moy. ${png.n ? Math.round(png.ms / png.n) : 0} ms)` +
      ` · ${other.n} autres ${fmtS(other.ms)}`,
  );
  if (log.byFamily.length)
    console.log(
      `    par famille de routes : ${log.byFamily
        .slice(0, 8)
        .map(([family, s]) => `${family} ${s.n}× ${fmtS(s.ms)} (moy. ${Math.round(s.ms / s.n)} ms)`)
        .join(' · ')}`,
    );
  if (log.slowest.length)
    console.log(
      `    routes les plus lentes : ${log.slowest.map((s) => `${s.route} ${Math.round(s.ms)} ms`).join(', ')}`,
    );
  if (images) console.log(`    images de partage : ${images}`);
  if (run.timedOut && expectedPng) {
    const done = log.routes.png.n;
    const avg = done ? log.routes.png.ms / done : undefined;
    console.log(
      `    progression à l’arrêt : ${done}/${expectedPng} routes PNG et ${log.routes.html.n} routes HTML générées` +
        (avg
          ? ` ; au rythme mesuré (${Math.round(avg)} ms par PNG), les ${expectedPng - done} PNG restantes demanderaient encore ~${fmtS((expectedPng - done) * avg)}`
          : ''),
    );
  }
  if (!ok) {
    console.log(`    journal : ${run.logFile}; dernières lignes :`);
    for (const { text } of run.lines.slice(-15)) console.log(`      ${text}`);
  }
}

async function benchSize(n, args, roots) {
  console.log(
    `\n== N = ${n} articles${args.stubImages ? ' (images de partage factices : --stub-images)' : ''}`,
  );
  const root = await makeProject(n);
  roots.push(root);
  console.log(`  copie temporaire : ${root}`);
  const files = await writeSyntheticArticles(root, n);
  if (args.stubImages) await stubShareImages(root);
  // One share image per article figure and event, and per researched event.
  const seedDoc = YAML.parse(readSeed().frontmatter);
  const expectedPng =
    n * ((seedDoc.figures?.length ?? 0) + (seedDoc.events?.length ?? 0)) +
    readdirSync(join(root, 'content/exercises')).filter((f) => f.endsWith('.yaml')).length;
  const cacheDir = join(root, '.cache/share-images');
  await rm(join(root, '.cache'), { recursive: true, force: true });
  const result = { n, root, stubImages: args.stubImages };

  // Cold build.
  const cold = await runBuild(root, 'cold', args);
  const coldLog = analyseLog(cold.lines, cold.ms);
  const coldOk = cold.code === 0 && !cold.timedOut;
  const coldDist = coldOk ? distStats(join(root, 'dist')) : undefined;
  const coldCache = cacheFiles(cacheDir);
  printBuild(
    'build à froid',
    cold,
    coldLog,
    coldDist,
    `${coldCache.size} rendues (cache vide au départ), ${fmtS(coldLog.routes.png.ms)} sur les routes PNG`,
    expectedPng,
  );
  Object.assign(result, { cold, coldLog, coldDist, coldOk });
  if (!coldOk) return result;

  // Rebuild after a one-article edit.
  const target = files[Math.floor(n / 2)];
  const edit = await editOneArticle(target);
  const before = cacheFiles(cacheDir);
  const rebuild = await runBuild(root, 'rebuild', args);
  const rebuildLog = analyseLog(rebuild.lines, rebuild.ms);
  const rebuildOk = rebuild.code === 0 && !rebuild.timedOut;
  const rebuildDist = rebuildOk ? distStats(join(root, 'dist')) : undefined;
  const after = cacheFiles(cacheDir);
  const rerendered = [...after].filter((f) => !before.has(f)).length;
  const reused = rebuildDist ? rebuildDist.png - rerendered : undefined;
  printBuild(
    `rebuild (1 article modifié : ${relative(root, target)}, figure ${edit.figureId})`,
    rebuild,
    rebuildLog,
    rebuildDist,
    `${rerendered} re-rendue(s), ${reused ?? '?'} reprise(s) du cache` +
      ` ; routes PNG ${fmtS(rebuildLog.routes.png.ms)} (contre ${fmtS(coldLog.routes.png.ms)} à froid)`,
  );
  Object.assign(result, { rebuild, rebuildLog, rebuildDist, rebuildOk, rerendered, reused });
  return result;
}

// ---------------------------------------------------------------------------------------------
// Page weight

const TEXT_TYPES = /\.(html|css|js|mjs|svg|json|xml|txt)$/;

/** URL in a page → file in dist (undefined for another site). */
function resolveAsset(dist, pageFile, url, siteOrigin) {
  let path = url.split('#')[0].split('?')[0];
  if (!path || path.startsWith('data:')) return undefined;
  if (/^https?:\/\//.test(path)) {
    const parsed = new URL(path);
    if (siteOrigin && parsed.origin === siteOrigin) path = parsed.pathname;
    else return { external: url };
  } else if (path.startsWith('//')) return { external: url };
  const rel = path.startsWith('/')
    ? path.slice(1)
    : posix.join(posix.dirname(relative(dist, pageFile).split('\\').join('/')), path);
  let file = join(dist, decodeURIComponent(rel));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return { file };
}

/** The elements of a page, parsed as a browser does. */
function elements(html) {
  const found = [];
  visit(fromHtml(html), 'element', (node) => {
    found.push(node);
  });
  return found;
}

/** An attribute as hast names it (`srcSet`, `className`), as one string. */
const prop = (node, name) => {
  const value = node.properties[name];
  return value === undefined || value === null ? undefined : [value].flat().join(' ');
};

/** The resources a page makes the browser download, with their kind. */
function pageResources(html) {
  const found = [];
  for (const node of elements(html)) {
    if (node.tagName === 'link') {
      const rel = (prop(node, 'rel') ?? '').toLowerCase().split(/\s+/);
      const href = prop(node, 'href');
      if (!href) continue;
      if (rel.includes('stylesheet')) found.push({ url: href, kind: 'css' });
      else if (rel.includes('modulepreload')) found.push({ url: href, kind: 'js' });
      else if (rel.includes('preload')) found.push({ url: href, kind: prop(node, 'as') ?? 'preload' });
      else if (rel.includes('icon')) found.push({ url: href, kind: 'icon' });
    } else if (node.tagName === 'script') {
      const src = prop(node, 'src');
      if (src) found.push({ url: src, kind: 'js' });
    } else if (node.tagName === 'img' || node.tagName === 'source') {
      const src = prop(node, 'src');
      if (src) found.push({ url: src, kind: 'image' });
      const srcset = node.properties.srcSet;
      // A browser downloads one candidate of a srcset: count the first (conservative enough here).
      if (srcset) found.push({ url: String([srcset].flat()[0]).trim().split(/\s+/)[0], kind: 'image' });
    }
  }
  return found;
}

/** JavaScript the page runs: inline scripts (not JSON-LD or other data blocks) and event attributes. */
function inlineScripts(html) {
  const scripts = [];
  const handlers = [];
  for (const node of elements(html)) {
    handlers.push(...Object.keys(node.properties).filter((name) => /^on[a-z]+$/i.test(name)));
    if (node.tagName !== 'script' || prop(node, 'src')) continue;
    const type = (prop(node, 'type') ?? '').toLowerCase();
    if (type && !/^(module|text\/javascript|application\/javascript)$/.test(type)) continue;
    const body = toString(node);
    if (body.trim()) scripts.push(body);
  }
  return { scripts, handlers };
}

/** url(...) and @import of a stylesheet (fonts, images, other CSS). */
function cssResources(css) {
  const found = [];
  for (const [, , url] of css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)) {
    const kind = /\.(woff2?|ttf|otf|eot)(\?|#|$)/i.test(url)
      ? 'font'
      : /\.css(\?|#|$)/.test(url)
        ? 'css'
        : 'image';
    found.push({ url, kind });
  }
  for (const [, url] of css.matchAll(/@import\s+["']([^"']+)["']/g)) found.push({ url, kind: 'css' });
  return found;
}

const gzipBytes = (buf, file) => (TEXT_TYPES.test(file) ? gzipSync(buf, { level: 9 }).length : buf.length);

function weighPage(dist, pageFile, siteOrigin) {
  const html = readFileSync(pageFile);
  const rows = [
    { kind: 'html', url: relative(dist, pageFile), raw: html.length, gz: gzipBytes(html, pageFile) },
  ];
  const external = [];
  const missing = [];
  const seen = new Set();
  const queue = pageResources(html.toString('utf8')).map((r) => ({ ...r, from: pageFile }));
  while (queue.length) {
    const res = queue.shift();
    const target = resolveAsset(dist, res.from, res.url, siteOrigin);
    if (!target) continue;
    if (target.external) {
      external.push(`${res.kind} ${target.external}`);
      continue;
    }
    if (seen.has(target.file)) continue;
    seen.add(target.file);
    if (!existsSync(target.file)) {
      missing.push(res.url);
      continue;
    }
    const buf = readFileSync(target.file);
    rows.push({
      kind: res.kind,
      url: relative(dist, target.file),
      raw: buf.length,
      gz: gzipBytes(buf, target.file),
    });
    if (res.kind === 'css')
      for (const sub of cssResources(buf.toString('utf8'))) queue.push({ ...sub, from: target.file });
  }
  const { scripts, handlers } = inlineScripts(html.toString('utf8'));
  const jsFiles = rows.filter((r) => r.kind === 'js');
  return { rows, external, missing, scripts, handlers, jsFiles };
}

function pageWeight(dir) {
  const dist = resolve(dir);
  if (!existsSync(dist)) throw new Error(`${dist} n’existe pas : lancer \`npm run build\` ou passer --dir`);
  let siteOrigin;
  try {
    const config = readFileSync(join(ROOT, 'astro.config.mjs'), 'utf8');
    const m = /site:\s*['"]([^'"]+)['"]/.exec(config);
    if (m) siteOrigin = new URL(m[1]).origin;
  } catch {
    // No config: absolute URLs are all treated as external.
  }
  const firstIndex = (sub) => {
    const base = join(dist, sub);
    if (!existsSync(base)) return undefined;
    const dirs = readdirSync(base, { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(base, e.name, 'index.html')))
      .map((e) => e.name)
      .sort();
    return dirs.length ? join(base, dirs[0], 'index.html') : undefined;
  };
  const pages = [
    ['article', firstIndex('articles')],
    [
      'chronologie',
      existsSync(join(dist, 'chronologie/index.html')) ? join(dist, 'chronologie/index.html') : undefined,
    ],
    ['fiche (carte)', firstIndex('faits')],
  ];
  const BUDGET = 30 * 1024;
  console.log(`Poids des pages (gzip -9 pour le texte ; budget ${BUDGET / 1024} Ko par page) : ${dist}`);
  let allOk = true;
  for (const [name, file] of pages) {
    if (!file) {
      console.log(`\n${name} : introuvable dans ${dist}`);
      allOk = false;
      continue;
    }
    const w = weighPage(dist, file, siteOrigin);
    const total = w.rows.reduce((sum, r) => sum + r.gz, 0);
    console.log(`\n${name} : ${relative(dist, file)}`);
    for (const r of w.rows)
      console.log(
        `  ${pad(r.kind, 7)} ${lpad((r.gz / 1024).toFixed(1), 6)} Ko gz ${lpad(`(${(r.raw / 1024).toFixed(1)} Ko)`, 11)}  ${r.url}`,
      );
    for (const e of w.external) console.log(`  externe (non compté) : ${e}`);
    for (const m of w.missing) console.log(`  MANQUANT : ${m}`);
    const js =
      w.jsFiles.length || w.scripts.length || w.handlers.length
        ? `oui : ${w.jsFiles.length} fichier(s), ${w.scripts.length} script(s) en ligne (${w.scripts
            .reduce((s, b) => s + Buffer.byteLength(b), 0)
            .toLocaleString(
              'fr',
            )} octets)${w.handlers.length ? `, attributs ${[...new Set(w.handlers)].join(', ')}` : ''}`
        : 'non';
    const ok = total <= BUDGET;
    allOk &&= ok;
    console.log(
      `  total ${(total / 1024).toFixed(1)} Ko gz / ${BUDGET / 1024} Ko ${ok ? '✓' : '✗'} · JavaScript chargé : ${js}`,
    );
  }
  console.log(
    '\n(Les polices comptées sont toutes celles que la feuille de style déclare ; un navigateur ne' +
      ' télécharge que les faces et sous-ensembles unicode-range utilisés. L’image og:image n’est pas comptée : seuls les réseaux sociaux la chargent.)',
  );
  return allOk;
}

// ---------------------------------------------------------------------------------------------
// Main

function printSummary(results) {
  // The goals of the one-content-model issue, at N = 1,000 on 2 cores: a one-article rebuild without
  // Pagefind's indexing (printed apart), a cold build, the whole process tree's peak memory.
  const GOAL_COLD_MS = 3 * 60_000;
  const GOAL_REBUILD_MS = 30_000;
  const GOAL_PEAK_KB = 3 * 1024 * 1024;
  console.log(`\n== Résumé`);
  if (results.some((r) => r.stubImages))
    console.log(
      '(--stub-images : le rendu des images de partage est remplacé par une PNG fixe ; temps hors images)',
    );
  console.log(
    `Machine : ${os.cpus().length} cœurs (${os.cpus()[0]?.model.trim() ?? '?'}), ${Math.round(os.totalmem() / 2 ** 30)} Go,` +
      ` Node ${nodeVersion()} (build), Node ${process.version} (ce script), ${os.platform()} ${os.release()}`,
  );
  const header = [
    'N',
    'froid',
    'CPU',
    'pages',
    'PNG',
    'pages/s',
    'pic mém.',
    'rebuild',
    'CPU ',
    'images re-rendues',
  ];
  const rows = results.map((r) => {
    const pages = r.coldDist ? r.coldDist.html : undefined;
    return [
      r.n,
      r.coldOk ? fmtS(r.cold.ms) : r.cold?.timedOut ? `>${fmtS(r.cold.ms)}` : 'échec',
      fmtS(r.cold?.cpuMs),
      pages ?? '—',
      r.coldDist?.png ?? '—',
      pages ? ((pages / r.cold.ms) * 1000).toFixed(1) : '—',
      fmtMB(Math.max(r.cold?.peakTreeKb ?? 0, r.rebuild?.peakTreeKb ?? 0)),
      r.rebuildOk ? fmtS(r.rebuild.ms) : '—',
      r.rebuildOk ? fmtS(r.rebuild.cpuMs) : '—',
      r.rebuildOk ? `${r.rerendered} (${r.reused} reprises)` : '—',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) =>
    `| ${cells.map((c, i) => (i === 0 ? lpad(c, widths[i]) : pad(c, widths[i]))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
  console.log(
    '(froid, rebuild : temps réel ; CPU : user + sys de /usr/bin/time ;' +
      ' pic mém. : somme des RSS de l’arbre de processus ; pages/s : pages HTML par seconde de build à froid)',
  );

  const ok = (cond) => (cond === undefined ? '?' : cond ? '✓' : '✗');
  console.log('\nObjectifs :');
  for (const r of results) {
    const peak = Math.max(r.cold?.peakTreeKb ?? 0, r.rebuild?.peakTreeKb ?? 0);
    console.log(
      `  N=${r.n} : build à froid ≤ 3 min ${ok(r.coldOk ? r.cold.ms <= GOAL_COLD_MS : r.cold?.timedOut && r.cold.ms > GOAL_COLD_MS ? false : undefined)}` +
        ` · rebuild hors Pagefind ≤ 30 s ${ok(r.rebuildOk ? r.rebuild.ms - (r.rebuildLog.pagefindMs ?? 0) <= GOAL_REBUILD_MS : undefined)}` +
        (r.rebuildOk
          ? ` (${fmtS(r.rebuild.ms - (r.rebuildLog.pagefindMs ?? 0))} + Pagefind ${fmtS(r.rebuildLog.pagefindMs)})`
          : '') +
        ` · pic mémoire < 3 Go ${ok(peak ? peak < GOAL_PEAK_KB : undefined)} (${(peak / 1024 / 1024).toFixed(2)} Gio${peak && peak < GOAL_PEAK_KB && peak > GOAL_PEAK_KB * 0.9 ? ', marge < 10 %' : ''})`,
    );
  }
  const done = results.filter((r) => r.coldOk).sort((a, b) => a.n - b.n);
  if (done.length >= 2) {
    const small = done[0];
    const big = done.at(-1);
    const sizeRatio = big.n / small.n;
    const ratio = big.cold.ms / small.cold.ms;
    const genRatio =
      big.coldLog.generationMs && small.coldLog.generationMs
        ? big.coldLog.generationMs / small.coldLog.generationMs
        : undefined;
    // Fixed costs (startup, Vite bundle, the 56 researched events) make a linear build grow less than
    // N; growth beyond N (10% tolerance) means some cost is superlinear.
    console.log(
      `  croissance : temps(${big.n})/temps(${small.n}) = ${ratio.toFixed(1)}× pour ${sizeRatio}× d’articles` +
        `${genRatio ? ` (génération des pages : ${genRatio.toFixed(1)}×)` : ''} · linéaire ${ok(ratio <= sizeRatio * 1.1 && (genRatio ?? 0) <= sizeRatio * 1.1)}`,
    );
    if (big.cold.cpuMs && small.cold.cpuMs)
      console.log(
        `  croissance en temps CPU (moins sensible à la charge de la machine) : ${(big.cold.cpuMs / small.cold.cpuMs).toFixed(1)}×`,
      );
    const perArticle = (r) => (r.cold.ms - (r.coldLog.genStartMs ?? 0)) / r.n;
    console.log(
      `  coût marginal par article (génération + fin) : ${Math.round(perArticle(small))} ms à N=${small.n}, ${Math.round(perArticle(big))} ms à N=${big.n}`,
    );
  } else if (results.length >= 2) {
    console.log('  croissance : non mesurable (un build n’a pas abouti)');
  } else {
    console.log('  croissance : une seule taille mesurée (lancer sans --n, ou --n 100,1000)');
  }
}

function nodeVersion() {
  try {
    const out = readFileSync(join(ROOT, 'node_modules/node/package.json'), 'utf8');
    return `v${JSON.parse(out).version}`;
  } catch {
    return process.version;
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.weight) {
    pageWeight(args.dir ?? join(ROOT, 'dist'));
    return 0;
  }
  const results = [];
  const roots = [];
  let failed = false;
  const cleanup = async () => {
    if (args.keep) {
      if (roots.length) console.log(`\nCopies conservées (--keep) : ${roots.join(' ')}`);
      return;
    }
    await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })));
  };
  process.once('SIGINT', () => {
    void cleanup().finally(() => process.exit(130));
  });
  try {
    for (const n of args.sizes) {
      const result = await benchSize(n, args, roots);
      results.push(result);
      if (!result.coldOk && !result.cold.timedOut) failed = true;
      if (result.coldOk && !result.rebuildOk && !result.rebuild.timedOut) failed = true;
    }
    printSummary(results);
  } finally {
    await cleanup();
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
