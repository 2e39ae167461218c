/**
 * Sentences by Intl.Segmenter, mended where it stops too early. Node's ICU ignores the `ss`
 * abbreviation suppressions, so `M. Dupont` or `J.-P. Sartre` would split after the dot: a segment
 * ending in an initial or a title of address is joined to the next.
 */
const ABBREVIATION =
  /(?:^|[\s(«“"'-])(?:\p{Lu}|M|Mme|Mmes|Mlle|MM|Me|Mgr|Dr|Pr|Prof|St|Ste|Mr|Mrs|Ms|Gen|Gén|Sen|Rep|Gov|Jr|Sr|Lt|Col|Cdt|Capt|etc|cf|p|pp|art|vol|no|n°|env|av|apr|J\.-C)\.\s*$/u;

const segmenters = new Map<string, Intl.Segmenter>();

// Made on first need and kept: building one of ICU's segmenters costs milliseconds, and most runs
// of news text are simple words that never need the word segmenter.
function segmenter(
  language: string,
  granularity: 'sentence' | 'word' = 'sentence',
): Intl.Segmenter {
  const key = `${granularity} ${language}`;
  let found = segmenters.get(key);
  if (!found) {
    found = new Intl.Segmenter(language, { granularity });
    segmenters.set(key, found);
  }
  return found;
}

// V8's Intl.Segmenter (Node 20) spends time in proportion to the whole string at every step
// (https://crbug.com/326176949), so segmenting a long text at once is quadratic. It is segmented in
// pieces of about PIECE characters, cut at a space, where no word is cut, and after the end of a
// sentence where the piece has one.
const PIECE = 1024;
const SPACE = /\s/;
const SENTENCE_END = /[.!?…]/;

function pieceEnd(text: string, from: number): number {
  const end = from + PIECE;
  if (end >= text.length) return text.length;
  let space = -1;
  for (let i = end; i > from + 1; i--) {
    if (!SPACE.test(text.charAt(i - 1))) continue;
    if (SENTENCE_END.test(text.charAt(i - 2))) return i;
    if (space < 0) space = i;
  }
  if (space > 0) return space;
  const code = text.charCodeAt(end);
  return code >= 0xdc00 && code <= 0xdfff ? end + 1 : end;
}

/** What `segmenter.segment(text)` yields (indexes count from each piece), in linear time. */
export function* segmentsOf(segmenter: Intl.Segmenter, text: string): Generator<Intl.SegmentData> {
  for (let from = 0; from < text.length; ) {
    const end = pieceEnd(text, from);
    yield* segmenter.segment(text.slice(from, end));
    from = end;
  }
}

// Enough of the text before a break to see an abbreviation (`J.-C. `) at its end.
const ABBREVIATION_WINDOW = 12;

export function splitSentences(text: string, language: string): string[] {
  const sentences: string[] = [];
  // Kept as pieces: re-reading a growing string (`A. B. C. …`) at every step would be quadratic.
  let pending: string[] = [];
  let tail = '';
  for (const { segment } of segmentsOf(segmenter(language), text)) {
    pending.push(segment);
    tail = (tail + segment).slice(-ABBREVIATION_WINDOW);
    if (!ABBREVIATION.test(tail)) {
      sentences.push(pending.join('').trim());
      pending = [];
      tail = '';
    }
  }
  const rest = pending.join('').trim();
  if (rest) sentences.push(rest);
  return sentences.filter(Boolean);
}

// Most words of an article are letters between spaces, perhaps with punctuation around (`«mot`,
// `(AFP).`), which the word segmenter counts as one word: those are counted without it, as
// segmenting costs a microsecond or more a segment. Other runs (`l'une`, `Jean-Pierre`, scripts
// written without spaces) go through the segmenter; runs without a letter, digit or `_` hold no word.
const SIMPLE_WORD =
  /^[\p{P}\p{S}]*([\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{Nd}][\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{Nd}\p{M}]*)[\p{P}\p{S}]*$/u;
// Letters joined by hyphens, apostrophes or dots (`garde-côtes`, `l'Europe`, `frontex.europa.eu`),
// common in French and English. Word segmentation (UAX #29) keeps letters around an apostrophe or a
// dot in one word and breaks at a hyphen, so the words are the hyphen's pieces. Digits are left to
// the segmenter, whose rules for them differ. Joiners are single characters between letter runs, so
// the pattern cannot backtrack.
const JOINED_WORDS =
  /^[\p{P}\p{S}]*([\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}][\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{M}]*(?:[-'’.][\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}][\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{M}]*)*)[\p{P}\p{S}]*$/u;
const NO_LETTER_OR_DIGIT = /^[^\p{L}\p{N}\p{Pc}]*$/u;
const SPACE_RUNS = /\s+/;

/** The words of a text, as the word segmenter finds them, in time linear in its length. */
export function* wordsOf(text: string, language: string): Generator<string> {
  for (const run of text.split(SPACE_RUNS)) {
    if (NO_LETTER_OR_DIGIT.test(run)) continue;
    const simple = SIMPLE_WORD.exec(run);
    if (simple?.[1]) {
      yield simple[1];
      continue;
    }
    const joined = JOINED_WORDS.exec(run);
    if (joined?.[1]) {
      yield* joined[1].split('-');
      continue;
    }
    for (const { segment, isWordLike } of segmentsOf(segmenter(language, 'word'), run)) {
      if (isWordLike) yield segment;
    }
  }
}

export function countWords(text: string, language: string): number {
  let count = 0;
  for (const _ of wordsOf(text, language)) count++;
  return count;
}
