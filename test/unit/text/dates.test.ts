import { describe, expect, it } from 'vitest';
import {
  isoDate,
  leadingDate,
  numericOrder,
  parseDateValue,
  resolveDate,
} from '../../../src/text/dates.js';

describe('leadingDate', () => {
  it.each([
    ['2023-12-13 – Migration', '2023-12-13', 'Migration'],
    ['mercredi 13 décembre 2023 | Monde', '2023-12-13', 'Monde'],
    ['1er mars 2024', '2024-03-01', ''],
    ['13 Dec. 2023, London', '2023-12-13', 'London'],
    ['December 13, 2023: Politics', '2023-12-13', 'Politics'],
    ['Wednesday, Dec 13 2023', '2023-12-13', ''],
    ['5. März 2024', '2024-03-05', ''],
    ['13 dezembro 2023', '2023-12-13', ''],
    ['  13/12/2023 - Sport', '2023-12-13', 'Sport'],
  ])('reads %j as %s, followed by %j', (text, iso, rest) => {
    expect(leadingDate(text)).toEqual({ iso, rest });
  });

  it('reads numeric dates day first, unless only month first makes a date', () => {
    expect(leadingDate('05/03/2024')?.iso).toBe('2024-03-05');
    expect(leadingDate('05.03.2024')?.iso).toBe('2024-03-05');
    expect(leadingDate('12/25/2023')?.iso).toBe('2023-12-25');
  });

  it.each([
    ['31/02/2024', 'no 31 February'],
    ['2023-13-01', 'no thirteenth month'],
    ['12.05.0999', 'a year before 1000'],
    ['13 Foo 2023', 'a word that is no month'],
    ['Foo 13, 2023', 'a word that is no month, before the day'],
    ['Le 13 décembre', 'no year'],
    ['Il y a 13 ans', 'no date at all'],
  ])('finds no date in %j (%s)', (text) => {
    expect(leadingDate(text)).toBeNull();
  });
});

describe('parseDateValue', () => {
  it('reads the date of a timestamp and ignores the time', () => {
    expect(parseDateValue('2024-03-05T08:30:00Z')?.iso).toBe('2024-03-05');
  });

  it('is null for a value that is no date', () => {
    expect(parseDateValue('yesterday')).toBeNull();
  });
});

describe('isoDate', () => {
  it('knows leap years', () => {
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeNull();
  });

  it('pads month and day', () => {
    expect(isoDate(2024, 3, 5)).toBe('2024-03-05');
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

describe('all-numeric dates read either way', () => {
  it('keep the month-first reading when day and month could swap, and only then', () => {
    expect(leadingDate('02/05/2024')).toMatchObject({
      iso: '2024-05-02',
      monthFirst: '2024-02-05',
    });
    expect(leadingDate('25/12/2023')?.monthFirst).toBeUndefined();
    expect(leadingDate('12/25/2023')).toMatchObject({ iso: '2023-12-25' });
    expect(leadingDate('05.01.2024')?.monthFirst).toBeUndefined();
    expect(leadingDate('05/05/2024')?.monthFirst).toBeUndefined();
  });

  it('are settled by the article’s other dates, by its language, or not at all', () => {
    const both = leadingDate('02/05/2024');
    if (!both) throw new Error('no date');
    expect(resolveDate(both, 'fr', '')).toBe('2024-05-02');
    expect(resolveDate(both, 'en-GB', '')).toBe('2024-05-02');
    expect(resolveDate(both, 'en', '')).toBeNull();
    expect(resolveDate(both, 'en', 'on 12/25/2023')).toBe('2024-02-05');
    expect(resolveDate(both, 'en', 'on 25/12/2023')).toBe('2024-05-02');
    expect(numericOrder('25/12/2023 and 12/25/2023')).toBeNull();
  });
});
