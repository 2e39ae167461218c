import type { Article } from '../model/article.js';
import { analyseQuotes } from './quotes/quotes.js';

/** A person the article names, with what it calls them. */
export interface Person {
  readonly name: string;
  readonly role: string | null;
}

/**
 * The people named in the article, each once, in order of first mention: names the article
 * gives a title or a role, and the named speakers of its quotations. Two capitalised words alone
 * are not enough (`Paris Saint-Germain`, `Prime Video` read like names too).
 */
export function extractPeople(article: Article): Person[] {
  return analyseQuotes(article)
    .registry.supportedPeople()
    .map((record) => ({ name: record.name, role: record.role }));
}
