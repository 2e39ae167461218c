import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

const NO_BREAK_SPACE = '\u00A0';
// Optional SGR styling between a space and the punctuation it must stay with.
const STYLE = '((?:\\u001B\\[[0-9;]*m)*)';

/**
 * French typography, as any article in French sets it: the space inside « » and before : ; ! ?
 * (and inside curly quotes set apart by spaces) never breaks, so no line starts with a closing
 * mark or ends with an opening one.
 */
const SPACE_BEFORE = new RegExp(` ${STYLE}(?=[»›”’:;!?])`, 'g');
const SPACE_AFTER = new RegExp(`([«‹“„‘]${STYLE}) `, 'g');

export function glueFrenchSpaces(text: string): string {
  return text
    .replace(SPACE_BEFORE, `${NO_BREAK_SPACE}$1`)
    .replace(SPACE_AFTER, `$1${NO_BREAK_SPACE}`);
}

export interface WrapOptions {
  /** Columns of the whole line, prefix included; null keeps each paragraph on one line. */
  readonly width: number | null;
  /** Put before the first line (a bullet, a bar). */
  readonly firstPrefix?: string;
  /** Put before every other line. */
  readonly prefix?: string;
}

/**
 * Wraps styled text by display width (accents, wide characters and emoji count as a terminal
 * counts them), breaking words only when one alone is longer than the line.
 */
export function wrap(text: string, options: WrapOptions): string {
  const prefix = options.prefix ?? '';
  const firstPrefix = options.firstPrefix ?? prefix;
  const inner =
    options.width === null
      ? [text]
      : wrapAnsi(glueFrenchSpaces(text), Math.max(1, options.width - stringWidth(prefix)), {
          hard: true,
          trim: true,
        }).split('\n');
  return inner.map((line, i) => (i === 0 ? firstPrefix : prefix) + line).join('\n');
}

/** Cuts lines that cannot be reflowed (code, tables) at the width instead of letting them spill. */
export function clip(text: string, width: number | null): string {
  if (width === null) return text;
  return wrapAnsi(text, Math.max(1, width), { hard: true, trim: false, wordWrap: false });
}
