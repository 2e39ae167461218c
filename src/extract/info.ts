import type { Article } from '../article.js';
import { publisherOf, readingMinutes, wordCount } from './facts.js';
import { extractPeople, type Person } from './people.js';
import { extractQuotes } from './quotes.js';

/** Every fact `article info` knows; the keys are fixed so scripts can rely on them. */
export interface ArticleInfo {
  readonly title: string | null;
  readonly date: string | null;
  readonly kicker: string | null;
  readonly language: string;
  readonly words: number;
  readonly readingMinutes: number;
  readonly publisher: string | null;
  readonly source: string | null;
  readonly quotes: number;
  readonly people: readonly Person[];
  readonly links: number;
}

export type { InfoField } from './fields.js';
export { INFO_FIELDS, isInfoField } from './fields.js';

export function articleInfo(article: Article): ArticleInfo {
  const words = wordCount(article);
  const source = article.source?.url ?? null;
  return {
    title: article.title,
    date: article.date,
    kicker: article.kicker,
    language: article.language,
    words,
    readingMinutes: readingMinutes(words),
    publisher: publisherOf(source),
    source,
    quotes: extractQuotes(article).length,
    people: extractPeople(article),
    links: article.links.length,
  };
}
