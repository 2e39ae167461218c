/**
 * The article's HTML, once Readability has kept only its text, as Markdown: turndown with the GFM
 * plugin's strikethrough, task lists and highlighted code, and tables of our own.
 */
import TurndownService from 'turndown';
import { highlightedCodeBlock, strikethrough, taskListItems } from 'turndown-plugin-gfm';
import type { PageElement } from './dom.js';

// The GFM plugin's tables read `table.rows`, which linkedom does not have (they throw on the first
// table), and keep a table without a heading row as raw HTML, which Markdown readers show as words
// run together. These rules read rows with selectors and make the first row the heading.
const CELL = 'td, th';
const BLOCKS_IN_CELL = 'p, div, ul, ol, table, blockquote, pre, h1, h2, h3, h4, h5, h6';

// A cell or row outside any table (markup as broken as `<th>` alone) has none.
const tableOf = (node: PageElement) => node.closest('table');

/** Rows of this table, not of a table nested in one of its cells. */
function rowsOf(table: PageElement): PageElement[] {
  return [...table.querySelectorAll('tr')].filter((row) => tableOf(row) === table);
}

function cellsOf(row: PageElement): PageElement[] {
  return [...row.querySelectorAll(CELL)].filter((cell) => cell.closest('tr') === row);
}

const dataTables = new WeakMap<PageElement, boolean>();

/**
 * A table of data has two columns or more and only text in its cells. Anything else is layout,
 * whose cells are read as the blocks they hold.
 */
function isDataTable(table: PageElement | null): table is PageElement {
  if (!table) return false;
  let known = dataTables.get(table);
  if (known === undefined) {
    const rows = rowsOf(table);
    known =
      rows.some((row) => cellsOf(row).length > 1) &&
      rows.every((row) => cellsOf(row).every((cell) => !cell.querySelector(BLOCKS_IN_CELL)));
    dataTables.set(table, known);
  }
  return known;
}

// The HTML standard's own cap: a page's `colspan="1000000000"` must not make a billion columns.
const MAX_SPAN = 1000;

function span(cell: PageElement): number {
  const given = Number.parseInt(cell.getAttribute('colspan') ?? '1', 10) || 1;
  return Math.min(MAX_SPAN, Math.max(1, given));
}

function addTables(service: TurndownService): void {
  service.addRule('tableCell', {
    filter: ['th', 'td'],
    replacement: (content, node: PageElement) => {
      if (!isDataTable(tableOf(node))) return `\n\n${content}\n\n`;
      const text = content.replace(/\s+/g, ' ').trim().replaceAll('|', '\\|');
      return ` ${text} |${' |'.repeat(span(node) - 1)}`;
    },
  });
  service.addRule('tableRow', {
    filter: 'tr',
    replacement: (content, node: PageElement) => {
      const table = tableOf(node);
      if (!isDataTable(table)) return content;
      const [first] = rowsOf(table);
      if (first !== node) return `|${content}\n`;
      const columns = cellsOf(node).reduce((sum, cell) => sum + span(cell), 0);
      return `|${content}\n|${' --- |'.repeat(columns)}\n`;
    },
  });
  service.addRule('tableSection', {
    filter: ['thead', 'tbody', 'tfoot'],
    replacement: (content) => content,
  });
  service.addRule('table', {
    filter: 'table',
    replacement: (content, node: PageElement) => {
      if (!isDataTable(node)) return `\n\n${content}\n\n`;
      const caption = node.querySelector('caption')?.textContent?.trim();
      return `\n\n${caption ? `${caption}\n\n` : ''}${content}\n\n`;
    },
  });
  service.addRule('tableCaption', { filter: 'caption', replacement: () => '' });
}

const MEDIA = ['img', 'picture', 'video', 'audio', 'iframe', 'svg'];
const MEDIA_SELECTOR = MEDIA.join(', ');
// Never text, whatever Readability has left: turndown would print a script's source.
const DROPPED = new Set(
  [...MEDIA, 'script', 'style', 'noscript', 'template'].map((name) => name.toUpperCase()),
);

/**
 * Pictures are left out, with the captions that describe them: a terminal shows no picture, and a
 * caption or alt text is not the article's text (it would open the summary of an article whose
 * photo comes first).
 */
function dropMedia(service: TurndownService): void {
  // A rule, not service.remove(): turndown's own image rule would be tried first.
  service.addRule('media', {
    filter: (node: PageElement) =>
      DROPPED.has(node.nodeName) ||
      (node.nodeName === 'FIGCAPTION' &&
        Boolean(node.closest('figure')?.querySelector(MEDIA_SELECTOR))),
    replacement: () => '',
  });
}

/**
 * Text that could read as markup is escaped too: `<b>` written in a page's text stays those three
 * characters, and `&amp;` stays five, instead of becoming a tag and an ampersand.
 */
function escapeMarkup(service: TurndownService): void {
  const escapeMarkdown = service.escape.bind(service);
  service.escape = (text) =>
    escapeMarkdown(text)
      .replace(/<(?=[A-Za-z/!?])/g, '\\<')
      .replace(/&(?=#?[A-Za-z\d]+;)/g, '\\&');
}

/** One converter, made when a page is first read. */
export function createConverter(): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '_',
  });
  service.use([highlightedCodeBlock, strikethrough, taskListItems]);
  addTables(service);
  dropMedia(service);
  escapeMarkup(service);
  return service;
}
