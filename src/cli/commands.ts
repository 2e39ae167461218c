/**
 * What each command does, as plain functions of its arguments, flags and streams: load the
 * article, extract what was asked, render it as JSON or text, write it. The command line
 * (program.ts) only declares them. Modules a command alone needs are imported when it runs, so a
 * command loads only its own code.
 */
import { existsSync } from 'node:fs';
import { ArticleError } from '../errors.js';
import { type ArticleInfo, INFO_FIELDS, type InfoField, isInfoField } from '../extract/fields.js';
import type { ArticleSource } from '../extract/source.js';
import type { Summary } from '../extract/summary.js';
import { bundledIds, bundledPath } from '../input/resolve.js';
import type { LoadedArticle } from '../load.js';
import type { Article } from '../model/article.js';
import { type ColorMode, type Display, resolveDisplay } from '../output/display.js';
import { type Io, writeOutput } from '../output/write.js';
import type { RenderContext } from '../render/style.js';
import { CliError, UsageError } from './errors.js';
import { keepHeapSmall } from './heap.js';
import { complain, failureMessage } from './messages.js';
import { closest } from './suggest.js';

export interface DisplayFlags {
  /** `--color <when>`, or false for `--no-color`. */
  readonly color?: ColorMode | false;
  readonly width?: number;
  readonly pager?: boolean;
}

export interface JsonFlag {
  readonly json?: boolean;
}

/** `--timeout <seconds>`: how long fetching a web address may take. */
export interface InputFlags {
  readonly timeout?: number;
}

export function displayFor(flags: DisplayFlags, io: Io): Display {
  return resolveDisplay({
    color: flags.color === false ? 'never' : flags.color,
    width: flags.width,
    pager: flags.pager,
    env: io.env,
    isTTY: Boolean(io.stdout.isTTY),
    columns: io.stdout.columns,
  });
}

/** The styles and measures for a display; chalk is loaded only when there is colour to show. */
async function renderContext(display: Display): Promise<RenderContext> {
  const { createTheme, PLAIN_THEME } = await import('../render/theme.js');
  const theme =
    display.colorLevel === 0
      ? PLAIN_THEME
      : createTheme(new (await import('chalk')).Chalk({ level: display.colorLevel }));
  return {
    theme,
    width: display.width,
    terminal: display.terminal,
    hyperlinks: display.hyperlinks,
  };
}

async function load(arg: string | undefined, flags: InputFlags, io: Io): Promise<LoadedArticle> {
  const { readArticle } = await import('../load.js');
  const loaded = await readArticle(arg, () => io.stdin, { timeoutSeconds: flags.timeout });
  if (loaded.warning) complain(io, `warning: ${loaded.warning}`);
  return loaded;
}

/** A command that reports on articles: what it extracts, and how it shows it. */
interface Report<T> {
  extract(article: Article): Promise<T>;
  /** The value `--json` prints for one article. */
  json(value: T): unknown;
  /**
   * With several articles, each JSON Lines record holds `"article"`, then the value's keys when
   * it is an object, else the value under this key (`"quotes": […]`).
   */
  readonly key: string;
  /** The value as text for a terminal or a pipe; throws when there is nothing to show. */
  text(value: T, context: RenderContext, loaded: LoadedArticle): Promise<string>;
  /**
   * With several articles, in a pipe: records opening with the article and a tab, or a block
   * under a `==> article <==` header. Throws, as `text` does, when there is nothing to show.
   */
  records(
    value: T,
    article: string,
    first: boolean,
    loaded: LoadedArticle,
    context: RenderContext,
  ): Promise<string>;
}

/** A failure of one article among several: said on stderr, and the others go on. */
function articleFailure(error: unknown): string | null {
  if (error instanceof ArticleError) return failureMessage(error);
  if (error instanceof CliError && !(error instanceof UsageError)) return error.message;
  return null;
}

/**
 * The one path every report takes: load → extract → JSON or text → write. With several articles,
 * each is read, extracted and written before the next, and nothing of it is kept, so memory holds
 * one article at a time and output keeps the arguments' order; one that fails is named on stderr
 * and the status is 1 at the end.
 */
async function runReport<T>(
  report: Report<T>,
  args: readonly string[],
  flags: DisplayFlags & JsonFlag & InputFlags,
  io: Io,
): Promise<void> {
  if (args.filter((arg) => arg === '-').length > 1) {
    throw new UsageError("'-': standard input can be read once only");
  }
  const context = flags.json ? null : await renderContext(displayFor(flags, io));
  const several = args.length > 1;
  if (several) keepHeapSmall();
  let failed = false;
  for (const [i, arg] of (args.length > 0 ? args : [undefined]).entries()) {
    try {
      const loaded = await load(arg, flags, io);
      const value = await report.extract(loaded.article);
      const name = arg ?? loaded.name;
      const [{ renderJson }, { renderJsonLine, terminalHeading }] = await Promise.all([
        import('../render/reports.js'),
        import('../render/records.js'),
      ]);
      let text: string;
      if (!context) {
        const json = report.json(value);
        const record =
          json && typeof json === 'object' && !Array.isArray(json) ? json : { [report.key]: json };
        text = several ? renderJsonLine(name, record) : renderJson(json);
      } else if (!several) {
        text = await report.text(value, context, loaded);
      } else if (context.terminal) {
        text =
          terminalHeading(name, i === 0, context) + (await report.text(value, context, loaded));
      } else {
        text = await report.records(value, name, i === 0, loaded, context);
      }
      await writeOutput(text, io, { pager: false });
    } catch (error) {
      const message = several ? articleFailure(error) : null;
      if (message === null) throw error;
      complain(io, message);
      failed = true;
    }
  }
  if (failed) throw new CliError('');
}

export async function read(
  arg: string | undefined,
  flags: DisplayFlags & InputFlags,
  io: Io,
): Promise<void> {
  const { article } = await load(arg, flags, io);
  const display = displayFor(flags, io);
  const [{ articleInfo }, { renderArticle }, context] = await Promise.all([
    import('../extract/info.js'),
    import('../render/read.js'),
    renderContext(display),
  ]);
  await writeOutput(renderArticle(article, articleInfo(article), context), io, {
    pager: display.pager,
  });
}

export interface SummaryFlags extends DisplayFlags, JsonFlag, InputFlags {
  readonly sentences?: number;
}

export async function summary(args: readonly string[], flags: SummaryFlags, io: Io): Promise<void> {
  const render = async (value: Summary, context: RenderContext) =>
    (await import('../render/reports.js')).renderSummary(value, context);
  await runReport(
    {
      extract: async (article) => (await import('../extract/summary.js')).summarize(article, flags),
      json: ({ text, paragraphs, from }) => ({ text, paragraphs, from }),
      key: 'summary',
      text: render,
      records: async (value, article, first, _loaded, context) =>
        (await import('../render/records.js')).blockHeader(article, first) +
        (await render(value, context)),
    },
    args,
    flags,
    io,
  );
}

export interface QuotesFlags extends DisplayFlags, JsonFlag, InputFlags {
  readonly speaker?: string;
}

/**
 * `--speaker` is a filter, and answers as grep does: when no quote matches, the exit status is 1
 * (a pipe stays empty, JSON is `[]`), and on a terminal a line on stderr says so.
 */
export async function quotes(args: readonly string[], flags: QuotesFlags, io: Io): Promise<void> {
  const wanted = flags.speaker;
  if (wanted !== undefined && !wanted.trim()) {
    throw new UsageError("--speaker: '' matches every speaker; give part of a name");
  }
  let matched = false;
  await runReport(
    {
      extract: async (article) => {
        const [{ extractQuotes }, { matchesName }] = await Promise.all([
          import('../extract/quotes/quotes.js'),
          import('../text/fold.js'),
        ]);
        const found = extractQuotes(article).filter(
          (q) => wanted === undefined || (q.speaker !== null && matchesName(q.speaker, wanted)),
        );
        matched ||= found.length > 0;
        return found;
      },
      json: (value) => value,
      key: 'quotes',
      text: async (value, context) =>
        (await import('../render/reports.js')).renderQuotes(value, context),
      records: async (value, article) =>
        (await import('../render/records.js')).quoteRecords(article, value),
    },
    args,
    flags,
    io,
  );
  if (wanted !== undefined && !matched) {
    throw new CliError(io.stdout.isTTY ? `no quote by a speaker matching '${wanted}'` : '');
  }
}

export async function source(
  args: readonly string[],
  flags: DisplayFlags & JsonFlag & InputFlags,
  io: Io,
): Promise<void> {
  const named = (value: ArticleSource, loaded: LoadedArticle): string => {
    if (!value.url) throw new CliError(`${loaded.name}: the article names no source`);
    return value.url;
  };
  await runReport(
    {
      extract: async (article) => (await import('../extract/source.js')).extractSource(article),
      json: (value) => value,
      key: 'source',
      text: async (value, context, loaded) => {
        named(value, loaded);
        return (await import('../render/reports.js')).renderSource(value, context);
      },
      records: async (value, article, _first, loaded) =>
        `${(await import('../render/records.js')).cell(article)}\t${named(value, loaded)}\n`,
    },
    args,
    flags,
    io,
  );
}

/** No field name holds a dot or a slash: an argument that does is a file, found or not. */
function namesArticle(arg: string): boolean {
  return (
    arg === '-' ||
    /[/\\.]/.test(arg) ||
    /^https?:\/\//i.test(arg) ||
    existsSync(arg) ||
    bundledIds().includes(arg.replace(/\.md$/, ''))
  );
}

/** Fields, one by one or as a comma list (`date,title`), then the articles they are asked of. */
interface InfoRequest {
  readonly fields: readonly InfoField[];
  readonly articles: readonly string[];
}

function unknownField(name: string): UsageError {
  const hint = closest(name, INFO_FIELDS);
  return new UsageError(
    `unknown field '${name}'${hint ? ` (did you mean ${hint}?)` : ''}; fields: ${INFO_FIELDS.join(', ')}`,
  );
}

/**
 * `info date title a.md b.md`, `info date,title a.md`, `info date -- date.md`: the leading words
 * that are fields (or comma lists of them) are the fields, the rest the articles; after `--`,
 * every word is an article. A word that is neither a field nor an article is a mistyped field.
 */
export function infoRequest(words: readonly string[], afterDashes: number): InfoRequest {
  const fields: InfoField[] = [];
  let at = 0;
  for (; at < Math.min(words.length, afterDashes); at++) {
    const word = words[at] ?? '';
    const names = word.split(',').filter(Boolean);
    if (names.length > 0 && names.every(isInfoField)) {
      fields.push(...names);
      continue;
    }
    if (namesArticle(word)) break;
    throw unknownField(names.find((name) => !isInfoField(name)) ?? word);
  }
  return { fields, articles: words.slice(at) };
}

export async function info(
  words: readonly string[],
  afterDashes: number,
  flags: DisplayFlags & JsonFlag & InputFlags,
  io: Io,
): Promise<void> {
  const { fields, articles } = infoRequest(words, afterDashes);
  const [one] = fields;
  const picked = (value: ArticleInfo) =>
    Object.fromEntries(fields.map((field) => [field, value[field]]));
  const missing = (value: ArticleInfo, loaded: LoadedArticle) => {
    if (one !== undefined && fields.length === 1 && value[one] === null) {
      throw new CliError(`${loaded.name}: the article has no ${one}`);
    }
  };
  await runReport(
    {
      extract: async (article) => (await import('../extract/info.js')).articleInfo(article),
      json: (value) =>
        fields.length === 0 ? value : one && fields.length === 1 ? value[one] : picked(value),
      key: one ?? 'info',
      text: async (value, context, loaded) => {
        const { renderInfo, renderInfoField } = await import('../render/reports.js');
        if (one === undefined) return renderInfo(value, context);
        missing(value, loaded);
        if (fields.length === 1) return renderInfoField(value, one);
        const { factCell } = await import('../render/records.js');
        return `${fields.map((field) => factCell(value, field)).join('\t')}\n`;
      },
      records: async (value, article, first, loaded, context) => {
        const records = await import('../render/records.js');
        if (one === undefined) {
          const { renderInfo } = await import('../render/reports.js');
          return records.blockHeader(article, first) + renderInfo(value, context);
        }
        missing(value, loaded);
        if (fields.length === 1 && one === 'people') {
          return value.people
            .map((p) => `${records.cell(article)}\t${p.name}\t${p.role ?? ''}\n`)
            .join('');
        }
        const cells = fields.map((field) => records.factCell(value, field));
        return `${[records.cell(article), ...cells].join('\t')}\n`;
      },
    },
    articles,
    flags,
    io,
  );
}

/** `article get`: the article as clean Markdown with its facts as front matter, never paged. */
export async function get(arg: string | undefined, flags: InputFlags, io: Io): Promise<void> {
  const { article, markdown } = await load(arg, flags, io);
  const [{ articleInfo }, { renderCleanMarkdown }] = await Promise.all([
    import('../extract/info.js'),
    import('../render/clean-markdown.js'),
  ]);
  await writeOutput(renderCleanMarkdown(article, markdown, articleInfo(article)), io, {
    pager: false,
  });
}

export async function list(flags: DisplayFlags & JsonFlag, io: Io): Promise<void> {
  const { readArticle } = await import('../load.js');
  const { renderJson, renderList } = await import('../render/reports.js');
  const articles = await Promise.all(
    bundledIds().map(async (id) => {
      const { article } = await readArticle(bundledPath(id));
      return { id, date: article.date, title: article.title };
    }),
  );
  const text = flags.json
    ? renderJson(articles)
    : renderList(articles, await renderContext(displayFor(flags, io)));
  await writeOutput(text, io, { pager: false });
}
