#!/usr/bin/env node
// Converts the research dataset of Sino-Russian joint exercises and patrols
// (../shared/data/sino-russian-exercises.yaml, English, 56 entries) into French content entries
// content/exercises/<id>.yaml, validated by src/schema/context-event.ts.
//
// The dataset gives the facts (dates, sources, verbatim excerpts, French names read in French
// pages); scripts/exercises-fr.yaml gives the newsroom's work (French text, series, gazetteer
// places, extra participant countries, date variants, features). This script only joins the two
// mechanically and refuses anything that would lose or invent a fact.
//
// It documents how the committed files were made: once reviewed, content/exercises/*.yaml are the
// source of truth, and re-running the script overwrites hand edits made there.
//
// Usage: node scripts/convert-exercises.mjs            (writes content/exercises/)
//        node scripts/convert-exercises.mjs --check    (fails if the files differ from the output)

import { readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import YAML from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATASET = resolve(ROOT, '../shared/data/sino-russian-exercises.yaml');
const TABLE = join(ROOT, 'scripts/exercises-fr.yaml');
const OUT = join(ROOT, 'content/exercises');
const UNKNOWN = 'inconnue';

/** Narrow no-break space: the French thousands separator ("2 000"). */
const NNBSP = '\u202f';

// The dataset's `framework` values, translated once (each recurs across entries).
const FRAMEWORKS = {
  'bilateral (China-Russia annual military cooperation plan)':
    'bilatéral (plan annuel de coopération militaire sino-russe)',
  'bilateral (2020 military cooperation plan)': 'bilatéral (plan de coopération militaire 2020)',
  'bilateral (annual military cooperation plan)': 'bilatéral (plan annuel de coopération militaire)',
  'bilateral (2023 military cooperation plan)': 'bilatéral (plan de coopération militaire 2023)',
  'bilateral (2024 military cooperation plan)': 'bilatéral (plan de coopération militaire 2024)',
  'bilateral (2025 military cooperation plan)': 'bilatéral (plan de coopération militaire 2025)',
  'bilateral (followed exercise Joint Sea-2021)': 'bilatéral (dans la foulée de l’exercice Joint Sea-2021)',
  'bilateral (followed Vostok-2022)': 'bilatéral (dans la foulée de Vostok-2022)',
  'bilateral (followed Northern/Interaction-2023)': 'bilatéral (dans la foulée de Northern/Interaction-2023)',
  bilateral: 'bilatéral',
  'bilateral (followed Northern/Interaction-2024)': 'bilatéral (dans la foulée de Northern/Interaction-2024)',
  'bilateral (followed Joint Sea-2025)': 'bilatéral (dans la foulée de Joint Sea-2025)',
  'bilateral (FSB Border Service - China Coast Guard plan 2024-2026)':
    'bilatéral (plan 2024-2026 du service des gardes-frontières du FSB et des garde-côtes chinois)',
  'bilateral China-Russia (under the SCO umbrella)':
    'bilatéral sino-russe (sous l’égide de l’Organisation de coopération de Shanghai, OCS)',
  'SCO (all six member states)': 'OCS (les six États membres)',
  'bilateral China-Russia (SCO framework)': 'bilatéral sino-russe (dans le cadre de l’OCS)',
  'SCO (5 of 6 members; Uzbekistan absent)': 'OCS (cinq des six membres ; Ouzbékistan absent)',
  'SCO (5 of 6 members)': 'OCS (cinq des six membres)',
  'SCO (all eight members)': 'OCS (les huit États membres)',
  'Russian strategic command-staff exercise (with China and Mongolia)':
    'exercice stratégique russe de commandement et d’état-major (avec la Chine et la Mongolie)',
  'Russian strategic command-staff exercise (8 countries)':
    'exercice stratégique russe de commandement et d’état-major (huit pays)',
  'Russian strategic command-staff exercise (multinational)':
    'exercice stratégique russe de commandement et d’état-major (multinational)',
  'Russian strategic naval exercise (Chinese participation in the Sea of Japan)':
    'exercice naval stratégique russe (participation chinoise en mer du Japon)',
  'bilateral (PLA-hosted strategic exercise)':
    'bilatéral (exercice stratégique organisé par l’Armée populaire de libération)',
  'bilateral (PLA Northern Theater Command strategic exercise)':
    'bilatéral (exercice stratégique du commandement du théâtre Nord de l’Armée populaire de libération)',
  'trilateral China-Iran-Russia': 'trilatéral Chine-Iran-Russie',
  'trilateral China-Russia-South Africa': 'trilatéral Chine-Russie-Afrique du Sud',
};

// Only the most frequent `confirmation` wording is translated here; the others are per entry.
const CONFIRMATIONS = { '2+ sources': 'au moins deux sources' };

// The dataset's kinds → the site's kind (+ subkind). Trilateral is derived from `countries`.
const KINDS = {
  'air patrol': { kind: 'patrouille-aerienne' },
  'naval patrol': { kind: 'patrouille-navale' },
  'naval patrol (submarines)': { kind: 'patrouille-navale', subkind: 'sous-marins' },
  'naval patrol (coast guards)': { kind: 'patrouille-garde-cotes' },
  exercise: { kind: 'exercice' },
  'exercise (naval)': { kind: 'exercice', subkind: 'naval' },
  'exercise (naval and air)': { kind: 'exercice', subkind: 'aeronaval' },
  'exercise (naval, trilateral with Iran)': { kind: 'exercice', subkind: 'naval' },
  'exercise (naval, trilateral with South Africa)': { kind: 'exercice', subkind: 'naval' },
};

// Language of the excerpts that are not English, by host (each excerpt was checked by eye;
// `checkLang` below catches a Chinese or Korean excerpt left as English).
const LANGS = {
  'french.peopledaily.com.cn': 'fr',
  'fr.sputniknews.com': 'fr',
  'rtl.be': 'fr',
  'www.questionchine.net': 'fr',
  'reseauinternational.net': 'fr',
  'www.europesays.com': 'fr',
  'rts.ch': 'fr',
  'www.armenews.com': 'fr',
  'www.europe1.fr': 'fr',
  'observateurcontinental.fr': 'fr',
  'francais.rt.com': 'fr',
  'chine-magazine.com': 'fr',
  'dcnewsj.joins.com': 'ko',
  'm.kankanews.com': 'zh',
  'hnmdtv.com': 'zh',
  'heydaycn.com': 'zh',
  'tv.lrytas.lt': 'lt',
  'filipino.cri.cn': 'fil',
};

// Publisher named by the host, where the domain says it plainly; mirrors, aggregators and
// document hosts get none. The host is who published the page, not the wire that wrote it.
const PUBLISHERS = {
  'aerotime.aero': 'AeroTime',
  'africanews.com': 'Africanews',
  'airandspaceforces.com': 'Air & Space Forces Magazine',
  'ajupress.com': 'AJU Press',
  'amp.dw.com': 'DW',
  'archive.shine.cn': 'Shanghai Daily',
  'www.shine.cn': 'Shanghai Daily',
  'china.org.cn': 'China.org.cn',
  'www.china.org.cn': 'China.org.cn',
  'chinareporter.news': 'China Reporter',
  'chine-magazine.com': 'Chine Magazine',
  'claws.co.in': 'CLAWS (Centre for Land Warfare Studies)',
  'defpost.com': 'DefPost',
  'ecrats.org': 'Structure antiterroriste régionale de l’OCS',
  'en.inform.kz': 'Kazinform',
  'en.mehrnews.com': 'Mehr News',
  'en.people.cn': 'Le Quotidien du Peuple',
  'french.peopledaily.com.cn': 'Le Quotidien du Peuple',
  'en.special.kremlin.ru': 'Kremlin',
  'en.wikipedia.org': 'Wikipédia',
  'eng.chinamil.com.cn': 'China Military Online',
  'english.chinamil.com.cn': 'China Military Online',
  'eng.mod.gov.cn': 'ministère chinois de la Défense',
  'euro-sd.com': 'European Security & Defence',
  'eurodialogue.org': 'Eurodialogue',
  'europe.chinadaily.com.cn': 'China Daily',
  'global.chinadaily.com.cn': 'China Daily',
  'shandong.chinadaily.com.cn': 'China Daily',
  'filipino.cri.cn': 'Radio Chine internationale',
  'fr.sputniknews.com': 'Sputnik France',
  'francais.rt.com': 'RT France',
  'globaltimes.cn': 'Global Times',
  'www.globaltimes.cn': 'Global Times',
  'gna.org.gh': 'Ghana News Agency',
  'interestingengineering.com': 'Interesting Engineering',
  'iranintl.com': 'Iran International',
  'iranpress.com': 'IranPress',
  'jamestown.org': 'Jamestown Foundation',
  'japannews.yomiuri.co.jp': 'The Japan News (Yomiuri)',
  'japantoday.com': 'Japan Today',
  'm.kankanews.com': 'Kankanews',
  'marineforum.online': 'MarineForum',
  'marinelink.com': 'MarineLink',
  'menafn.com': 'MENAFN',
  'news.az': 'News.az',
  'news.cgtn.com': 'CGTN',
  'news.usni.org': 'USNI News',
  'observateurcontinental.fr': 'Observateur continental',
  'reseauinternational.net': 'Réseau international',
  'rt.com': 'RT',
  'www.rt.com': 'RT',
  'rtl.be': 'RTL Info',
  'rts.ch': 'RTS',
  'seawaves.com': 'Seawaves',
  'sldinfo.com': 'Second Line of Defense',
  'sputnikglobe.com': 'Sputnik',
  'sputniknews.com': 'Sputnik',
  'tass.com': 'TASS',
  'theasialive.com': 'The Asia Live',
  'theatlasnews.co': 'The Atlas News',
  'tv.lrytas.lt': 'Lrytas',
  'www.ajc.com': 'The Atlanta Journal-Constitution',
  'www.anews.com.tr': 'A News',
  'www.armenews.com': 'Nouvelles d’Arménie',
  'www.army-technology.com': 'Army Technology',
  'www.baltictimes.com': 'The Baltic Times',
  'www.bjreview.com.cn': 'Beijing Review',
  'www.bnnbloomberg.ca': 'BNN Bloomberg',
  'www.defense-aerospace.com': 'Defense-Aerospace.com',
  'www.devdiscourse.com': 'Devdiscourse',
  'www.europe1.fr': 'Europe 1',
  'www.europesays.com': 'Europe Says',
  'www.globalsecurity.org': 'GlobalSecurity.org',
  'www.heraldtribune.com': 'Herald-Tribune',
  'www.hurriyetdailynews.com': 'Hürriyet Daily News',
  'www.indiandefensenews.in': 'Indian Defense News',
  'www.japantimes.co.jp': 'The Japan Times',
  'www.latestly.com': 'LatestLY',
  'www.maritimeprofessional.com': 'Maritime Professional',
  'www.moneycontrol.com': 'Moneycontrol',
  'www.newsmax.com': 'Newsmax',
  'www.oodaloop.com': 'OODA Loop',
  'www.oreanda-news.com': 'Oreanda-News',
  'www.questionchine.net': 'Question Chine',
  'www.republicworld.com': 'Republic World',
  'www.rferl.org': 'RFE/RL',
  'www.rusi.org': 'RUSI',
  'www.scmp.com': 'South China Morning Post',
  'www.spotlightnepal.com': 'Spotlight Nepal',
  'www.swissinfo.ch': 'Swissinfo',
  'www.tehrantimes.com': 'Tehran Times',
  'www.the-independent.com': 'The Independent',
  'www.thedrive.com': 'The Drive',
  'www.theepochtimes.com': 'The Epoch Times',
  'www.themoscowtimes.com': 'The Moscow Times',
  'www.thetrumpet.com': 'The Trumpet',
  'www.wionews.com': 'WION',
};

// What a table entry may hold; anything else is a typo that would silently vanish.
const TABLE_KEYS = new Set([
  'slug',
  'kind',
  'subkind',
  'series',
  'name',
  'nameFr',
  'frNote',
  'framework',
  'countries',
  'areas',
  'areaText',
  'participants',
  'headlineNumbers',
  'notableFirsts',
  'features',
  'notes',
  'contradictions',
  'unconfirmed',
  'dateNote',
  'dateVariants',
  'startWindow',
  'confirmationFr',
  'sources',
]);

const fail = (id, message) => {
  throw new Error(`${id} : ${message}`);
};

const NOT_FOUND = 'not found';
const isUnconfirmed = (value) => typeof value === 'string' && /^unconfirmed\b/.test(value);

/**
 * A French text from the table, checked and finished: typographic apostrophes and guillemets
 * only (no straight quotes a copy-paste would bring), and a narrow no-break space between
 * thousands so "2 000" never breaks across lines.
 */
function french(id, text, field) {
  if (typeof text !== 'string' || text.trim() === '') fail(id, `${field} : texte français attendu`);
  if (/["']/.test(text)) fail(id, `${field} : guillemet ou apostrophe droits dans « ${text} »`);
  if (/\b(unconfirmed|not found)\b/i.test(text)) fail(id, `${field} : mention anglaise oubliée`);
  return text.trim().replace(/(\d) (?=\d{3}(?!\d))/g, `$1${NNBSP}`);
}

const frenchList = (id, list, field) => list?.map((text, i) => french(id, text, `${field}[${i}]`));

/** The dataset's date, kept at its own precision; "unconfirmed" becomes the schema's `inconnue`. */
function date(id, value, field) {
  if (isUnconfirmed(value)) return UNKNOWN;
  if (typeof value !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value))
    fail(id, `${field} illisible : ${value}`);
  return value;
}

/** Detects a non-Latin excerpt left with the default language. */
function checkLang(id, source, lang) {
  if (/[\u3130-\u318f\uac00-\ud7af]/.test(source.excerpt) && lang !== 'ko')
    fail(id, `extrait coréen : ${source.url}`);
  if (/[\u4e00-\u9fff]/.test(source.excerpt) && lang !== 'zh') fail(id, `extrait chinois : ${source.url}`);
}

/** Same number of items as the dataset's list: a translation may not drop or merge a finding. */
function sameCount(id, field, datasetList, frList) {
  const expected = datasetList?.length ?? 0;
  const actual = frList?.length ?? 0;
  if (expected !== actual)
    fail(id, `${field} : ${actual} élément(s) traduit(s) pour ${expected} dans le jeu de données`);
}

function convert(entry, fr, known) {
  const { id } = entry;
  for (const key of Object.keys(fr))
    if (!TABLE_KEYS.has(key)) fail(id, `clé inconnue dans la table : ${key}`);

  const mapped = KINDS[entry.kind] ?? fail(id, `type inconnu : ${entry.kind}`);
  if (fr.kind !== mapped.kind || (fr.subkind ?? undefined) !== mapped.subkind) {
    fail(
      id,
      `type ${fr.kind}/${fr.subkind} ≠ ${mapped.kind}/${mapped.subkind} (déduit de « ${entry.kind} »)`,
    );
  }

  // Name: a French name read in a French page keeps that page; otherwise it is a translation.
  let name;
  if (entry.name_fr !== NOT_FOUND) {
    const fr_ = fr.nameFr ?? entry.name_fr;
    if (!entry.name_fr.includes(fr_)) fail(id, `nameFr « ${fr_} » absent du nom lu « ${entry.name_fr} »`);
    if (fr.name) fail(id, 'nom français trouvé par la recherche : pas de traduction');
    name = { fr: fr_, frSource: entry.name_fr_source ?? fail(id, 'name_fr sans name_fr_source') };
    if (fr.frNote) name.frNote = french(id, fr.frNote, 'frNote');
  } else {
    if (fr.nameFr) fail(id, 'aucun nom français trouvé par la recherche : nameFr interdit');
    name = { translation: french(id, fr.name ?? entry.name_fr_suggested, 'name') };
  }

  const start = date(id, entry.start_date, 'start_date');
  const endRaw = date(id, entry.end_date, 'end_date');
  // One spelling per fact: a one-day (or one-month) event has no `end`.
  const end = endRaw === start && start !== UNKNOWN ? undefined : endRaw;

  // Participants: a value the research marks "unconfirmed" stays absent (and is said in `unconfirmed`).
  const participants = {};
  for (const [key, datasetKey] of [
    ['chine', 'china'],
    ['russie', 'russia'],
    ['autres', 'others'],
  ]) {
    const value = entry.participants[datasetKey];
    const text = fr.participants?.[key];
    if (value === undefined || value === 'unconfirmed') {
      if (text !== undefined) fail(id, `participants.${key} : absent ou non confirmé dans le jeu de données`);
      continue;
    }
    participants[key] = french(id, text ?? fail(id, `participants.${key} à traduire`), `participants.${key}`);
  }

  const unconfirmed = frenchList(id, fr.unconfirmed, 'unconfirmed');
  const hasUnconfirmed =
    entry.unconfirmed?.length > 0 ||
    isUnconfirmed(entry.start_date) ||
    isUnconfirmed(entry.end_date) ||
    isUnconfirmed(entry.headline_numbers) ||
    Object.values(entry.participants).some(isUnconfirmed);
  if (hasUnconfirmed && !unconfirmed)
    fail(id, 'le jeu de données signale du non-confirmé : `unconfirmed` attendu');
  if ((unconfirmed?.length ?? 0) < (entry.unconfirmed?.length ?? 0)) fail(id, 'unconfirmed incomplet');

  if (isUnconfirmed(entry.headline_numbers) && fr.headlineNumbers) fail(id, 'chiffres clés non confirmés');
  if (!isUnconfirmed(entry.headline_numbers) && !/^see participants/.test(entry.headline_numbers)) {
    if (!fr.headlineNumbers) fail(id, 'headline_numbers à traduire');
  }

  sameCount(id, 'notableFirsts', entry.notable_firsts, fr.notableFirsts);
  sameCount(id, 'contradictions', entry.contradictions, fr.contradictions);
  if (entry.other_notes && !fr.notes) fail(id, 'other_notes à traduire');
  // The precision itself is the date string's length; what the research says about it goes in dateNote.
  if ((entry.date_note || entry.start_date_note || entry.date_precision !== 'day') && !fr.dateNote) {
    fail(id, 'date_note ou date_precision à traduire dans dateNote');
  }

  const countries = ['russie', 'chine', ...(fr.countries ?? [])];
  for (const actor of countries) if (!known.actors.has(actor)) fail(id, `pays inconnu : ${actor}`);
  for (const place of fr.areas ?? []) if (!known.places.has(place)) fail(id, `lieu inconnu : ${place}`);

  const confirmationFr = fr.confirmationFr ?? CONFIRMATIONS[entry.confirmation];
  const framework = fr.framework ?? FRAMEWORKS[entry.framework];

  // Sources: every excerpt, in the dataset's order, verbatim; the table may only add to them.
  const extra = fr.sources ?? {};
  for (const index of Object.keys(extra)) {
    if (!(Number(index) in entry.sources)) fail(id, `sources.${index} : pas de tel extrait`);
  }
  const sources = entry.sources.map((source, index) => {
    const { url, excerpt, translation, note, reliability_note: reliabilityNote, ...rest } = source;
    if (Object.keys(rest).length > 0) fail(id, `champ de source inattendu : ${Object.keys(rest)}`);
    const host = new URL(url).hostname;
    const lang = LANGS[host] ?? 'en';
    checkLang(id, source, lang);
    const add = extra[index] ?? {};
    if ((note || reliabilityNote) && !add.note) fail(id, `sources.${index} : note à traduire`);
    if (lang !== 'en' && lang !== 'fr' && !add.translationFr)
      fail(id, `sources.${index} : traduction française attendue`);
    const out = { url };
    if (PUBLISHERS[host]) out.publisher = PUBLISHERS[host];
    out.lang = lang;
    out.excerpt = excerpt;
    if (translation) out.translation = translation;
    if (add.translationFr)
      out.translationFr = french(id, add.translationFr, `sources.${index}.translationFr`);
    if (add.note) out.note = french(id, add.note, `sources.${index}.note`);
    return out;
  });

  // Key order is the reading order of a hand-maintained file.
  const event = {
    datasetId: id,
    kind: fr.kind,
    subkind: fr.subkind,
    series: fr.series,
    name,
    nameEn: entry.name_en,
    nameAlt: entry.name_alt,
    framework: french(id, framework ?? fail(id, `cadre non traduit : ${entry.framework}`), 'framework'),
    start,
    end,
    startWindow: fr.startWindow,
    dateVariants: fr.dateVariants?.map((variant, i) => ({
      ...(variant.start ? { start: date(id, variant.start, `dateVariants[${i}].start`) } : {}),
      ...(variant.end ? { end: date(id, variant.end, `dateVariants[${i}].end`) } : {}),
      according: french(id, variant.according, `dateVariants[${i}].according`),
    })),
    dateNote: fr.dateNote && french(id, fr.dateNote, 'dateNote'),
    countries,
    areas: fr.areas,
    areaText: french(id, fr.areaText, 'areaText'),
    participants,
    headlineNumbers: fr.headlineNumbers && french(id, fr.headlineNumbers, 'headlineNumbers'),
    notableFirsts: frenchList(id, fr.notableFirsts, 'notableFirsts'),
    features: fr.features,
    notes: frenchList(id, fr.notes, 'notes'),
    contradictions: frenchList(id, fr.contradictions, 'contradictions'),
    unconfirmed,
    confirmation: entry.confirmation,
    confirmationFr: french(
      id,
      confirmationFr ?? fail(id, `confirmation à traduire : ${entry.confirmation}`),
      'confirmationFr',
    ),
    translatedBy: 'rédaction',
    sources,
  };
  for (const key of Object.keys(event)) if (event[key] === undefined) delete event[key];
  return { fileId: fileId(id, fr.slug, start, end, fr.startWindow), event };
}

/**
 * `<slug>-<AAAA-MM>`: a readable French slug and the month the event is placed at (its start;
 * for an unknown start, the earliest possible start, else its end). Built from the event's own
 * data, never from its rank, so ids stay stable when events are added.
 */
function fileId(id, slug, start, end, startWindow) {
  const placed = start !== UNKNOWN ? start : (startWindow?.notBefore ?? (end !== UNKNOWN ? end : undefined));
  if (!placed || placed.length < 7) fail(id, 'mois de classement introuvable pour l’identifiant');
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug ?? '')) fail(id, `slug invalide : ${slug}`);
  return `${slug}-${placed.slice(0, 7)}`;
}

async function ids(folder) {
  const files = await readdir(join(ROOT, 'content', folder));
  return new Set(files.filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length)));
}

async function main() {
  const check = process.argv.includes('--check');
  const dataset = YAML.parse(await readFile(DATASET, 'utf8'));
  const table = YAML.parse(await readFile(TABLE, 'utf8'));
  const known = { actors: await ids('actors'), places: await ids('places') };

  const datasetIds = dataset.map((entry) => entry.id);
  for (const id of Object.keys(table)) if (!datasetIds.includes(id)) fail(id, 'absent du jeu de données');
  for (const id of datasetIds) if (!table[id]) fail(id, 'absent de la table de traduction');

  const outputs = new Map();
  for (const entry of dataset) {
    const { fileId: outId, event } = convert(entry, table[entry.id], known);
    if (outputs.has(outId)) fail(entry.id, `identifiant en double : ${outId}`);
    outputs.set(outId, event);
  }

  const prettierOptions = { ...(await prettier.resolveConfig(join(OUT, 'x.yaml'))), parser: 'yaml' };
  const rendered = new Map();
  for (const [outId, event] of outputs) {
    const doc = new YAML.Document(event);
    // Quote dates so every YAML reader sees the same string ("2019" is not a number, "2022-11-30"
    // not a timestamp) and the precision is visible at a glance.
    YAML.visit(doc, {
      Scalar(_key, node) {
        if (typeof node.value === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(node.value))
          node.type = 'QUOTE_SINGLE';
      },
    });
    doc.commentBefore =
      ` Entrée ${event.datasetId} du jeu de données ../shared/data/sino-russian-exercises.yaml,` +
      '\n convertie par scripts/convert-exercises.mjs (textes français : traduction de la rédaction).';
    const text = doc.toString({ lineWidth: 0 });
    rendered.set(outId, await prettier.format(text, prettierOptions));
  }

  if (check) {
    const stale = [];
    for (const [outId, text] of rendered) {
      const path = join(OUT, `${outId}.yaml`);
      if (!existsSync(path) || (await readFile(path, 'utf8')) !== text) stale.push(outId);
    }
    if (stale.length > 0) throw new Error(`Fichiers différents de la conversion : ${stale.join(', ')}`);
    console.log(`${rendered.size} entrées conformes à la conversion.`);
    return;
  }

  await mkdir(OUT, { recursive: true });
  // The folder is this script's output: a file it no longer produces is an event that left the dataset.
  for (const file of await readdir(OUT)) {
    if (file.endsWith('.yaml') && !rendered.has(file.slice(0, -'.yaml'.length))) await rm(join(OUT, file));
  }
  for (const [outId, text] of rendered) await writeFile(join(OUT, `${outId}.yaml`), text);
  console.log(`${rendered.size} entrées écrites dans content/exercises/.`);
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
