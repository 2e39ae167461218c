import type { ArticleInfo } from '../extract/fields.js';
import type { Align, Article, Block, ListItem, Prose } from '../model/article.js';
import { hyperlinkTarget, osc8 } from './links.js';
import { colonAfterLabel, formatLongDate, readingTimeLabel } from './locale.js';
import { createMarkdownStyler, type MarkdownStyler } from './markdown.js';
import type { RenderContext } from './style.js';
import type { Theme } from './theme.js';
import { displayWidth, NO_BREAK_SPACE, wrap } from './wrap.js';

/** The facts the line under the title shows, worked out by the extractors. */
export type ReadFacts = Pick<ArticleInfo, 'publisher' | 'readingMinutes'>;

/** Columns left free on the left of a terminal page: text off the window's edge reads easier. */
const MARGIN = 2;
const LEAD_BAR = '┃';
const QUOTE_BAR = '│';
const BULLETS = '•◦▪';
const CODE_INDENT = 2;
const TAB_STOP = 4;
const TABLE_GUTTER = 2;
const RULE_LENGTH = 20;

interface Context {
  readonly theme: Theme;
  readonly styler: MarkdownStyler;
  readonly width: number | null;
  readonly language: string;
  /** How many lists this text sits in, which picks its bullet. */
  readonly listDepth: number;
}

function narrower(context: Context, columns: number): Context {
  return context.width === null
    ? context
    : { ...context, width: Math.max(1, context.width - columns) };
}

/** Puts `first` before the first line and `rest` before every other line but empty ones. */
function indentBlock(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? `${first}${line}`.trimEnd() : line ? rest + line : line))
    .join('\n');
}

type List = Extract<Block, { kind: 'list' }>;
type Table = Extract<Block, { kind: 'table' }>;

function listMarkers(list: List, depth: number): string[] {
  const bullet = BULLETS.charAt(Math.min(depth, BULLETS.length - 1));
  const markers = list.items.map((item: ListItem, i) => {
    if (item.checked !== null) return item.checked ? '[x]' : '[ ]';
    return list.ordered ? `${list.start + i}.` : bullet;
  });
  const widest = markers.reduce((most, marker) => Math.max(most, displayWidth(marker)), 0);
  // Numbers line up on their right, as in print: ` 9.` over `10.`.
  return markers.map((marker) => ' '.repeat(widest - displayWidth(marker)) + marker);
}

function renderList(list: List, context: Context): string {
  const markers = listMarkers(list, context.listDepth);
  const markerWidth = displayWidth(markers[0] ?? '') + 1;
  const inner = { ...narrower(context, markerWidth), listDepth: context.listDepth + 1 };
  return list.items
    .map((item, i) => {
      const body = renderBlocks(item.blocks, inner, item.loose ? '\n\n' : '\n');
      const marker = `${context.theme.bullet(markers[i] ?? '')} `;
      return indentBlock(body, marker, ' '.repeat(markerWidth));
    })
    .join(list.loose ? '\n\n' : '\n');
}

function renderBlockquote(blocks: readonly Block[], context: Context): string {
  const { theme } = context;
  const bar = theme.quoteBar(QUOTE_BAR);
  const body = renderBlocks(blocks, narrower(context, 2), '\n\n');
  return body
    .split('\n')
    .map((line) => (line ? `${bar} ${theme.quote(line)}` : bar))
    .join('\n');
}

/**
 * Code keeps its lines and indentation; a line too long for the width goes on below, indented a
 * little more, so the break shows.
 */
function renderCode(code: string, context: Context): string {
  const { theme, width } = context;
  const maxIndent = width === null ? Number.POSITIVE_INFINITY : Math.floor(width / 2);
  return code
    .split('\n')
    .map((raw) => {
      const line = raw.replaceAll('\t', ' '.repeat(TAB_STOP)).trimEnd();
      const body = line.trimStart();
      if (!body) return '';
      const indent = ' '.repeat(CODE_INDENT + Math.min(line.length - body.length, maxIndent));
      return wrap(theme.code(body), {
        width,
        firstPrefix: indent,
        prefix: `${indent}${' '.repeat(CODE_INDENT)}`,
        prose: false,
      });
    })
    .join('\n');
}

function pad(text: string, width: number, align: Align): string {
  const room = Math.max(0, width - displayWidth(text));
  if (align === 'right') return ' '.repeat(room) + text;
  if (align === 'center') {
    const left = Math.floor(room / 2);
    return ' '.repeat(left) + text + ' '.repeat(room - left);
  }
  return text + ' '.repeat(room);
}

/**
 * A table in columns when it fits the width; otherwise one record per row, its first cell as a
 * heading and the others as `label: value` lines, which any width can hold.
 */
function renderTable(table: Table, context: Context): string {
  const { theme, styler, width } = context;
  const styled = (cell: Prose) => styler.inline(cell.inlines);
  const head = table.header.map(styled);
  const rows = table.rows.map((row) => row.map(styled));
  // Reduced rather than spread: a table of many rows would overflow Math.max's arguments.
  const widths = head.map((text, i) =>
    rows.reduce((most, row) => Math.max(most, displayWidth(row[i] ?? '')), displayWidth(text)),
  );
  const total = widths.reduce((sum, w) => sum + w, 0) + TABLE_GUTTER * (widths.length - 1);
  if (width !== null && total > width) return renderRecords(head, rows, context);
  const line = (cells: readonly string[], style: (text: string) => string) =>
    widths
      .map((w, i) => pad(style(cells[i] ?? ''), w, table.align[i] ?? null))
      .join(' '.repeat(TABLE_GUTTER))
      .trimEnd();
  return [
    line(head, theme.tableHead),
    theme.rule('─'.repeat(total)),
    ...rows.map((row) => line(row, theme.plain)),
  ].join('\n');
}

function renderRecords(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  context: Context,
): string {
  const { theme, width } = context;
  const colon = colonAfterLabel(context.language);
  return rows
    .map((row) => {
      const [first = '', ...rest] = row;
      const fields = rest
        .map((value, i) => ({ label: head[i + 1] ?? '', value }))
        .filter((field) => field.value)
        .map((field) =>
          wrap(`${theme.label(field.label + colon.trimEnd())} ${field.value}`, {
            width,
            firstPrefix: '  ',
            prefix: '    ',
          }),
        );
      return [wrap(theme.tableHead(first), { width }), ...fields].join('\n');
    })
    .join('\n\n');
}

function renderBlock(block: Block, context: Context): string {
  const { theme, styler, width } = context;
  switch (block.kind) {
    case 'paragraph':
      return wrap(styler.inline(block.prose.inlines), { width });
    case 'heading':
      return wrap(theme.heading(block.prose.text), { width });
    case 'list':
      return renderList(block, context);
    case 'quote':
      return renderBlockquote(block.blocks, context);
    case 'code':
      return renderCode(block.text, context);
    case 'table':
      return renderTable(block, context);
    case 'rule':
      return theme.rule('─'.repeat(Math.min(width ?? RULE_LENGTH, RULE_LENGTH)));
  }
}

function renderBlocks(blocks: readonly Block[], context: Context, separator: string): string {
  return blocks
    .map((block) => renderBlock(block, context))
    .filter(Boolean)
    .join(separator);
}

/**
 * `13 décembre 2023 · Migration · Jean Dupont · article19.ma · 2 min de lecture`. When it must wrap, it wraps
 * between facts, never inside one, and the dot stays with the fact before it.
 */
function metaLine(article: Article, known: ReadFacts, context: Context): string {
  const { width } = context;
  const facts = [
    article.date ? formatLongDate(article.date, article.language) : null,
    article.kicker,
    article.author,
    known.publisher,
    readingTimeLabel(known.readingMinutes, article.language),
  ].filter((fact): fact is string => Boolean(fact));
  if (width === null) return context.theme.meta(facts.join(' · '));
  const whole = (fact: string) =>
    displayWidth(fact) + 2 <= width ? fact.replaceAll(' ', NO_BREAK_SPACE) : fact;
  return wrap(context.theme.meta(facts.map(whole).join(`${NO_BREAK_SPACE}· `)), { width });
}

/** The title, and under it the line of facts (there is always one: the reading time). */
function titleBlock(article: Article, facts: ReadFacts, context: Context): string {
  const meta = metaLine(article, facts, context);
  if (!article.title) return meta;
  return `${wrap(context.theme.title(article.title), { width: context.width })}\n${meta}`;
}

function sourceLine(article: Article, context: Context, hyperlinks: boolean): string | null {
  const source = article.source;
  if (!source) return null;
  const { theme } = context;
  // Front matter names it by its key (`source`, `url`): a label starts with a capital all the same.
  const name = source.label.charAt(0).toLocaleUpperCase(article.language) + source.label.slice(1);
  const label = theme.label(`${name}${colonAfterLabel(article.language).trimEnd()}`);
  const target = hyperlinkTarget(source.url);
  const address =
    hyperlinks && target ? osc8(target, theme.link(source.url)) : theme.link(source.url);
  return wrap(`${label} ${address}`, { width: context.width });
}

/** The standfirst. In a terminal a bar runs down its left, in the margin, across its paragraphs. */
function leadBlock(article: Article, context: Context, decorate: boolean): string | null {
  if (article.lead.length === 0) return null;
  const { theme, styler, width } = context;
  const text = article.lead
    .map((paragraph) => wrap(theme.lead(styler.inline(paragraph.inlines)), { width }))
    .join('\n\n');
  if (!decorate) return text;
  const bar = theme.leadBar(LEAD_BAR);
  return text
    .split('\n')
    .map((line) => (line ? `${bar} ${line}` : bar))
    .join('\n');
}

function inMargin(text: string, margin: number): string {
  const space = ' '.repeat(margin);
  return text
    .split('\n')
    .map((line) => (line ? space + line : line))
    .join('\n');
}

/**
 * The article set for reading: title, one line of facts, lead, body, source. On a terminal the
 * page has a left margin, with the lead's bar hanging in it; plain layout has neither.
 */
export function renderArticle(article: Article, facts: ReadFacts, options: RenderContext): string {
  const margin = options.terminal ? MARGIN : 0;
  const context: Context = {
    theme: options.theme,
    styler: createMarkdownStyler({ theme: options.theme, hyperlinks: options.hyperlinks }),
    width: options.width === null ? null : Math.max(1, options.width - margin),
    language: article.language,
    listDepth: 0,
  };
  const page = (text: string | null) => (text ? inMargin(text, margin) : null);
  const sections = [
    page(titleBlock(article, facts, context)),
    leadBlock(article, context, options.terminal),
    ...article.body.map((block) => page(renderBlock(block, context))),
    page(sourceLine(article, context, options.hyperlinks)),
  ].filter((section): section is string => Boolean(section));
  return `${sections.join('\n\n')}\n`;
}
