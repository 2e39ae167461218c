/** Bytes to text: what an article's bytes may be, and how they are decoded. */
import { ArticleError } from '../errors.js';
import { cleanText } from '../text/sanitize.js';

export interface DecodedText {
  readonly text: string;
  /** True when invalid UTF-8 sequences were replaced with U+FFFD. */
  readonly replacedInvalid: boolean;
}

// Like git and grep, a NUL byte in the first 8 KB means binary.
export const SNIFF_BYTES = 8000;

export const NOT_TEXT = 'not a text file (it contains NUL bytes)';

export function isBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, SNIFF_BYTES).includes(0);
}

/** The text of an article's bytes, cleaned; `name` is what messages call the input. */
export function decodeArticle(bytes: Uint8Array, name: string): DecodedText {
  if (isBinary(bytes)) throw new ArticleError(`${name}: ${NOT_TEXT}`, 'not-text', name);
  let replacedInvalid = false;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    replacedInvalid = true;
    text = new TextDecoder('utf-8').decode(bytes);
  }
  return { text: cleanText(text), replacedInvalid };
}
