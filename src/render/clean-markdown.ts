import type { ArticleInfo } from '../extract/fields.js';
import type { Article } from '../model/article.js';
import { formatFrontMatter, splitFrontMatter } from '../model/front-matter.js';

/** The facts `article get` writes that the extractors work out. */
export type CleanFacts = Pick<ArticleInfo, 'author' | 'publisher'>;

/**
 * The article as clean Markdown for `article get`: its facts as YAML front matter (title, date,
 * author, publisher, source, then any other key it already had, such as a page's description),
 * then its text as it was read. Read again, it gives the same answers as what it was made from.
 */
export function renderCleanMarkdown(article: Article, markdown: string, facts: CleanFacts): string {
  const { title, date, author, publisher, source, ...others } = article.frontMatter;
  const front = formatFrontMatter({
    title: article.title,
    date: article.date,
    author: facts.author,
    publisher: facts.publisher,
    source: article.source?.url,
    ...others,
  });
  return `${front}${splitFrontMatter(markdown).body.trim()}\n`;
}
