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
