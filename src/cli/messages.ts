import type { Io } from '../output/write.js';

/** The command's name, as messages and help show it. */
export const NAME = 'article';

const CONTROL_OR_BREAK = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Control characters, line breaks and bidirectional controls written out as `\x1B`, `\u202E`: for
 * one-line messages that quote what the user gave (a file name can hold an escape sequence).
 */
export function showControls(text: string): string {
  return text.replace(CONTROL_OR_BREAK, (char) => {
    const code = char.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
      : `\\u${code.toString(16).toUpperCase()}`;
  });
}

/** One line on stderr; what the user typed is quoted in it, so its control characters are shown. */
export function complain(io: Io, message: string): void {
  io.stderr.write(`${NAME}: ${showControls(message)}\n`);
}
