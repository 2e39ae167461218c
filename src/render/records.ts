/**
 * Output about several articles at once, as the tools scripts love print it (`wc`, `file`, `rg`):
 * in a pipe, one record per line opening with the article and a tab, or `head`'s `==> name <==`
 * headers before blocks of text; JSON Lines with `--json`; on a terminal, a heading per article.
 */
import type { ArticleInfo, InfoField } from '../extract/fields.js';
import type { Quote } from '../extract/quotes/quotes.js';
import type { RenderContext } from './style.js';

/** A value in a tab-separated record: tabs and line ends would break the record, so they are spaces. */
export function cell(value: string): string {
  return value.replace(/[\t\n\r]/g, ' ');
}

/** One JSON Lines record: the article as it was given, then the value's own keys. */
export function renderJsonLine(article: string, value: object): string {
  return `${JSON.stringify({ article, ...value })}\n`;
}

/** `==> name <==` before a block, as `head` sets several files; a blank line before all but the first. */
export function blockHeader(article: string, first: boolean): string {
  return `${first ? '' : '\n'}==> ${cell(article)} <==\n`;
}

/** On a terminal, each article's block opens with its name as a heading. */
export function terminalHeading(article: string, first: boolean, context: RenderContext): string {
  return `${first ? '' : '\n'}${context.theme.title(article)}\n`;
}

/** `path<TAB>text<TAB>speaker`, one line a quote. */
export function quoteRecords(article: string, quotes: readonly Quote[]): string {
  return quotes.map((q) => `${cell(article)}\t${cell(q.text)}\t${q.speaker ?? ''}\n`).join('');
}

/** One fact as a cell: people as `Name (role)` joined by `; `, a missing fact as nothing. */
export function factCell(info: ArticleInfo, field: InfoField): string {
  const value = info[field];
  if (value === null) return '';
  if (Array.isArray(value)) {
    return value.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join('; ');
  }
  return cell(String(value));
}
