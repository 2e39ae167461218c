/**
 * Language of a text by its commonest function words. Hand-written because a trigram detector
 * (franc and kin) brings hundreds of kilobytes of data to tell apart a few languages that these
 * words separate reliably on a news article's worth of prose.
 */
const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  fr: [
    'le',
    'la',
    'les',
    'des',
    'du',
    'et',
    'est',
    'une',
    'dans',
    'pour',
    'que',
    'qui',
    'avec',
    'sur',
    'au',
    'aux',
    'pas',
    'ce',
    'il',
    'sont',
  ],
  en: [
    'the',
    'and',
    'of',
    'to',
    'is',
    'in',
    'that',
    'for',
    'with',
    'on',
    'as',
    'was',
    'by',
    'at',
    'it',
    'from',
    'are',
    'has',
    'this',
    'be',
  ],
  es: [
    'el',
    'los',
    'las',
    'del',
    'y',
    'es',
    'una',
    'en',
    'por',
    'que',
    'con',
    'para',
    'se',
    'su',
    'al',
    'lo',
    'como',
    'más',
    'pero',
    'sus',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'ist',
    'nicht',
    'mit',
    'den',
    'von',
    'zu',
    'ein',
    'eine',
    'auf',
    'für',
    'sich',
    'dem',
    'des',
    'auch',
    'wird',
    'im',
  ],
  it: [
    'il',
    'lo',
    'gli',
    'della',
    'di',
    'che',
    'è',
    'per',
    'una',
    'con',
    'non',
    'sono',
    'nel',
    'alla',
    'dei',
    'delle',
    'anche',
    'più',
    'ha',
    'come',
  ],
  pt: [
    'o',
    'os',
    'as',
    'do',
    'da',
    'dos',
    'das',
    'e',
    'é',
    'um',
    'uma',
    'em',
    'para',
    'com',
    'não',
    'que',
    'por',
    'no',
    'na',
    'mais',
  ],
  nl: [
    'de',
    'het',
    'een',
    'van',
    'en',
    'is',
    'dat',
    'op',
    'te',
    'zijn',
    'met',
    'voor',
    'niet',
    'aan',
    'er',
    'ook',
    'om',
    'wordt',
    'bij',
    'naar',
  ],
};

const WORD_SAMPLE = 5000;
const LETTER_RUNS = /\p{L}+/gu;
// Far more text than WORD_SAMPLE words take, so that junk without words is not read to its end.
const TEXT_SAMPLE = 200_000;

export function detectLanguage(text: string, fallback = 'en'): string {
  const counts = new Map<string, number>();
  let seen = 0;
  // Function words are runs of letters (`l'une` holds none but `une`), so a regular expression
  // finds them without starting ICU's word segmenter, which costs more than the whole count.
  for (const [segment] of text.slice(0, TEXT_SAMPLE).matchAll(LETTER_RUNS)) {
    const word = segment.toLowerCase();
    counts.set(word, (counts.get(word) ?? 0) + 1);
    if (++seen >= WORD_SAMPLE) break;
  }
  let best = fallback;
  let bestScore = 0;
  for (const [language, words] of Object.entries(FUNCTION_WORDS)) {
    const score = words.reduce((sum, word) => sum + (counts.get(word) ?? 0), 0);
    if (score > bestScore) [best, bestScore] = [language, score];
  }
  return best;
}
