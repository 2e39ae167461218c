import type { Article } from '../article.js';

/** A person the article names, with what it calls them. */
export interface Person {
  readonly name: string;
  readonly role: string | null;
}

/** The people named in the article, each once, in order of first mention. */
export function extractPeople(_article: Article): Person[] {
  return [];
}
