import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { articleInfo, INFO_FIELDS } from '../../../src/extract/info.js';
import { leadingDate } from '../../../src/text/dates.js';
import { wordsOf } from '../../../src/text/words.js';
import { seedArticle } from '../../helpers/articles.js';

describe('wordsOf without the word segmenter', () => {
  const segmenters = new Map<string, Intl.Segmenter>();
  function segmented(text: string, language: string): string[] {
    let segmenter = segmenters.get(language);
    if (!segmenter) {
      segmenter = new Intl.Segmenter(language, { granularity: 'word' });
      segmenters.set(language, segmenter);
    }
    return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
  }

  it.each([
    ["garde-côtes, l'Europe d’une frontex.europa.eu. affirme-t-on", 'fr'],
    ['U.S. co-founder «Jean-Pierre» l’a dit: 1,5 a.1 2024-03-05', 'en'],
  ])('finds the words of %j as the segmenter does', (text, language) => {
    expect([...wordsOf(text, language)]).toEqual(segmented(text, language));
  });

  const pieces = fc.constantFrom(
    'a',
    'é',
    'e\u0301',
    '\u0301',
    'Ж',
    'λ',
    'ª',
    'B',
    '1',
    '-',
    "'",
    '’',
    '.',
    ':',
    ',',
    '«',
    ' ',
  );
  test.prop([
    fc.array(pieces, { maxLength: 12 }).map((p) => p.join('')),
    fc.constantFrom('fr', 'en', 'sv'),
  ])('agrees with the word segmenter on letters, joiners and digits', (text, language) => {
    expect([...wordsOf(text, language)]).toEqual(segmented(text, language));
  });
});

describe('month names read one locale at a time', () => {
  const locales = ['fr', 'en', 'es', 'de', 'it', 'pt', 'nl'];
  const cases = locales.flatMap((locale) =>
    (['long', 'short'] as const).flatMap((month) => {
      const format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
      return Array.from({ length: 12 }, (_, m) => ({
        locale,
        name: format.format(Date.UTC(2000, m, 15)),
        iso: `2023-${String(m + 1).padStart(2, '0')}-13`,
      }));
    }),
  );

  // In locale order: a name that an earlier locale gives another month would be read as that one.
  it('reads every long and short month name of every locale as its own month', () => {
    for (const { locale, name, iso } of cases) {
      expect(leadingDate(`13 ${name} 2023`)?.iso, `${locale} ${name}`).toBe(iso);
    }
  });
});

describe('articleInfo computed on demand', () => {
  const article = seedArticle();

  it('gives every field to JSON, spreading and structuredClone', () => {
    const info = articleInfo(article);
    const json = JSON.parse(JSON.stringify(info)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(INFO_FIELDS);
    expect(json.words).toBeGreaterThan(200);
    expect(json.quotes).toBeGreaterThan(0);
    expect({ ...info }).toEqual(json);
    expect(structuredClone(info)).toEqual(json);
  });

  it('answers one field without the others and keeps one people list', () => {
    const info = articleInfo(article);
    expect(info.date).toBe('2023-12-13');
    expect(info.people).toBe(info.people);
    expect(info.readingMinutes).toBe(Math.max(1, Math.ceil(info.words / 200)));
  });
});
