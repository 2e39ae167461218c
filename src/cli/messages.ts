import type { ArticleError } from '../errors.js';
import { bundledIds } from '../input/resolve.js';
import type { Io } from '../output/write.js';
import { closest } from './suggest.js';

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

/**
 * An article that is neither a file nor a bundled id: the closest id when the argument looks like
 * one, the list of ids when nothing is close, nothing more when it looks like a path.
 */
function notFoundHint(subject: string): string {
  if (/[/\\.]/.test(subject)) return '';
  const ids = bundledIds();
  const hint = closest(subject.replace(/\.md$/, ''), ids);
  return hint ? `; did you mean ${hint}?` : ` (bundled: ${ids.join(', ')})`;
}

/** What the library's error says, with a hint when an article was not found. */
export function failureMessage(error: ArticleError): string {
  const hint = error.code === 'not-found' && error.subject ? notFoundHint(error.subject) : '';
  return error.message + hint;
}
