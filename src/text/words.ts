/**
 * Words, for every reader of them: `words()` finds them with their offsets, as the quotation
 * reader needs (`l'`, `Jean-Pierre`, `M.`), and `wordsOf()` counts them as Unicode word
 * segmentation (UAX #29) does, for word counts and reading times.
 */
import { chunks } from './chunks.js';

export interface Word {
  /** As written, without a final full stop. */
  readonly text: string;
  /** Lower case, typographic apostrophe folded: what the word lists hold. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** The word ended with a full stop (`M.`, `Dr.`, or a sentence end). */
  readonly dotted: boolean;
  /** Only spaces (or nothing) separate it from the word before: no comma, no bracket. */
  readonly spaced: boolean;
}

// Letters and digits, joined by inner hyphens, apostrophes or dots (`Jean-Pierre`, `l'Élysée`,
// `frontex.europa.eu`), and one final dot. The joiners are single characters between letter runs,
// so the pattern cannot backtrack.
const WORD = /[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*\.?/gu;
const ELISION = /^(l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)['’](?=[\p{L}])/iu;

const SPACES = new Set([' ', '\t', '\n', '\u00a0', '\u202f']);

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!SPACES.has(text[i] ?? '')) return false;
  return true;
}

export function words(text: string): Word[] {
  const out: Word[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    let raw = match[0];
    let start = match.index;
    const spaced = onlySpaces(text, previousEnd, start);
    const apostrophe = Math.max(raw.indexOf("'"), raw.indexOf('’'));
    const elided = apostrophe > 0 && apostrophe < 8 ? ELISION.exec(raw) : null;
    if (elided) {
      const prefix = elided[0].length;
      out.push(makeWord(raw.slice(0, prefix), start, spaced));
      raw = raw.slice(prefix);
      start += prefix;
    }
    out.push(makeWord(raw, start, elided !== null || spaced));
    previousEnd = match.index + match[0].length;
  }
  return out;
}

function makeWord(raw: string, start: number, spaced: boolean): Word {
  const dotted = raw.endsWith('.');
  const text = dotted ? raw.slice(0, -1) : raw;
  return {
    text,
    lower: (text.includes('’') ? text.replace(/’/g, "'") : text).toLowerCase(),
    start,
    end: start + raw.length,
    dotted,
    spaced,
  };
}

const segmenters = new Map<string, Intl.Segmenter>();

// Made on first need and kept: building one of ICU's segmenters costs milliseconds, and most runs
// of news text are simple words that never need the word segmenter.
function wordSegmenter(language: string): Intl.Segmenter {
  let found = segmenters.get(language);
  if (!found) {
    found = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, found);
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

/** After a sentence's end where the piece has one, else at its last space; -1 without spaces. */
function atSpace(text: string, from: number, end: number): number {
  let space = -1;
  for (let i = end; i > from + 1; i--) {
    if (!SPACE.test(text.charAt(i - 1))) continue;
    if (SENTENCE_END.test(text.charAt(i - 2))) return i;
    if (space < 0) space = i;
  }
  return space;
}

/** What `segmenter.segment(text)` yields (indexes count from each piece), in linear time. */
export function* segmentsOf(segmenter: Intl.Segmenter, text: string): Generator<Intl.SegmentData> {
  for (const piece of chunks(text, PIECE, atSpace)) yield* segmenter.segment(piece);
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
    for (const { segment, isWordLike } of segmentsOf(wordSegmenter(language), run)) {
      if (isWordLike) yield segment;
    }
  }
}

export function countWords(text: string, language: string): number {
  let count = 0;
  for (const _ of wordsOf(text, language)) count++;
  return count;
}
