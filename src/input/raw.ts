/** What reading an input gives: its bytes, what they are, and where they came from. */

/** How an input's bytes are written: a web page, or Markdown (plain text included). */
export type InputFormat = 'markdown' | 'html';

export interface RawInput {
  /** What to call the input in messages: a path, a bundled id, an address or `standard input`. */
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly format: InputFormat;
  /** Where a fetched article was found, after redirects: its relative links start there. */
  readonly url: string | null;
  /** The charset the server named for the bytes, if it named one. */
  readonly charset: string | null;
}
