import { describe, expect, test } from 'vitest';
import { shareDate } from '../../src/lib/fact-pages';
import type { ShareCard } from '../../src/lib/share-card';
import { renderShareSvg } from '../../src/lib/share-image-render';
import { sourcesLine } from '../../src/lib/share-text';

/** What a share image writes, its text elements joined without spaces (satori, no embedded fonts). */
const written = async (card: ShareCard) =>
  [...(await renderShareSvg(card, { embedFont: false })).matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
    .map((match) => match[1] ?? '')
    .join('')
    .replace(/\s/g, '');

/** Whether the image writes the value whole (its lines may break anywhere between words). */
const writesWhole = async (value: string) =>
  (await written(eventCard(value))).includes(value.replace(/\s/g, ''));

/** An event's share image, as /faits/<id>.png makes it, under a title long enough for two lines. */
const eventCard = (value: string): ShareCard => ({
  kicker: 'Chronologie · patrouille aérienne',
  title: 'Patrouille conjointe (bombardiers stratégiques russes et chinois)',
  value,
  quote: '5e patrouille aérienne stratégique conjointe depuis 2019',
  source: sourcesLine(['China Military Online', 'The Trumpet', 'CGTN']),
  siteName: 'Patrouilles sino-russes',
});

describe('date d’un événement sur son image de partage', () => {
  test('sans désaccord, la date de l’événement', () => {
    expect(shareDate({ dateText: 'du 1er au 7 septembre 2022', dateVariantsText: undefined })).toBe(
      'du 1er au 7 septembre 2022',
    );
  });

  test.each([
    ['24 juillet 2024', '24 ou 25 juillet 2024 selon les sources'],
    ['du 6 au 7 juin 2023', 'du 6 au 7 juin 2023 ou 7 juin 2023 selon les sources'],
  ])('« %s » : toutes les dates, quand elles tiennent sur l’image', async (dateText, dateVariantsText) => {
    const value = shareDate({ dateText, dateVariantsText });
    expect(value).toBe(dateVariantsText);
    expect(await writesWhole(value)).toBe(true);
  });

  test.each([
    [
      'du 1er au 7 septembre 2022',
      'du 1er au 7 septembre 2022 ou du 31 août au 7 septembre 2022 selon les sources',
    ],
    [
      'du 30 décembre 2022 au 2 janvier 2023',
      'du 30 décembre 2022 au 2 janvier 2023 ou du 31 décembre 2022 au 2 janvier 2023 selon les sources',
    ],
  ])(
    '« %s » : sinon, la date du relevé et le désaccord, jamais coupés',
    async (dateText, dateVariantsText) => {
      const value = shareDate({ dateText, dateVariantsText });
      expect(value).toBe(`${dateText} (les sources divergent)`);
      // The clamped whole would have ended on "selon…", without saying who gives which date.
      expect(await written(eventCard(dateVariantsText))).toContain('…');
      expect(await written(eventCard(value))).not.toContain('…');
    },
  );
});
