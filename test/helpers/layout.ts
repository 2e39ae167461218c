import { stripVTControlCharacters } from 'node:util';
import stringWidth from 'string-width';

// What the reader never cuts: a web address, which may overflow a row it has to itself. Words are
// what the wrapper lays out: runs between plain spaces (a no-break space glues a mark to its word).
const ADDRESS = /^[^\p{L}\p{N}]*(?:https?:\/\/|www\.)[^ ]*$/iu;

/**
 * Whether a row keeps to the width: every row does, but for one whose last word is an address too
 * long for any row, after nothing but its margin, bar or bullet and perhaps a one-word label.
 */
export function fitsWidth(row: string, width: number): boolean {
  const plain = stripVTControlCharacters(row);
  if (stringWidth(plain) <= width) return true;
  const worded = plain
    .trim()
    .split(/ +/u)
    .filter((word) => /\p{L}/u.test(word));
  return worded.length <= 2 && ADDRESS.test(worded.at(-1) ?? '');
}
