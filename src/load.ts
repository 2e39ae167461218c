/**
 * The first steps of the flow put together: an argument resolved to bytes, the bytes decoded and
 * cleaned (a web page converted to Markdown first), the text parsed into the model. The library
 * and the command both start here.
 */
import { ArticleError } from './errors.js';
import { type DecodedText, declaredCharset, decodeArticle, decodeBytes } from './input/decode.js';
import { type RawInput, resolveInput } from './input/resolve.js';
import type { FetchOptions } from './input/web/fetch.js';
import type { Article } from './model/article.js';
import { formatFrontMatter } from './model/front-matter.js';
import { parseArticle } from './model/parse.js';
import { cleanText } from './text/sanitize.js';

export interface LoadedArticle {
  readonly name: string;
  readonly article: Article;
  /** The cleaned Markdown the article was parsed from: a web page's has its facts as front matter. */
  readonly markdown: string;
  /** Set when the input was not valid UTF-8 and was read with replacement characters. */
  readonly warning: string | null;
}

/**
 * A web page as Markdown with the facts of its markup as front matter, the same text `article get`
 * prints. The converter, with Readability, linkedom and turndown, is loaded only here.
 */
async function pageMarkdown(input: RawInput): Promise<DecodedText> {
  const page = decodeBytes(input.bytes, input.name, input.charset ?? declaredCharset(input.bytes));
  const { convertPage } = await import('./input/html/convert.js');
  const { fields, markdown } = convertPage(page.text, input.url);
  if (!markdown.trim()) {
    throw new ArticleError(`${input.name}: no article text found on the page`, 'empty', input.name);
  }
  return {
    text: cleanText(`${formatFrontMatter({ ...fields })}${markdown}\n`),
    replacedInvalid: page.replacedInvalid,
  };
}

/** Bytes to model: decoded, cleaned, parsed. Touches no file, so it is tested without any. */
export async function articleFromInput(input: RawInput): Promise<LoadedArticle> {
  const decoded =
    input.format === 'html'
      ? await pageMarkdown(input)
      : decodeArticle(input.bytes, input.name, input.charset);
  if (!decoded.text.trim()) {
    throw new ArticleError(`${input.name}: the article is empty`, 'empty', input.name);
  }
  return {
    name: input.name,
    article: parseArticle(decoded.text),
    markdown: decoded.text,
    warning: decoded.replacedInvalid
      ? `${input.name}: not valid UTF-8; unreadable bytes are shown as �`
      : null,
  };
}

export type ReadOptions = FetchOptions;

/** The article a command argument names (see resolveInput), ready to use. */
export async function readArticle(
  arg?: string,
  stdin?: () => NodeJS.ReadStream,
  options: ReadOptions = {},
): Promise<LoadedArticle> {
  return articleFromInput(await resolveInput(arg, stdin, options));
}
