import { CliError } from './cli/errors.js';
import { type RawInput, resolveInput } from './input/resolve.js';
import type { Article } from './model/article.js';
import { parseArticle } from './model/parse.js';
import { decodeArticle, NotTextError } from './text/sanitize.js';

export interface LoadedArticle {
  readonly name: string;
  readonly article: Article;
  /** Set when the input was not valid UTF-8 and was read with replacement characters. */
  readonly warning: string | null;
}

/** Bytes to model: decoded, cleaned, parsed. Pure, so it is tested without files. */
export function articleFromInput(input: RawInput): LoadedArticle {
  let decoded: ReturnType<typeof decodeArticle>;
  try {
    decoded = decodeArticle(input.bytes);
  } catch (error) {
    if (error instanceof NotTextError) throw new CliError(`${input.name}: ${error.message}`);
    throw error;
  }
  if (!decoded.text.trim()) throw new CliError(`${input.name}: the article is empty`);
  return {
    name: input.name,
    article: parseArticle(decoded.text),
    warning: decoded.replacedInvalid
      ? `${input.name}: not valid UTF-8; unreadable bytes are shown as �`
      : null,
  };
}

/** The article a command argument names (see resolveInput), ready to use. */
export async function readArticle(
  arg?: string,
  stdin: () => NodeJS.ReadStream = () => process.stdin,
): Promise<LoadedArticle> {
  return articleFromInput(await resolveInput(arg, stdin));
}
