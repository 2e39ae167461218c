import type { ArticleInfo, InfoField } from '../extract/info.js';
import type { Quote } from '../extract/quotes/quotes.js';
import type { ArticleSource } from '../extract/source.js';
import type { Summary } from '../extract/summary.js';
import type { RenderContext } from './style.js';
import { wrap } from './wrap.js';

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

export function renderSource(source: ArticleSource, context: RenderContext): string {
  if (!context.terminal) return `${source.url}\n`;
  const { theme, width } = context;
  const lines = [
    wrap(`${theme.label('Source')}     ${theme.link(source.url ?? '')}`, { width }),
    source.publisher ? wrap(`${theme.label('Publisher')}  ${source.publisher}`, { width }) : null,
    ...(source.cited.length > 0 ? [wrap(theme.label('Cited'), { width })] : []),
    ...source.cited.map((c) =>
      wrap(`${c.name}${c.url ? ` ${theme.href(`(${c.url})`)}` : ''}`, {
        width,
        firstPrefix: '  • ',
        prefix: '    ',
      }),
    ),
  ];
  return `${lines.filter(Boolean).join('\n')}\n`;
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
  const { theme, width } = context;
  const labelWidth = Math.max(...Object.values(LABELS).map((l) => l.length)) + 2;
  const line = (label: string, value: string) =>
    wrap(value, {
      width,
      firstPrefix: context.terminal
        ? theme.label(label.padEnd(labelWidth))
        : (label && `${label}:`).padEnd(labelWidth),
      prefix: ' '.repeat(labelWidth),
    });
  const rows: string[] = [];
  for (const field of Object.keys(LABELS) as InfoField[]) {
    const value = info[field];
    if (field === 'people') continue;
    const shown =
      field === 'readingMinutes' ? `${value} min` : value === null ? '—' : String(value);
    rows.push(line(LABELS[field], shown));
  }
  info.people.forEach((person, i) => {
    rows.push(
      line(
        i === 0 ? LABELS.people : '',
        person.role ? `${person.name}, ${person.role}` : person.name,
      ),
    );
  });
  return `${rows.join('\n')}\n`;
}

export interface ListedArticle {
  readonly id: string;
  readonly date: string | null;
  readonly title: string | null;
}

export function renderList(articles: readonly ListedArticle[], context: RenderContext): string {
  return articles
    .map((a) => {
      const row = [a.id, a.date ?? '', a.title ?? ''];
      return context.terminal
        ? wrap(
            `${context.theme.name(a.id)}  ${context.theme.meta(a.date ?? '')}  ${a.title ?? ''}`,
            { width: context.width },
          )
        : row.join('\t');
    })
    .map((line) => `${line}\n`)
    .join('');
}
