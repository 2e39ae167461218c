/**
 * Sentences, for every reader of them (the summary's `--sentences`, the quotation reader), by one
 * rule. Hand-written rather than Intl.Segmenter: Node's ICU ignores its abbreviation suppressions
 * (`M. Dupont`, `U.S. officials` split after the dot), leaves a closing `»` alone as a sentence,
 * costs milliseconds to build, and is quadratic on long strings in V8; and the quotation reader
 * needs offsets into the text, not pieces of it.
 */
import { isAbbreviation } from './abbreviations.js';

const SENTENCE_END = /[.!?…。！？]/g;
// Ideographic punctuation ends a sentence with no space after it.
const WIDE_END = /[。！？]/;
const CLOSING = new Set([
  '»',
  '”',
  '"',
  '’',
  ')',
  ']',
  '」',
  '』',
  ' ',
  '\u00a0',
  '\u202f',
  '\t',
  '\n',
]);
const STRAIGHT = new Set(['"']);
const SPACE = /\s/;
const SENTENCE_OPENING = /[\p{Lu}\p{Lo}\p{N}«“"„‘¿¡—–「『-]/u;
// A full stop's word is read back this far to see an abbreviation (`Mmes.`, `Supt.`).
const ABBREVIATION_WINDOW = 12;

/** Whether the full stop at `dot` ends an abbreviation (`M.`, `Dr.`, an initial) rather than a sentence. */
function abbreviationAt(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && dot - start < ABBREVIATION_WINDOW && /\p{L}/u.test(text[start - 1] ?? '')) {
    start--;
  }
  const word = text.slice(start, dot);
  return word !== '' && isAbbreviation(word);
}

/**
 * Whether a sentence ends at the punctuation mark at `at`; returns where the next one starts, or
 * -1. Closing marks and brackets stay with the sentence they close; a straight quotation mark
 * after the space opens the next one (`said. "We…`).
 */
function boundaryAt(text: string, at: number): number {
  if (/[.!?…]/.test(text[at + 1] ?? '')) return -1;
  if (text[at] === '.' && abbreviationAt(text, at)) return -1;
  let next = at + 1;
  let spaced = WIDE_END.test(text[at] ?? '');
  while (next < text.length && next - at < 6 && CLOSING.has(text[next] ?? '')) {
    const char = text[next] ?? '';
    if (spaced && STRAIGHT.has(char) && !SPACE.test(text[next + 1] ?? ' ')) break;
    if (SPACE.test(char)) spaced = true;
    next++;
  }
  return spaced && next < text.length && SENTENCE_OPENING.test(text[next] ?? '') ? next : -1;
}

/** Where the sentences of a text start (0 first). */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(SENTENCE_END)) {
    const next = boundaryAt(text, match.index);
    if (next >= 0) starts.push(next);
  }
  return starts;
}

/** Where the second sentence of a text starts, or the text's length: a first sentence's end. */
export function firstSentenceEnd(text: string): number {
  for (const match of text.matchAll(SENTENCE_END)) {
    const next = boundaryAt(text, match.index);
    if (next >= 0) return next;
  }
  return text.length;
}

/** The start of the sentence holding `index`, given the text's sentence starts (ascending). */
export function sentenceStartBefore(starts: readonly number[], index: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= index) low = middle;
    else high = middle - 1;
  }
  return starts[low] ?? 0;
}

/** The sentences of a text, trimmed. */
export function splitSentences(text: string): string[] {
  const starts = sentenceStarts(text);
  return starts
    .map((start, i) => text.slice(start, starts[i + 1] ?? text.length).trim())
    .filter(Boolean);
}
