import { type Article, textOfBlock } from '../model/article.js';
import { countWords } from '../text/words.js';

// Silent reading speed of adult readers, the figure news sites use for "N min read".
const WORDS_PER_MINUTE = 200;

/** Words of the text a reader reads: lead, subheadings and body, not title, dateline or source. */
export function wordCount(article: Article): number {
  const text = [...article.lead.map((p) => p.text), ...article.body.map(textOfBlock)].join('\n');
  return countWords(text, article.language);
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/** The publisher the article names (front matter `publisher`), else its source's host. */
export function publisherOfArticle(article: Article): string | null {
  return article.frontMatter.publisher ?? publisherOf(article.source?.url);
}

/** The publisher of an address: its host without `www.`. */
export function publisherOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
