import type { ArticleInfo, InfoField } from '../extract/info.js';
import type { Quote } from '../extract/quotes/quotes.js';
import type { ArticleSource } from '../extract/source.js';
import type { Summary } from '../extract/summary.js';
import type { RenderContext } from './style.js';
import { displayWidth, wrap } from './wrap.js';

/** One JSON document, the same whatever stdout is, so `| jq` always works. */
export function renderJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function renderSummary(summary: Summary, { width }: RenderContext): string {
  return `${summary.paragraphs.map((p) => wrap(p, { width })).join('\n\n')}\n`;
}

/** The quotation set in the marks the article used: guillemets for French, curly quotes else. */
function quoted(quote: Quote): string {
  if (quote.mark === '«' || quote.mark === '‹') return `« ${quote.text} »`;
  if (quote.mark === '„') return `„${quote.text}“`;
  return `“${quote.text}”`;
}

/** `— Hans Leijtens, directeur exécutif de Frontex`: the name bold, the role dim. */
function byline(quote: Quote, theme: RenderContext['theme']): string {
  if (!quote.speaker && !quote.role) return theme.meta('— speaker not named');
  const who = [quote.speaker && theme.name(quote.speaker), quote.role && theme.meta(quote.role)];
  return `— ${who.filter(Boolean).join(', ')}`;
}

/** Terminal: numbered quotes with their speaker under each. Pipe: `text<TAB>speaker` lines. */
export function renderQuotes(quotes: readonly Quote[], context: RenderContext): string {
  if (!context.terminal) {
    return quotes.map((q) => `${q.text.replace(/[\t\n]/g, ' ')}\t${q.speaker ?? ''}\n`).join('');
  }
  const { theme, width } = context;
  const numberWidth = String(quotes.length).length + 2;
  return quotes
    .map((quote, i) => {
      const number = theme.number(`${i + 1}.`.padEnd(numberWidth));
      const indent = ' '.repeat(numberWidth);
      const text = wrap(quoted(quote), { width, firstPrefix: number, prefix: indent });
      return `${text}\n${wrap(byline(quote, theme), { width, prefix: indent })}\n`;
    })
    .join('\n');
}

/** One row of a labelled table: a label, or '' to go on under the row above. */
type Row = readonly [label: string, value: string];

/**
 * The one layout of every labelled table (`info`, `source` on a terminal, `info` in a pipe): the
 * labels with their colon in one column, dim on a terminal, each value wrapped under its first word.
 */
function labelled(rows: readonly Row[], { theme, width, terminal }: RenderContext): string {
  const labelWidth = Math.max(...rows.map(([label]) => displayWidth(label))) + 2;
  return rows
    .map(([label, value]) => {
      const shown = (label ? `${label}:` : '').padEnd(labelWidth);
      return wrap(value, {
        width,
        firstPrefix: terminal ? theme.label(shown) : shown,
        prefix: ' '.repeat(labelWidth),
      });
    })
    .map((line) => `${line}\n`)
    .join('');
}

export function renderSource(source: ArticleSource, context: RenderContext): string {
  if (!context.terminal) return `${source.url}\n`;
  const { theme } = context;
  const rows: Row[] = [['Source', theme.link(source.url ?? '')]];
  if (source.publisher) rows.push(['Publisher', source.publisher]);
  source.cited.forEach((cited, i) => {
    const shown = cited.url ? `${cited.name} ${theme.href(`(${cited.url})`)}` : cited.name;
    rows.push([i === 0 ? 'Cited' : '', shown]);
  });
  return labelled(rows, context);
}

/** A single fact, raw, for `$(article info date)`. */
export function renderInfoField(info: ArticleInfo, field: InfoField): string {
  const value = info[field];
  if (Array.isArray(value)) {
    return value.map((p) => `${p.name}\t${p.role ?? ''}\n`).join('');
  }
  return `${value}\n`;
}

const LABELS: Readonly<Record<InfoField, string>> = {
  title: 'Title',
  date: 'Date',
  author: 'Author',
  kicker: 'Kicker',
  language: 'Language',
  words: 'Words',
  readingMinutes: 'Reading time',
  publisher: 'Publisher',
  source: 'Source',
  quotes: 'Quotes',
  people: 'People',
  links: 'Links',
};

export function renderInfo(info: ArticleInfo, context: RenderContext): string {
  const rows: Row[] = [];
  for (const field of Object.keys(LABELS) as InfoField[]) {
    const value = info[field];
    if (field === 'people') continue;
    const shown =
      field === 'readingMinutes' ? `${value} min` : value === null ? '—' : String(value);
    rows.push([LABELS[field], shown]);
  }
  info.people.forEach((person, i) => {
    rows.push([
      i === 0 ? LABELS.people : '',
      person.role ? `${person.name}, ${person.role}` : person.name,
    ]);
  });
  return labelled(rows, context);
}

export interface ListedArticle {
  readonly id: string;
  readonly date: string | null;
  readonly title: string | null;
}

/** Pipe: `id<TAB>date<TAB>title` records. Terminal: columns, each title wrapped under itself. */
export function renderList(articles: readonly ListedArticle[], context: RenderContext): string {
  const { theme, width, terminal } = context;
  if (!terminal) {
    return articles.map((a) => `${a.id}\t${a.date ?? ''}\t${a.title ?? ''}\n`).join('');
  }
  const idWidth = Math.max(...articles.map((a) => displayWidth(a.id)));
  const dateWidth = Math.max(...articles.map((a) => displayWidth(a.date ?? '')));
  const indent = idWidth + dateWidth + 4;
  const pad = (text: string, columns: number) => ' '.repeat(columns - displayWidth(text) + 2);
  return articles
    .map((a) => {
      const date = a.date ?? '';
      const columns = `${theme.name(a.id)}${pad(a.id, idWidth)}${theme.meta(date)}${pad(date, dateWidth)}`;
      const line = wrap(a.title ?? '', { width, firstPrefix: columns, prefix: ' '.repeat(indent) });
      return `${line.trimEnd()}\n`;
    })
    .join('');
}
