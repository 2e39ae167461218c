/**
 * The one error the library throws, documented in the README: every failure to find, read or
 * parse an article, and every bad argument, is an ArticleError with a stable `code`. The command
 * line turns it into a one-line message and exit status 1; nothing here knows about exit codes.
 */
export type ArticleErrorCode =
  /** No such file or bundled article. */
  | 'not-found'
  /** The file exists but cannot be read (permission, a directory, an I/O error). */
  | 'unreadable'
  /** The bytes are not text (NUL bytes, an encoding that is not UTF-8). */
  | 'not-text'
  /** Larger than the input bound. */
  | 'too-large'
  /** Nothing but white space, or a web page with no article text. */
  | 'empty'
  /** A web address could not be fetched: a network failure, a timeout, an HTTP error, redirects. */
  | 'fetch-failed'
  /** A web address answered with something other than HTML, Markdown or plain text (a PDF…). */
  | 'unsupported-type'
  /** A library function was called with an argument of the wrong kind. */
  | 'bad-argument';

export class ArticleError extends Error {
  override readonly name = 'ArticleError';

  constructor(
    message: string,
    readonly code: ArticleErrorCode,
    /** What the message is about, as the caller named it (a path, an id, `standard input`). */
    readonly subject: string | null = null,
  ) {
    super(message);
  }
}
