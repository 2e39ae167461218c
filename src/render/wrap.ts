import stringWidth from 'string-width';
import { chunks } from '../text/chunks.js';

export const NO_BREAK_SPACE = '\u00A0';

// The escape sequences our own styling puts in text: SGR styles and OSC 8 hyperlinks. Article text
// holds none (text.ts strips control characters), so every escape met here is ours.
const ESCAPE = '(?:\\u001B\\[[0-9;]*m|\\u001B\\]8;[^\\u0007\\u001B]*(?:\\u0007|\\u001B\\\\))';
const ESCAPES = `((?:${ESCAPE})*)`;

/**
 * French typography, as any article in French sets it: the space inside « » and before : ; ! ?
 * (and inside curly quotes set apart by spaces) never breaks, so no line starts with a closing
 * mark or ends with an opening one. Styling may sit between the space and the mark.
 */
const SPACE_BEFORE = new RegExp(` ${ESCAPES}(?=[»›”’:;!?])`, 'g');
const SPACE_AFTER = new RegExp(`([«‹“„‘]${ESCAPES}) `, 'g');
// A breaking space beside a no-break one (`« \u00A0texte`) would still let the line break there.
const SPACE_BEFORE_NO_BREAK = / (?=[\u00A0\u202F])/g;
const SPACE_AFTER_NO_BREAK = /(?<=[\u00A0\u202F]) /g;

export function glueFrenchSpaces(text: string): string {
  return text
    .replace(SPACE_BEFORE_NO_BREAK, '')
    .replace(SPACE_AFTER_NO_BREAK, '')
    .replace(SPACE_BEFORE, `${NO_BREAK_SPACE}$1`)
    .replace(SPACE_AFTER, `$1${NO_BREAK_SPACE}`);
}

// What a line may not start or end with when a word has to be broken: closing marks and the
// punctuation French sets after a space, no-break spaces, and their CJK counterparts.
const NO_LINE_START = /^[»›”’:;!?.,)\]}\u00A0\u202F、。，．：；！？）」』】〕〉》]/u;
const NO_LINE_END = /[«‹“„‘([{\u00A0\u202F（「『【〔〈《]$/u;

interface Unit {
  readonly text: string;
  /** Display columns; 0 for an escape sequence. */
  readonly width: number;
}

// Made on first use: building ICU's segmenter costs about 10 ms, more than a whole extraction
// command, and commands in a pipe or text in plain ASCII never need it.
let segmenter: Intl.Segmenter | undefined;
const ESCAPE_AT = new RegExp(ESCAPE, 'y');
const ESCAPE_ANYWHERE = new RegExp(ESCAPE, 'g');
const PRINTABLE_ASCII = /^[ -~]*$/;

// V8's Intl.Segmenter spends time in proportion to the whole string at every step, so segmenting
// (and string-width, which segments) is quadratic on a long run of text. Long runs are cut into
// slices first, between two characters that always stand alone as a grapheme cluster: printable
// Latin, general punctuation, CJK ideographs and punctuation.
const SLICE = 128;
const SLICE_SEARCH = 32;
const STANDALONE =
  /[\x20-\x7E\u00A0-\u00AC\u00AE-\u024F\u2010-\u2027\u2030-\u205E\u3000-\u3029\u3030-\u303F\u4E00-\u9FFF\uFF01-\uFF5E]/;

/** Between two standalone characters; none near (a long run of combining marks): -1. */
function betweenClusters(text: string, _from: number, end: number): number {
  const last = Math.min(text.length, end + SLICE_SEARCH);
  for (let i = end; i < last; i++) {
    if (STANDALONE.test(text.charAt(i - 1)) && STANDALONE.test(text.charAt(i))) return i;
  }
  return -1;
}

const slices = (text: string) => chunks(text, SLICE, betweenClusters);

// Characters one column wide that never join a cluster: most of any Latin-script text. Text made
// of them alone is measured by its length, sparing string-width's segmenter (tens of microseconds
// a call on Node 20).
const NARROW_TEXT =
  /^[\x20-\x7E\u00A0-\u00AC\u00AE-\u024F\u2010-\u2027\u202F-\u205E\u20A0-\u20C0]*$/;

/** string-width, in time linear in the text's length however long it is. */
export function displayWidth(text: string): number {
  const plain = text.includes('\u001B') ? text.replace(ESCAPE_ANYWHERE, '') : text;
  if (NARROW_TEXT.test(plain)) return plain.length;
  if (plain.length <= SLICE) return stringWidth(plain);
  let width = 0;
  for (const slice of slices(plain)) width += stringWidth(slice);
  return width;
}

// string-width costs microseconds a call; text repeats its characters, so their widths are kept.
const clusterWidths = new Map<string, number>();
const MAX_REMEMBERED = 4096;

function clusterWidth(cluster: string): number {
  let width = clusterWidths.get(cluster);
  if (width === undefined) {
    width = stringWidth(cluster);
    if (clusterWidths.size >= MAX_REMEMBERED) clusterWidths.clear();
    clusterWidths.set(cluster, width);
  }
  return width;
}

function plainUnits(text: string, into: Unit[]): void {
  if (PRINTABLE_ASCII.test(text)) {
    for (const character of text) into.push({ text: character, width: 1 });
    return;
  }
  for (const slice of slices(text)) {
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    for (const { segment } of segmenter.segment(slice)) {
      into.push({ text: segment, width: NARROW_TEXT.test(segment) ? 1 : clusterWidth(segment) });
    }
  }
}

/** A word as grapheme clusters and escape sequences, the pieces it may be broken between. */
function unitsOf(word: string): Unit[] {
  const units: Unit[] = [];
  let plainStart = 0;
  let escapeAt = word.indexOf('\u001B');
  while (escapeAt !== -1) {
    ESCAPE_AT.lastIndex = escapeAt;
    const sequence = ESCAPE_AT.exec(word);
    if (sequence) {
      plainUnits(word.slice(plainStart, escapeAt), units);
      units.push({ text: sequence[0], width: 0 });
      plainStart = escapeAt + sequence[0].length;
    }
    escapeAt = word.indexOf('\u001B', sequence ? plainStart : escapeAt + 1);
  }
  plainUnits(word.slice(plainStart), units);
  return units;
}

// How far to look for a visible neighbour or a better place to cut, so that a long run of
// zero-width units cannot make every look a long one.
const LOOK_LIMIT = 64;

function visibleText(units: readonly Unit[], from: number, step: 1 | -1): string {
  for (let i = from, n = 0; i >= 0 && i < units.length && n < LOOK_LIMIT; i += step, n++) {
    const unit = units[i];
    if (unit && unit.width > 0) return unit.text;
  }
  return '';
}

function canBreakBefore(units: readonly Unit[], index: number): boolean {
  return (
    !NO_LINE_END.test(visibleText(units, index - 1, -1)) &&
    !NO_LINE_START.test(visibleText(units, index, 1))
  );
}

// Where an address reads best cut: after a slash or a hyphen, as `…/2023/` | `all-routes/…`.
const BREAK_AFTER = /^[/\-?&=#_]$/;

/**
 * The best place to end a piece at or before `end`: after a slash or a hyphen in the second half
 * of the line, else the last place the rules allow, else `end` itself.
 */
function cutBefore(units: readonly Unit[], start: number, end: number, columns: number): number {
  let width = 0;
  let allowed = -1;
  const stop = Math.max(start + 1, end - columns - LOOK_LIMIT);
  for (let cut = end; cut > stop && width <= columns / 2; cut--) {
    if (canBreakBefore(units, cut)) {
      if (BREAK_AFTER.test(visibleText(units, cut - 1, -1))) return cut;
      if (allowed === -1) allowed = cut;
    }
    width += units[cut - 1]?.width ?? 0;
  }
  if (allowed !== -1) return allowed;
  for (let cut = end; cut > stop; cut--) {
    if (canBreakBefore(units, cut)) return cut;
  }
  return end;
}

/**
 * Breaks a word wider than the line into pieces that each fill a line, never between a mark and
 * the word it belongs to (a plain cut at the column can start a line with `»` glued to a long
 * word).
 */
function breakWord(word: string, columns: number): string[] {
  const units = unitsOf(word);
  const pieces: string[] = [];
  let start = 0;
  while (start < units.length) {
    let end = start;
    let width = 0;
    while (end < units.length && width + (units[end]?.width ?? 0) <= columns) {
      width += units[end]?.width ?? 0;
      end++;
    }
    if (end === start) end++;
    const cut = end < units.length ? cutBefore(units, start, end, columns) : end;
    pieces.push(
      units
        .slice(start, cut)
        .map((unit) => unit.text)
        .join(''),
    );
    start = cut;
  }
  return pieces;
}

// An address cut in two leads nowhere when copied or clicked. Too long for the line, it takes a
// row of its own and overflows it: the terminal folds the row without putting a break inside it.
const ADDRESS = /^[^\p{L}\p{N}]*(?:https?:\/\/|www\.)[^\s]/iu;

function isAddress(word: string): boolean {
  return ADDRESS.test(word.includes('\u001B') ? word.replace(ESCAPE_ANYWHERE, '') : word);
}

/**
 * Lays words out greedily, each row at most `columns` wide, spaces trimmed at row ends; only an
 * address too long for any row is left longer.
 */
function fillRows(line: string, columns: number, prose: boolean): string[] {
  const rows: string[] = [];
  let row: string[] = [];
  let rowWidth = 0;
  const endRow = () => {
    while (row.length > 0 && row.at(-1) === '') row.pop();
    rows.push(row.join(' '));
    row = [];
    rowWidth = 0;
  };
  for (const word of line.split(' ')) {
    if (word === '' && row.length === 0) continue;
    const width = displayWidth(word);
    if (width > columns && prose && isAddress(word)) {
      if (row.length > 0) endRow();
      row.push(word);
      endRow();
      continue;
    }
    if (width > columns) {
      if (row.length > 0) endRow();
      const pieces = breakWord(word, columns);
      for (const piece of pieces.slice(0, -1)) {
        row.push(piece);
        endRow();
      }
      row.push(pieces.at(-1) ?? '');
      rowWidth = displayWidth(pieces.at(-1) ?? '');
      continue;
    }
    // The space before a word takes a column even when the word takes none (a lone U+FE0F).
    if (row.length > 0 && rowWidth + 1 + width > columns) {
      endRow();
      if (word === '') continue;
    }
    rowWidth += (row.length > 0 ? 1 : 0) + width;
    row.push(word);
  }
  if (row.length > 0 || rows.length === 0) endRow();
  return rows;
}

const SGR_AT = /\u001B\[([0-9;]*)m/y;
const LINK_AT = /\u001B\]8;[^;\u0007\u001B]*;([^\u0007\u001B]*)(?:\u0007|\u001B\\)/y;
// The attributes each closing SGR code turns off.
const CLOSES: Readonly<Record<number, readonly string[]>> = {
  22: ['1', '2'],
  23: ['3'],
  24: ['4'],
  27: ['7'],
  28: ['8'],
  29: ['9'],
  39: ['fg'],
  49: ['bg'],
};

function attributeOf(code: number): string {
  if ((code >= 30 && code <= 38) || (code >= 90 && code <= 97)) return 'fg';
  if ((code >= 40 && code <= 48) || (code >= 100 && code <= 107)) return 'bg';
  return String(code);
}

/** The styles and hyperlink open at the end of a row, updated as the row is read. */
class OpenStyles {
  private readonly sgr = new Map<string, string>();
  private link = '';

  read(row: string): void {
    for (let at = row.indexOf('\u001B'); at !== -1; at = row.indexOf('\u001B', at + 1)) {
      SGR_AT.lastIndex = at;
      const sgr = SGR_AT.exec(row);
      if (sgr) this.applySgr(sgr[1] ?? '');
      LINK_AT.lastIndex = at;
      const link = LINK_AT.exec(row);
      if (link) this.link = link[1] ? link[0] : '';
    }
  }

  private applySgr(parameters: string): void {
    const codes = parameters.split(';').map(Number);
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i] ?? 0;
      const closes = CLOSES[code];
      if (code === 0) this.sgr.clear();
      else if (closes) for (const attribute of closes) this.sgr.delete(attribute);
      else {
        // 38;5;n and 38;2;r;g;b (and 48 for the background) carry their colour in what follows.
        const extra = code === 38 || code === 48 ? (codes[i + 1] === 5 ? 2 : 4) : 0;
        this.sgr.set(attributeOf(code), `\u001B[${codes.slice(i, i + 1 + extra).join(';')}m`);
        i += extra;
      }
    }
  }

  /** What ends the row cleanly: the link closed, every style reset. */
  close(): string {
    return (this.link ? '\u001B]8;;\u001B\\' : '') + (this.sgr.size > 0 ? '\u001B[0m' : '');
  }

  /** What starts the next row as the last one ended. */
  reopen(): string {
    return [...this.sgr.values()].join('') + this.link;
  }
}

/**
 * Each row stands on its own: styles and hyperlinks open at its end are closed there and opened
 * again on the next row, so a pager or a prefix (a bar, a bullet) never inherits them.
 */
function closeRows(rows: readonly string[]): string[] {
  const open = new OpenStyles();
  return rows.map((row) => {
    const opened = open.reopen();
    open.read(row);
    return opened + row + open.close();
  });
}

export interface WrapOptions {
  /** Columns of the whole line, prefix included; null keeps each paragraph on one line. */
  readonly width: number | null;
  /** Put before the first line (a bullet, a bar). */
  readonly firstPrefix?: string;
  /** Put before every other line. */
  readonly prefix?: string;
  /** False for code: its spaces are kept as written, with no French no-break spaces. */
  readonly prose?: boolean;
}

/**
 * Wraps styled text by display width (accents, wide characters and emoji count as a terminal
 * counts them, as string-width measures them), breaking words only when one alone is longer than
 * the line.
 *
 * Hand-written rather than wrap-ansi, which measures every word with string-width: on Node 20 that
 * costs tens of microseconds for each word with an accent (Intl.Segmenter's cost per call), and
 * seconds for a long paragraph. Here most words are measured by their length.
 */
export function wrap(text: string, options: WrapOptions): string {
  const prefix = options.prefix ?? '';
  const firstPrefix = options.firstPrefix ?? prefix;
  if (options.width === null) return firstPrefix + text;
  const columns = Math.max(
    1,
    options.width - Math.max(displayWidth(prefix), displayWidth(firstPrefix)),
  );
  const prepared = options.prose === false ? text : glueFrenchSpaces(text);
  const rows = prepared
    .split('\n')
    .flatMap((line) => fillRows(line, columns, options.prose !== false));
  return closeRows(rows)
    .map((row, i) => (i === 0 ? firstPrefix : prefix) + row)
    .join('\n');
}
