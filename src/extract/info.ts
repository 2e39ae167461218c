import type { Article } from '../model/article.js';
import { publisherOfArticle, readingMinutes, wordCount } from './facts.js';
import type { ArticleInfo } from './fields.js';
import { extractPeople } from './people.js';
import { analyseQuotes } from './quotes/quotes.js';

export type { ArticleInfo, InfoField } from './fields.js';
export { INFO_FIELDS, isInfoField } from './fields.js';

/**
 * The facts are worked out when first read: `article info date` asks for one field, and counting
 * words or analysing quotes and people is most of the command's time. They are getters on a plain
 * object, so JSON.stringify, spreading and structuredClone still see every field.
 */
export function articleInfo(article: Article): ArticleInfo {
  const source = article.source?.url ?? null;
  const words = once(() => wordCount(article));
  const people = once(() => extractPeople(article));
  return {
    title: article.title,
    date: article.date,
    author: article.author,
    kicker: article.kicker,
    language: article.language,
    get words() {
      return words();
    },
    get readingMinutes() {
      return readingMinutes(words());
    },
    publisher: publisherOfArticle(article),
    source,
    get quotes() {
      return analyseQuotes(article).quotes.length;
    },
    get people() {
      return people();
    },
    links: article.links.length,
  };
}

/** `compute`, run on the first call only; later calls return the same value (`people` stays one array). */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}
