/** The input bound: how much of an article is ever read, from a file, a pipe or the network. */
import { ArticleError } from '../errors.js';
import { isBinary, NOT_TEXT, SNIFF_BYTES } from './decode.js';

/** Larger input is refused: no news article comes near it, and reading more risks the memory. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export function tooLarge(name: string): ArticleError {
  return new ArticleError(
    `${name}: larger than the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit`,
    'too-large',
    name,
  );
}

/**
 * Every chunk, up to the size limit. The limit is kept while reading rather than from a stated
 * size: a device (`/dev/zero`), a pipe, a growing file or a server has no size to trust. Throwing
 * out of the loop ends the stream, so a server sending too much is cut off.
 */
export async function readBounded(
  chunks: AsyncIterable<Uint8Array>,
  name: string,
): Promise<Buffer> {
  const kept: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > MAX_INPUT_BYTES) {
      // Endless binary (`/dev/urandom`) is better told as not text than as too large.
      if (isBinary(Buffer.concat([...kept, chunk], Math.min(size, SNIFF_BYTES))))
        throw new ArticleError(`${name}: ${NOT_TEXT}`, 'not-text', name);
      throw tooLarge(name);
    }
    kept.push(chunk);
  }
  return Buffer.concat(kept);
}
