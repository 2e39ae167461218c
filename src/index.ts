/** The library: the same lookups the command makes, without spawning it. */
import type { Article } from './article.js';
import { readArticle } from './load.js';

export type { Article, Block, Link, Prose, SourceLine } from './article.js';
export type { ArticleInfo, InfoField } from './extract/info.js';
export { articleInfo, INFO_FIELDS } from './extract/info.js';
export type { Person } from './extract/people.js';
export { extractPeople } from './extract/people.js';
export type { Quote } from './extract/quotes.js';
export { extractQuotes } from './extract/quotes.js';
export type { ArticleSource, CitedSource } from './extract/source.js';
export { extractSource } from './extract/source.js';
export type { Summary, SummaryOptions } from './extract/summary.js';
export { summarize } from './extract/summary.js';
export { parseArticle } from './parse.js';
export { cleanText } from './text.js';

/**
 * Reads and parses an article: a bundled id, a path, `-` for standard input, or nothing for the
 * bundled default.
 */
export async function loadArticle(input?: string): Promise<Article> {
  return (await readArticle(input)).article;
}
