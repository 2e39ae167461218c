/** Dates as news articles write them, read into ISO `YYYY-MM-DD`. */
import { fold } from './fold.js';

export interface DateMatch {
  /** The date, an all-numeric one read day first. */
  readonly iso: string;
  /**
   * For an all-numeric date whose day and month could be swapped (`02/05/2024`), the date read
   * month first, as US copy writes it; the article's conventions decide (see numericOrder).
   */
  readonly monthFirst?: string;
  /** The text after the date and its separators. */
  readonly rest: string;
}

// Month names come from Intl rather than a hand-typed table, in the languages news is read in here.
const MONTH_LOCALES = ['fr', 'en', 'es', 'de', 'it', 'pt', 'nl'];

/** A month name as the table keeps it: case and accents folded, an abbreviation's dot dropped. */
function monthKey(word: string): string {
  return fold(word).replace(/\.$/, '');
}

// Each locale's names are read from Intl only when the word is not a month of the locales read so
// far: building one Intl.DateTimeFormat costs about a millisecond, and most dates are numeric or
// in the first locale. No folded name is a different month in two of these locales, so the order
// of reading does not change an answer.
const monthNames = new Map<string, number>();
let localesRead = 0;

function monthNumber(word: string): number | undefined {
  const folded = monthKey(word);
  let found = monthNames.get(folded);
  while (found === undefined && localesRead < MONTH_LOCALES.length) {
    addMonthNames(MONTH_LOCALES[localesRead] as string);
    localesRead++;
    found = monthNames.get(folded);
  }
  return found;
}

function addMonthNames(locale: string): void {
  for (const month of ['long', 'short'] as const) {
    const format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
    for (let m = 0; m < 12; m++)
      monthNames.set(monthKey(format.format(Date.UTC(2000, m, 15))), m + 1);
  }
}

export function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

const NUMERIC_DAY_FIRST = /^(\d{1,2})([./-])(\d{1,2})[./-](\d{4})(?!\d)/;
// `(?!\d)` rather than `\b`: a time may follow at once, as in `2024-03-05T08:30:00Z`.
const NUMERIC_ISO = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/;
// `mercredi 13 décembre 2023`, `13 Dec. 2023`, `1er mars 2024`
const DAY_MONTH_YEAR =
  /^(?:\p{L}+\.?,?\s+)?(\d{1,2})(?:er|st|nd|rd|th)?\.?\s+(\p{L}+\.?)\s+(\d{4})\b/u;
// `December 13, 2023`, `Wednesday, Dec 13 2023`
const MONTH_DAY_YEAR = /^(?:\p{L}+,?\s+)?(\p{L}+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u;

interface Found {
  readonly iso: string | null;
  readonly monthFirst?: string | null;
  readonly length: number;
}

function matchDate(text: string): Found | null {
  let m = NUMERIC_ISO.exec(text);
  if (m) return { iso: isoDate(Number(m[1]), Number(m[2]), Number(m[3])), length: m[0].length };
  m = NUMERIC_DAY_FIRST.exec(text);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    // Day first, as news outside the US writes it, unless only month first makes a date.
    if (b > 12 && a <= 12) return { iso: isoDate(year, a, b), length: m[0].length };
    // Dots are European (`05.01.2024`); a slash or a hyphen may be either.
    const swappable = a <= 12 && a !== b && m[2] !== '.';
    return {
      iso: isoDate(year, b, a),
      monthFirst: swappable ? isoDate(year, a, b) : null,
      length: m[0].length,
    };
  }
  m = DAY_MONTH_YEAR.exec(text);
  if (m) {
    const month = monthNumber(m[2] ?? '');
    if (month) return { iso: isoDate(Number(m[3]), month, Number(m[1])), length: m[0].length };
  }
  m = MONTH_DAY_YEAR.exec(text);
  if (m) {
    const month = monthNumber(m[1] ?? '');
    if (month) return { iso: isoDate(Number(m[3]), month, Number(m[2])), length: m[0].length };
  }
  return null;
}

/** A date at the very start of `text`, with what follows it. */
export function leadingDate(text: string): DateMatch | null {
  const found = matchDate(text.trimStart());
  if (!found?.iso) return null;
  const rest = text
    .trimStart()
    .slice(found.length)
    .replace(/^[\s,|–—:-]+/, '');
  return found.monthFirst
    ? { iso: found.iso, monthFirst: found.monthFirst, rest }
    : { iso: found.iso, rest };
}

/** A date at the start of a short value such as front matter's `date: 2023-12-13T10:00:00Z`. */
export function parseDateValue(value: string): DateMatch | null {
  return leadingDate(value);
}

const NUMERIC_ANYWHERE = /(?<!\d)(\d{1,2})[./-](\d{1,2})[./-]\d{4}(?!\d)/g;

/**
 * How a text writes its all-numeric dates, when one of them tells: `25/12/2023` is day first,
 * `12/25/2023` month first. Null when none tells, or when they disagree.
 */
export function numericOrder(text: string): 'day-first' | 'month-first' | null {
  let dayFirst = false;
  let monthFirst = false;
  for (const [, a, b] of text.matchAll(NUMERIC_ANYWHERE)) {
    if (Number(a) > 12 && Number(b) <= 12) dayFirst = true;
    if (Number(b) > 12 && Number(a) <= 12) monthFirst = true;
  }
  if (dayFirst === monthFirst) return null;
  return dayFirst ? 'day-first' : 'month-first';
}

// English outside the US writes the day first; US English (and English of no stated region)
// writes the month first often enough that a date such as 02/05/2024 cannot be read alone.
const DAY_FIRST_ENGLISH = /^en[-_](?:gb|uk|au|nz|ie|in|za|ng|ke|gh|sg|my|pk|hk)\b/i;

/**
 * The date a match stands for in an article in `language` whose text is `text`: an all-numeric
 * date that could be read either way is a date in English copy only when the article's
 * conventions settle it; elsewhere it is read day first.
 */
export function resolveDate(match: DateMatch, language: string, text: string): string | null {
  if (!match.monthFirst) return match.iso;
  const english = /^en\b/i.test(language);
  if (!english || DAY_FIRST_ENGLISH.test(language)) return match.iso;
  const order = numericOrder(text);
  if (order === 'day-first') return match.iso;
  if (order === 'month-first') return match.monthFirst;
  return null;
}
