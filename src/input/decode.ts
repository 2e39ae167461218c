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

// The HTML standard's prescan looks for a <meta> charset in the first 1024 bytes.
const PRESCAN_BYTES = 1024;

/** The start of the bytes as Latin-1: every byte one character, for patterns on ASCII markup. */
function head(bytes: Uint8Array, length: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, length)).toString(
    'latin1',
  );
}

/**
 * Whether the bytes open as an HTML document (a doctype, or an <html>, <head> or <body> tag, after
 * white space and comments): a Markdown file may hold HTML, but never starts a document this way.
 */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const start = head(bytes, PRESCAN_BYTES)
    .replace(/^\xEF\xBB\xBF/, '')
    .replace(/^(?:\s|<!--[\s\S]*?-->)+/, '');
  return /^<(?:!doctype\s+html|html|head|body)[\s>]/i.test(start);
}

/** The charset a page declares in a <meta> tag near its start, as `<meta charset>` or http-equiv. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const meta = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head(bytes, PRESCAN_BYTES));
  return meta?.[1] ?? null;
}

/**
 * The encoding a charset label names (`ISO-8859-1` is `windows-1252`, as on the web), or UTF-8 when
 * the label is unknown. A page cannot declare UTF-16 in its own ASCII bytes, so that label means
 * UTF-8, as browsers read it.
 */
function encodingOf(label: string | null): string {
  try {
    const { encoding } = new TextDecoder(label ?? 'utf-8');
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return 'utf-8';
  }
}

// What windows-1252 puts at 0x80–0x9F, where ISO-8859-1 has control characters (the WHATWG
// Encoding Standard's table; the five unassigned bytes stay as they are).
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * windows-1252, decoded here: from 20.18.3, Node 20's TextDecoder reads it as ISO-8859-1, so the
 * curly quotes, dashes and euro signs of a French or English page came out as control characters.
 * It is also what pages labelled ISO-8859-1 or ASCII mean, as the web reads them.
 */
function windows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
    .toString('latin1')
    .replace(/[\u0080-\u009F]/g, (char) => WINDOWS_1252_HIGH.charAt(char.charCodeAt(0) - 0x80));
}

/**
 * The text of bytes in the given charset (UTF-8 when none is named), not yet cleaned. A UTF-8 byte
 * order mark wins over any label, as in browsers.
 */
export function decodeBytes(bytes: Uint8Array, name: string, charset: string | null): DecodedText {
  if (isBinary(bytes)) throw new ArticleError(`${name}: ${NOT_TEXT}`, 'not-text', name);
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const encoding = encodingOf(hasBom ? 'utf-8' : charset);
  if (encoding === 'windows-1252') return { text: windows1252(bytes), replacedInvalid: false };
  if (encoding !== 'utf-8') {
    return { text: new TextDecoder(encoding).decode(bytes), replacedInvalid: false };
  }
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      replacedInvalid: false,
    };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), replacedInvalid: true };
  }
}

/** The text of an article's bytes, cleaned; `name` is what messages call the input. */
export function decodeArticle(
  bytes: Uint8Array,
  name: string,
  charset: string | null = null,
): DecodedText {
  const decoded = decodeBytes(bytes, name, charset);
  return { text: cleanText(decoded.text), replacedInvalid: decoded.replacedInvalid };
}
