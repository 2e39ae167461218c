/**
 * What each command does, as plain functions of its arguments, flags and streams: load the
 * article, extract what was asked, render it as JSON or text, write it. The command line
 * (program.ts) only declares them. Modules a command alone needs are imported when it runs, so a
 * command loads only its own code.
 */
import { existsSync } from 'node:fs';
import { INFO_FIELDS, type InfoField, isInfoField } from '../extract/fields.js';
import { bundledIds, bundledPath } from '../input/resolve.js';
import type { LoadedArticle } from '../load.js';
import type { Article } from '../model/article.js';
import { type ColorMode, type Display, resolveDisplay } from '../output/display.js';
import { type Io, writeOutput } from '../output/write.js';
import type { RenderContext } from '../render/style.js';
import { CliError, UsageError } from './errors.js';
import { complain } from './messages.js';
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

/** A command that reports on one article: what it extracts, and how it shows it. */
interface Report<T> {
  extract(article: Article): Promise<T>;
  /** The value `--json` prints. */
  json(value: T): unknown;
  /** The value as text for a terminal or a pipe; throws when there is nothing to show. */
  text(value: T, context: RenderContext, loaded: LoadedArticle): Promise<string>;
}

/** The one path every report takes: load → extract → JSON or text → write. */
async function runReport<T>(
  report: Report<T>,
  arg: string | undefined,
  flags: DisplayFlags & JsonFlag & InputFlags,
  io: Io,
): Promise<T> {
  const loaded = await load(arg, flags, io);
  const value = await report.extract(loaded.article);
  const text = flags.json
    ? (await import('../render/reports.js')).renderJson(report.json(value))
    : await report.text(value, await renderContext(displayFor(flags, io)), loaded);
  await writeOutput(text, io, { pager: false });
  return value;
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

export async function summary(arg: string | undefined, flags: SummaryFlags, io: Io): Promise<void> {
  await runReport(
    {
      extract: async (article) => (await import('../extract/summary.js')).summarize(article, flags),
      json: ({ text, paragraphs, from }) => ({ text, paragraphs, from }),
      text: async (value, context) =>
        (await import('../render/reports.js')).renderSummary(value, context),
    },
    arg,
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
export async function quotes(arg: string | undefined, flags: QuotesFlags, io: Io): Promise<void> {
  const wanted = flags.speaker;
  const found = await runReport(
    {
      extract: async (article) => {
        const [{ extractQuotes }, { matchesName }] = await Promise.all([
          import('../extract/quotes/quotes.js'),
          import('../text/fold.js'),
        ]);
        return extractQuotes(article).filter(
          (q) => wanted === undefined || (q.speaker !== null && matchesName(q.speaker, wanted)),
        );
      },
      json: (value) => value,
      text: async (value, context) =>
        (await import('../render/reports.js')).renderQuotes(value, context),
    },
    arg,
    flags,
    io,
  );
  if (wanted !== undefined && found.length === 0) {
    throw new CliError(io.stdout.isTTY ? `no quote by a speaker matching '${wanted}'` : '');
  }
}

export async function source(
  arg: string | undefined,
  flags: DisplayFlags & JsonFlag & InputFlags,
  io: Io,
): Promise<void> {
  await runReport(
    {
      extract: async (article) => (await import('../extract/source.js')).extractSource(article),
      json: (value) => value,
      text: async (value, context, loaded) => {
        if (!value.url) throw new CliError(`${loaded.name}: the article names no source`);
        return (await import('../render/reports.js')).renderSource(value, context);
      },
    },
    arg,
    flags,
    io,
  );
}

/** No field name holds a dot or a slash: an argument that does is a file, found or not. */
function namesArticle(arg: string): boolean {
  return (
    arg === '-' ||
    /[/\\.]/.test(arg) ||
    existsSync(arg) ||
    bundledIds().includes(arg.replace(/\.md$/, ''))
  );
}

export async function info(
  field: string | undefined,
  arg: string | undefined,
  flags: DisplayFlags & JsonFlag & InputFlags,
  io: Io,
): Promise<void> {
  // `article info story.md`: a lone argument that names an article is the article.
  if (field !== undefined && arg === undefined && !isInfoField(field) && namesArticle(field)) {
    [field, arg] = [undefined, field];
  }
  if (field !== undefined && !isInfoField(field)) {
    const hint = closest(field, INFO_FIELDS);
    throw new UsageError(
      `unknown field '${field}'${hint ? ` (did you mean ${hint}?)` : ''}; fields: ${INFO_FIELDS.join(', ')}`,
    );
  }
  const one: InfoField | undefined = field;
  await runReport(
    {
      extract: async (article) => (await import('../extract/info.js')).articleInfo(article),
      json: (value) => (one ? value[one] : value),
      text: async (value, context, loaded) => {
        const { renderInfo, renderInfoField } = await import('../render/reports.js');
        if (!one) return renderInfo(value, context);
        if (value[one] === null) throw new CliError(`${loaded.name}: the article has no ${one}`);
        return renderInfoField(value, one);
      },
    },
    arg,
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
