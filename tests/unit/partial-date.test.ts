import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  compareByDateThenId,
  comparePartialDates,
  endsBefore,
  existsOnCalendar,
  firstDay,
  isWithin,
  lastDay,
  parsePartialDate,
  readPartialDate,
  toIso,
  type PartialDate,
} from '../../src/dates/partial-date';
import { formatDateRange, formatPartialDate } from '../../src/lib/date-format';
import { resolveDatePhrase } from '../../src/lib/relative-date';

const d = parsePartialDate;
const run = promisify(execFile);

describe('parsePartialDate / toIso', () => {
  it.each([
    ['2022', { year: 2022, precision: 'year' }],
    ['2022-09', { year: 2022, month: 9, precision: 'month' }],
    ['2022-11-30', { year: 2022, month: 11, day: 30, precision: 'day' }],
    ['2023-01-01', { year: 2023, month: 1, day: 1, precision: 'day' }],
  ])('« %s » se lit à sa propre précision et se réécrit à l’identique', (iso, expected) => {
    expect(parsePartialDate(iso)).toEqual(expected);
    expect(toIso(parsePartialDate(iso))).toBe(iso);
  });

  it.each(['22', '2022-9', '2022-11-3', '30/11/2022', '2022-11-30T00:00', ''])(
    'refuse « %s », qui n’est pas une date ISO partielle',
    (iso) => {
      expect(() => parsePartialDate(iso)).toThrow(/Date partielle invalide/);
    },
  );

  it('ne fabrique jamais de jour ni de mois absents', () => {
    expect(toIso({ year: 2022, month: 9, precision: 'month' })).toBe('2022-09');
    expect(toIso({ year: 2022, precision: 'year' })).toBe('2022');
  });
});

describe('formatPartialDate : la date telle qu’un lecteur français l’écrit', () => {
  it.each([
    ['2022-11-30', '30 novembre 2022'],
    ['2022-09-01', '1er septembre 2022'],
    ['2022-09-02', '2 septembre 2022'],
    ['2023-01-01', '1er janvier 2023'],
    ['2022-12-31', '31 décembre 2022'],
    ['2024-02-29', '29 février 2024'],
    ['2022-08-15', '15 août 2022'],
    ['2022-09', 'septembre 2022'],
    ['2022', '2022'],
  ])('%s → « %s »', (iso, expected) => {
    expect(formatPartialDate(d(iso))).toBe(expected);
  });

  it.each([
    ['01', 'janvier'],
    ['02', 'février'],
    ['03', 'mars'],
    ['04', 'avril'],
    ['05', 'mai'],
    ['06', 'juin'],
    ['07', 'juillet'],
    ['08', 'août'],
    ['09', 'septembre'],
    ['10', 'octobre'],
    ['11', 'novembre'],
    ['12', 'décembre'],
  ])('le mois %s s’écrit « %s », en minuscules et accentué', (month, name) => {
    expect(formatPartialDate(d(`2022-${month}`))).toBe(`${name} 2022`);
    expect(formatPartialDate(d(`2022-${month}-10`))).toBe(`10 ${name} 2022`);
  });
});

describe('formatDateRange', () => {
  it.each([
    // Same month: the month and the year are said only once.
    ['2022-09-01', '2022-09-07', 'du 1er au 7 septembre 2022'],
    ['2022-11-29', '2022-11-30', 'du 29 au 30 novembre 2022'],
    // Two months of the same year.
    ['2022-08-30', '2022-09-05', 'du 30 août au 5 septembre 2022'],
    ['2022-08-31', '2022-09-01', 'du 31 août au 1er septembre 2022'],
    // Two years: each end is complete.
    ['2022-12-30', '2023-01-02', 'du 30 décembre 2022 au 2 janvier 2023'],
    // Month to month: « de » elides before a vowel.
    ['2022-07', '2022-09', 'de juillet à septembre 2022'],
    ['2022-08', '2022-10', 'd’août à octobre 2022'],
    ['2022-04', '2022-06', 'd’avril à juin 2022'],
    ['2022-10', '2022-12', 'd’octobre à décembre 2022'],
    ['2023-01', '2023-03', 'de janvier à mars 2023'],
    ['2022-12', '2023-02', 'de décembre 2022 à février 2023'],
    ['2021-08', '2022-03', 'd’août 2021 à mars 2022'],
    // Years.
    ['2019', '2021', 'de 2019 à 2021'],
  ])('%s → %s : « %s »', (start, end, expected) => {
    expect(formatDateRange(d(start), d(end))).toBe(expected);
  });

  it('l’élision utilise l’apostrophe typographique (U+2019), jamais l’apostrophe droite', () => {
    const text = formatDateRange(d('2022-08'), d('2022-10'));
    expect(text).toContain('\u2019');
    expect(text).not.toContain("'");
  });

  it.each([
    ['2022-11-30', undefined, '30 novembre 2022'],
    ['2022-11-30', '2022-11-30', '30 novembre 2022'],
    ['2022-09', '2022-09', 'septembre 2022'],
  ])(
    'une période sans fin, ou qui finit où elle commence, est une seule date (%s → %s)',
    (start, end, expected) => {
      expect(formatDateRange(d(start), end === undefined ? undefined : d(end))).toBe(expected);
    },
  );

  // Mixed precisions: before a day of the month, French contracts « de le » into « du » and
  // « à le » into « au » (« du 1er septembre », « au 30 novembre »), never « de 1er » nor « à 30 ».
  it.each([
    ['2022-09', '2022-11-30', ['septembre', '30 novembre 2022']],
    ['2022-09-01', '2022-10', ['1er septembre', 'octobre 2022']],
    ['2022', '2023-03-15', ['2022', '15 mars 2023']],
    ['2022-08', '2022-11-30', ['août', '30 novembre 2022']],
    ['2021-10', '2022-01-15', ['octobre 2021', '15 janvier 2022']],
  ])('précisions mélangées %s → %s : « du » / « au » devant un quantième', (start, end, parts) => {
    const text = formatDateRange(d(start), d(end));
    for (const part of parts) expect(text).toContain(part);
    expect(text).not.toMatch(/(?:^|\s)(?:de|à) \d{1,2}(?:er)? \p{L}/u);
    // And « de » always elides before a vowel: « d’août », « d’octobre ».
    expect(text).not.toMatch(/(?:^|\s)de [aeiouyàâéèêîôû]/iu);
  });
});

describe('comparePartialDates : ordre total entre précisions', () => {
  // In the expected order: by first possible day, then the broadest precision first.
  const ordered = [
    '2021-12-31',
    '2022',
    '2022-01',
    '2022-01-01',
    '2022-01-02',
    '2022-02',
    '2022-02-24',
    '2022-09',
    '2022-09-01',
    '2022-11-29',
    '2022-11-30',
    '2022-12',
    '2023',
    '2023-01-03',
  ];
  const sortIso = (list: readonly string[]) =>
    list
      .map(d)
      .sort(comparePartialDates)
      .map((date) => toIso(date));

  it('trie un tableau de précisions mélangées dans l’ordre chronologique', () => {
    const shuffled = [...ordered].reverse();
    [shuffled[2], shuffled[9]] = [shuffled[9] as string, shuffled[2] as string];
    expect(sortIso(shuffled)).toEqual(ordered);
  });

  it('donne le même ordre quel que soit l’ordre de départ', () => {
    // Rotations and reversal: all of them lead to the same result.
    for (let shift = 0; shift < ordered.length; shift++) {
      const rotated = [...ordered.slice(shift), ...ordered.slice(0, shift)];
      expect(sortIso(rotated)).toEqual(ordered);
      expect(sortIso([...rotated].reverse())).toEqual(ordered);
    }
  });

  it('est antisymétrique, réflexive et transitive sur toutes les paires et triplets', () => {
    const dates = ordered.map(d);
    dates.forEach((a, i) => {
      expect(comparePartialDates(a, a)).toBe(0);
      dates.forEach((b, j) => {
        expect(Math.sign(comparePartialDates(a, b)), `${toIso(a)} / ${toIso(b)}`).toBe(Math.sign(i - j));
      });
    });
  });

  it('laisse dans leur ordre de départ les faits de même date (tri stable), quelle que soit la précision', () => {
    const facts: { id: string; date: PartialDate }[] = [
      { id: 'b', date: d('2022-09') },
      { id: 'x', date: d('2022-09-21') },
      { id: 'a', date: d('2022-09') },
      { id: 'y', date: d('2022') },
      { id: 'c', date: d('2022-09') },
    ];
    const sorted = [...facts].sort((p, q) => comparePartialDates(p.date, q.date)).map((f) => f.id);
    expect(sorted).toEqual(['y', 'b', 'a', 'c', 'x']);
  });
});

describe('existsOnCalendar / readPartialDate : une date qui existe au calendrier', () => {
  it.each(['2022', '2022-02', '2022-02-28', '2024-02-29', '2000-02-29', '2022-12-31'])(
    '« %s » existe',
    (iso) => {
      expect(existsOnCalendar(iso)).toBe(true);
      expect(readPartialDate(iso)).toEqual(parsePartialDate(iso));
    },
  );

  // 2022 is not a leap year, nor 1900 (divisible by 100, not by 400); no month has 32 days.
  it.each([
    '2022-02-29',
    '1900-02-29',
    '2022-04-31',
    '2022-11-31',
    '2022-13',
    '2022-00',
    '2022-01-32',
    '2022-01-00',
  ])('« %s » n’existe pas', (iso) => {
    expect(existsOnCalendar(iso)).toBe(false);
    expect(readPartialDate(iso)).toBeUndefined();
  });

  it.each(['22', '2022-9', '30/11/2022', 'inconnue', ''])(
    '« %s » n’est pas une date : undefined, sans exception',
    (iso) => {
      expect(readPartialDate(iso)).toBeUndefined();
    },
  );
});

describe('firstDay / lastDay : la période que désigne une date partielle', () => {
  const day = (date: Date) => [date.getFullYear(), date.getMonth() + 1, date.getDate()];
  it.each([
    ['2022-11-30', [2022, 11, 30], [2022, 11, 30]],
    ['2022-09', [2022, 9, 1], [2022, 9, 30]],
    ['2022-02', [2022, 2, 1], [2022, 2, 28]],
    // A leap year's February has 29 days.
    ['2024-02', [2024, 2, 1], [2024, 2, 29]],
    ['2022-12', [2022, 12, 1], [2022, 12, 31]],
    ['2022', [2022, 1, 1], [2022, 12, 31]],
  ])('« %s » va du %j au %j', (iso, first, last) => {
    expect(day(firstDay(d(iso)))).toEqual(first);
    expect(day(lastDay(d(iso)))).toEqual(last);
  });

  it('commence et finit à minuit local : le jour ne dépend pas de l’heure', () => {
    for (const date of [firstDay(d('2022-09')), lastDay(d('2022-09')), lastDay(d('2022'))]) {
      expect([date.getHours(), date.getMinutes(), date.getSeconds(), date.getMilliseconds()]).toEqual([
        0, 0, 0, 0,
      ]);
    }
  });
});

describe('endsBefore : une période finie avant qu’une autre ait pu commencer', () => {
  it.each([
    ['2022-10-03', '2022-10-04'],
    ['2022-09', '2022-10-01'],
    ['2022-09-30', '2022-10'],
    ['2021', '2022-01-01'],
    ['2022-12', '2023'],
  ])('« %s » finit avant « %s »', (a, b) => {
    expect(endsBefore(d(a), d(b))).toBe(true);
    expect(endsBefore(d(b), d(a))).toBe(false);
  });

  // "Octobre 2022" may be the 4th or any later day of October: it does not end before it.
  it.each([
    ['2022-10', '2022-10-04'],
    ['2022-10-31', '2022-10'],
    ['2022', '2022-11-30'],
    ['2022-11-30', '2022-11-30'],
    ['2022-11', '2022'],
  ])('« %s » et « %s » peuvent partager un jour : ni l’un ni l’autre ne finit avant', (a, b) => {
    expect(endsBefore(d(a), d(b))).toBe(false);
    expect(endsBefore(d(b), d(a))).toBe(false);
  });
});

describe('isWithin : une date comprise tout entière dans une période', () => {
  it.each([
    ['2022-11-30', '2022-11'],
    ['2022-11-01', '2022-11'],
    ['2022-11', '2022-11'],
    ['2022-11', '2022'],
    ['2024-02-29', '2024-02'],
    ['2022-12-31', '2022'],
  ])('« %s » est dans « %s »', (date, period) => {
    expect(isWithin(d(date), d(period))).toBe(true);
  });

  // A month is not within one of its days: it may mean any other day of it.
  it.each([
    ['2022-11', '2022-11-30'],
    ['2022-12-01', '2022-11'],
    ['2022-10-31', '2022-11'],
    ['2022', '2022-11'],
    ['2023-01-01', '2022'],
  ])('« %s » n’est pas dans « %s »', (date, period) => {
    expect(isWithin(d(date), d(period))).toBe(false);
  });
});

describe('compareByDateThenId : l’ordre de la chronologie', () => {
  const order = compareByDateThenId((thing: { id: string; date?: string }) =>
    thing.date === undefined ? undefined : d(thing.date),
  );
  it('par date (l’année avant ses mois), les non-datés à la fin, puis par identifiant', () => {
    const things = [
      { id: 'sans-date-b' },
      { id: 'b', date: '2022-09' },
      { id: 'x', date: '2022-09-21' },
      { id: 'sans-date-a' },
      { id: 'a', date: '2022-09' },
      { id: 'y', date: '2022' },
    ];
    expect([...things].sort(order).map((thing) => thing.id)).toEqual([
      'y',
      'a',
      'b',
      'x',
      'sans-date-a',
      'sans-date-b',
    ]);
  });

  // Code units, not a locale's collation: the order is the same on every build machine.
  it('départage les identifiants par unités de code, le trait d’union avant les chiffres et les lettres', () => {
    const ids = ['ab', 'a1', 'a-c', 'a', 'a-b'].map((id) => ({ id, date: '2022' }));
    expect([...ids].sort(order).map((thing) => thing.id)).toEqual(['a', 'a-b', 'a-c', 'a1', 'ab']);
  });
});

/** Inputs checked in every time zone, as plain data so a child process can read them too. */
const everywhere = {
  dates: ['2022-11-30', '2022-09-01', '2023-01-01', '2022-12-31', '2022-09-11', '2022-09', '2022'],
  ranges: [
    ['2022-09-01', '2022-09-07'],
    ['2022-08-30', '2022-09-05'],
    ['2022-12-30', '2023-01-02'],
    ['2022-08', '2022-10'],
  ],
  phrases: [
    ['mercredi', '2022-11-30'],
    ['jeudi', '2023-01-03'],
    ['dimanche', '2022-09-13'],
    ['en septembre', '2022-11-30'],
    ['le 24 février', '2022-11-30'],
    ['en décembre', '2023-01-03'],
  ],
} as const;

const expectedEverywhere = {
  dates: [
    '30 novembre 2022',
    '1er septembre 2022',
    '1er janvier 2023',
    '31 décembre 2022',
    '11 septembre 2022',
    'septembre 2022',
    '2022',
  ],
  ranges: [
    'du 1er au 7 septembre 2022',
    'du 30 août au 5 septembre 2022',
    'du 30 décembre 2022 au 2 janvier 2023',
    'd’août à octobre 2022',
  ],
  // Wednesday 30 November 2022; Tuesday 3 January 2023 → Thursday 29 December 2022;
  // Tuesday 13 September 2022 → Sunday 11 September, the day without a midnight in Santiago.
  phrases: ['2022-11-30', '2022-12-29', '2022-09-11', '2022-09', '2022-02-24', '2022-12'],
};

describe('indépendance vis-à-vis du fuseau horaire de la machine', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  // Expected offset on 30 November 2022, as getTimezoneOffset means it (minutes, sign inverted):
  // proves that the TZ change did take effect before anything is compared.
  it.each([
    ['Pacific/Kiritimati', -840],
    ['America/Los_Angeles', 480],
    ['Pacific/Pago_Pago', 660],
    ['UTC', 0],
    ['Europe/Paris', -60],
    // In Chile, daylight saving time starts at midnight: 11 September 2022 has no 0:00 there.
    ['America/Santiago', 180],
  ])('sous TZ=%s (dans ce processus), rien ne change de jour', (timeZone, offset) => {
    vi.stubEnv('TZ', timeZone);
    expect(new Date(2022, 10, 30).getTimezoneOffset()).toBe(offset);
    expect({
      dates: everywhere.dates.map((iso) => formatPartialDate(d(iso))),
      ranges: everywhere.ranges.map(([start, end]) => formatDateRange(d(start), d(end))),
      phrases: everywhere.phrases.map(([phrase, published]) => {
        const date = resolveDatePhrase(phrase, d(published));
        return date && toIso(date);
      }),
    }).toEqual(expectedEverywhere);
  });

  // Cross-check in a process started in the UTC+14 time zone: Node 22 itself strips the types
  // from the sources; a resolve hook adds the `.ts` extension that their imports leave out.
  it('sous TZ=Pacific/Kiritimati (processus enfant), rien ne change de jour', async () => {
    const src = (name: string) => JSON.stringify(new URL(`../../src/${name}.ts`, import.meta.url).href);
    const script = `
      import { registerHooks } from 'node:module';
      registerHooks({
        resolve(specifier, context, next) {
          try {
            return next(specifier, context);
          } catch (error) {
            if (specifier.startsWith('.') && !specifier.endsWith('.ts')) return next(specifier + '.ts', context);
            throw error;
          }
        },
      });
      const { parsePartialDate: d, toIso } = await import(${src('dates/partial-date')});
      const { formatPartialDate, formatDateRange } = await import(${src('lib/date-format')});
      const { resolveDatePhrase } = await import(${src('lib/relative-date')});
      const everywhere = ${JSON.stringify(everywhere)};
      process.stdout.write(JSON.stringify({
        offset: new Date(2022, 10, 30).getTimezoneOffset(),
        dates: everywhere.dates.map((iso) => formatPartialDate(d(iso))),
        ranges: everywhere.ranges.map(([start, end]) => formatDateRange(d(start), d(end))),
        phrases: everywhere.phrases.map(([phrase, published]) => {
          const date = resolveDatePhrase(phrase, d(published));
          return date && toIso(date);
        }),
      }));
    `;
    const { stdout } = await run(process.execPath, ['--no-warnings', '--input-type=module', '-e', script], {
      env: { ...process.env, TZ: 'Pacific/Kiritimati' },
      encoding: 'utf8',
    });
    expect(JSON.parse(stdout)).toEqual({ offset: -840, ...expectedEverywhere });
  }, 60_000);
});
