import type { Article } from '../model/article.js';
import { splitSentences } from '../text/sentences.js';
import { countWords } from '../text/words.js';

export interface Summary {
  /** The paragraphs joined by one blank line. */
  readonly text: string;
  readonly paragraphs: readonly string[];
  /** `lead` when the article marks a standfirst, `body` when its first paragraphs stand in. */
  readonly from: 'lead' | 'body';
}

export interface SummaryOptions {
  /** Keep only the first N sentences. */
  readonly sentences?: number;
}

// Without a marked lead, opening paragraphs are taken until they make a short read.
const FALLBACK_MIN_WORDS = 60;
const FALLBACK_MAX_PARAGRAPHS = 3;

function openingParagraphs(article: Article): string[] {
  const taken: string[] = [];
  let words = 0;
  for (const block of article.body) {
    // The opening ends where the article moves on to a new section or to something other than prose.
    if (block.kind !== 'paragraph') {
      if (taken.length > 0) break;
      continue;
    }
    taken.push(block.prose.text);
    words += countWords(block.prose.text, article.language);
    if (words >= FALLBACK_MIN_WORDS || taken.length >= FALLBACK_MAX_PARAGRAPHS) break;
  }
  return taken;
}

function firstSentences(paragraphs: readonly string[], count: number): string[] {
  const kept: string[] = [];
  let left = count;
  for (const paragraph of paragraphs) {
    if (left <= 0) break;
    const sentences = splitSentences(paragraph).slice(0, left);
    left -= sentences.length;
    kept.push(sentences.join(' '));
  }
  return kept;
}

/** The article's lead, or its opening when it has none, as plain text paragraphs. */
export function summarize(article: Article, options: SummaryOptions = {}): Summary {
  const fromLead = article.lead.length > 0;
  let paragraphs = fromLead ? article.lead.map((p) => p.text) : openingParagraphs(article);
  if (options.sentences !== undefined) {
    paragraphs = firstSentences(paragraphs, options.sentences);
  }
  return { text: paragraphs.join('\n\n'), paragraphs, from: fromLead ? 'lead' : 'body' };
}
