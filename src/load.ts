/**
 * The first steps of the flow put together: an argument resolved to bytes, the bytes decoded and
 * cleaned, the text parsed into the model. The library and the command both start here.
 */
import { ArticleError } from './errors.js';
import { decodeArticle } from './input/decode.js';
import { type RawInput, resolveInput } from './input/resolve.js';
import type { Article } from './model/article.js';
import { parseArticle } from './model/parse.js';

export interface LoadedArticle {
  readonly name: string;
  readonly article: Article;
  /** Set when the input was not valid UTF-8 and was read with replacement characters. */
  readonly warning: string | null;
}

/** Bytes to model: decoded, cleaned, parsed. Pure, so it is tested without files. */
export function articleFromInput(input: RawInput): LoadedArticle {
  const decoded = decodeArticle(input.bytes, input.name);
  if (!decoded.text.trim()) {
    throw new ArticleError(`${input.name}: the article is empty`, 'empty', input.name);
  }
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
  stdin?: () => NodeJS.ReadStream,
): Promise<LoadedArticle> {
  return articleFromInput(await resolveInput(arg, stdin));
}
