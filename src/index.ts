/** The library: the same lookups the command makes, without spawning it. */

import { type ReadOptions, readArticle } from './load.js';
import type { Article } from './model/article.js';
import { parseArticle as parseCleanText } from './model/parse.js';
import { cleanText } from './text/sanitize.js';

export type { ArticleErrorCode } from './errors.js';
export { ArticleError } from './errors.js';
export type { ArticleInfo, InfoField } from './extract/info.js';
export { articleInfo, INFO_FIELDS } from './extract/info.js';
export type { Person } from './extract/people.js';
export { extractPeople } from './extract/people.js';
export type { Quote } from './extract/quotes/quotes.js';
export { extractQuotes } from './extract/quotes/quotes.js';
export type { ArticleSource, CitedSource } from './extract/source.js';
export { extractSource } from './extract/source.js';
export type { Summary, SummaryOptions } from './extract/summary.js';
export { summarize } from './extract/summary.js';
export type {
  Align,
  Article,
  Block,
  Inline,
  Link,
  ListItem,
  Prose,
  SourceLine,
} from './model/article.js';
export { textOfBlock } from './model/article.js';
export { cleanText } from './text/sanitize.js';

/**
 * Parses Markdown you already have. It is cleaned first, as the command cleans what it reads:
 * text from an article is untrusted, and no control character may reach a caller's terminal.
 */
export function parseArticle(markdown: string): Article {
  return parseCleanText(cleanText(markdown));
}

export type { ReadOptions } from './load.js';

/**
 * Reads and parses an article: a bundled id, a path (Markdown, or a web page saved as .html), an
 * http(s) address, `-` for standard input, or nothing for the bundled default.
 */
export async function loadArticle(input?: string, options: ReadOptions = {}): Promise<Article> {
  return (await readArticle(input, undefined, options)).article;
}
