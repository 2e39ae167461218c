/** The few words the reader itself adds to an article, in the article's language. */
const READING_TIME: Readonly<Record<string, string>> = {
  fr: 'min de lecture',
  en: 'min read',
  es: 'min de lectura',
  de: 'Min. Lesezeit',
  it: 'min di lettura',
  pt: 'min de leitura',
  nl: 'min leestijd',
};

export function readingTimeLabel(minutes: number, language: string): string {
  const base = language.split('-')[0] ?? language;
  return `${minutes} ${READING_TIME[base] ?? 'min'}`;
}

/** What sets a label apart from its value: French puts a (no-break) space before the colon. */
export function colonAfterLabel(language: string): string {
  return language.split('-')[0] === 'fr' ? ' : ' : ': ';
}

const longDateFormats = new Map<string, Intl.DateTimeFormat>();

/** The date written out in the article's own language: `13 décembre 2023`. */
export function formatLongDate(iso: string, language: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  // One format per language, kept: constructing an Intl.DateTimeFormat costs milliseconds.
  let format = longDateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
    longDateFormats.set(language, format);
  }
  return format.format(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}
