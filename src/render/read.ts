import type { Token, Tokens } from 'marked';
import type { Article, Block } from '../article.js';
import { formatLongDate } from '../dates.js';
import { publisherOf, readingMinutes, wordCount } from '../extract/facts.js';
import { collapseSpaces, inlineText } from '../inline.js';
import { hyperlinkTarget, osc8 } from './links.js';
import { readingTimeLabel } from './locale.js';
import { createMarkdownStyler, type MarkdownStyler } from './markdown.js';
import type { Theme } from './theme.js';
import { clip, wrap } from './wrap.js';

export interface ReadOptions {
  readonly theme: Theme;
  /** Columns to set the text in; null keeps every paragraph on one line (for pipes). */
  readonly width: number | null;
  readonly hyperlinks: boolean;
  /** Terminal layout: the lead set apart with a bar. Plain layout leaves text undecorated. */
  readonly decorate: boolean;
}

interface Context extends ReadOptions {
  readonly styler: MarkdownStyler;
}

function narrower(context: Context, columns: number): Context {
  return context.width === null
    ? context
    : { ...context, width: Math.max(1, context.width - columns) };
}

/** Puts `first` before the first line of a block and `rest` before every other one. */
function indentBlock(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? first : rest) + line)
    .join('\n');
}

function renderList(list: Tokens.List, context: Context): string {
  const start = typeof list.start === 'number' ? list.start : 1;
  const markers = list.items.map((_, i) => (list.ordered ? `${start + i}.` : '•'));
  const markerWidth = Math.max(...markers.map((m) => m.length)) + 1;
  const inner = narrower(context, markerWidth);
  return list.items
    .map((item, i) => {
      const check = item.task ? (item.checked ? '[x] ' : '[ ] ') : '';
      const body = renderTokens(item.tokens, inner, item.loose ? '\n\n' : '\n');
      const marker = (markers[i] ?? '').padEnd(markerWidth);
      return indentBlock(check + body, context.theme.bullet(marker), ' '.repeat(markerWidth));
    })
    .join(list.loose ? '\n\n' : '\n');
}

function renderBlockquote(quote: Tokens.Blockquote, context: Context): string {
  const bar = context.theme.quoteBar('│');
  const body = renderTokens(quote.tokens, narrower(context, 2), '\n\n');
  return body
    .split('\n')
    .map((line) => (line ? `${bar} ${context.theme.quote(line)}` : bar))
    .join('\n');
}

function renderToken(token: Token, context: Context): string {
  const { theme, styler, width } = context;
  switch (token.type) {
    case 'paragraph':
    case 'text':
      return 'tokens' in token && token.tokens
        ? wrap(styler.inline(token.tokens), { width })
        : wrap(collapseSpaces(inlineText([token])), { width });
    case 'heading':
      return wrap(theme.heading(collapseSpaces(inlineText(token.tokens ?? []))), { width });
    case 'list':
      return renderList(token as Tokens.List, context);
    case 'blockquote':
      return renderBlockquote(token as Tokens.Blockquote, context);
    case 'code':
    case 'table':
      return clip(styler.block(token), width);
    case 'hr':
      return theme.rule('─'.repeat(Math.min(width ?? 20, 20)));
    case 'html':
      return wrap(
        collapseSpaces(
          inlineText([{ type: 'text', raw: '', text: token.text.replace(/<[^>]*>/g, ' ') }]),
        ),
        { width },
      );
    default:
      return '';
  }
}

function renderTokens(tokens: readonly Token[], context: Context, separator: string): string {
  return tokens
    .map((token) => renderToken(token, context))
    .filter(Boolean)
    .join(separator);
}

function renderBlock(block: Block, context: Context): string {
  switch (block.kind) {
    case 'paragraph':
      return wrap(context.styler.inline(block.prose.tokens), { width: context.width });
    case 'heading':
      return wrap(context.theme.heading(block.prose.text), { width: context.width });
    case 'markdown':
      return renderToken(block.token, context);
  }
}

function metaLine(article: Article, context: Context): string | null {
  const parts = [
    article.date ? formatLongDate(article.date, article.language) : null,
    article.kicker,
    publisherOf(article.source?.url),
    readingTimeLabel(readingMinutes(wordCount(article)), article.language),
  ].filter((part): part is string => Boolean(part));
  return wrap(context.theme.meta(parts.join(' · ')), { width: context.width });
}

function sourceLine(article: Article, context: Context): string | null {
  const source = article.source;
  if (!source) return null;
  const { theme } = context;
  // French sets a (no-break) space before the colon; English does not.
  const colon = article.language.startsWith('fr') ? ' :' : ':';
  const label = theme.label(`${source.label}${colon}`);
  const target = hyperlinkTarget(source.url);
  const address =
    context.hyperlinks && target ? osc8(target, theme.link(source.url)) : theme.link(source.url);
  return wrap(`${label} ${address}`, { width: context.width });
}

function leadParagraphs(article: Article, context: Context): string[] {
  const { theme, styler, width, decorate } = context;
  return article.lead.map((paragraph) => {
    const text = theme.lead(styler.inline(paragraph.tokens));
    if (!decorate) return wrap(text, { width });
    const bar = `${theme.leadBar('▌')} `;
    return wrap(text, { width, prefix: bar });
  });
}

/** The article set for reading: title, one line of facts, lead, body, source. */
export function renderArticle(article: Article, options: ReadOptions): string {
  const context: Context = {
    ...options,
    styler: createMarkdownStyler({ theme: options.theme, hyperlinks: options.hyperlinks }),
  };
  const head = [
    article.title ? wrap(options.theme.title(article.title), { width: options.width }) : null,
    metaLine(article, context),
  ]
    .filter(Boolean)
    .join('\n');
  const sections = [
    head,
    ...leadParagraphs(article, context),
    ...article.body.map((block) => renderBlock(block, context)),
    sourceLine(article, context),
  ].filter((section): section is string => Boolean(section));
  return `${sections.join('\n\n')}\n`;
}
