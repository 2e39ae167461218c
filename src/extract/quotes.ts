import type { Article } from '../article.js';

/** A direct quotation and who said it. */
export interface Quote {
  /** The words quoted, without the quotation marks; the parts of an interrupted quote joined. */
  readonly text: string;
  /** Who said it, as the article names them; null when it does not say (or says it impersonally). */
  readonly speaker: string | null;
  /** What the article calls them (`directeur exécutif de Frontex`); null when it gives no role. */
  readonly role: string | null;
  /** The pieces of a quotation interrupted by an incise (`« A », a-t-il dit. « B »`), in order. */
  readonly parts: readonly string[];
}

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['«', '»'],
  ['“', '”'],
];

/** Every direct quotation of the article, in order of appearance. */
export function extractQuotes(article: Article): Quote[] {
  const quotes: Quote[] = [];
  for (const block of article.body) {
    if (block.kind !== 'paragraph') continue;
    for (const [open, close] of PAIRS) {
      let from = 0;
      for (;;) {
        const start = block.prose.text.indexOf(open, from);
        const end = start < 0 ? -1 : block.prose.text.indexOf(close, start + 1);
        if (end < 0) break;
        const text = block.prose.text.slice(start + 1, end).trim();
        quotes.push({ text, speaker: null, role: null, parts: [text] });
        from = end + 1;
      }
    }
  }
  return quotes;
}
