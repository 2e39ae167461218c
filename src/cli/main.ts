import { existsSync, readFileSync } from 'node:fs';
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { INFO_FIELDS, isInfoField } from '../extract/fields.js';
import { bundledIds, bundledPath } from '../input/resolve.js';
import type { LoadedArticle } from '../load.js';
import {
  type ColorMode,
  type Display,
  MAX_WIDTH,
  MIN_WIDTH,
  resolveDisplay,
} from '../output/display.js';
import { type Io, ignoreBrokenPipe, writeOutput } from '../output/write.js';
import { PACKAGE_JSON } from '../paths.js';
import type { RenderContext } from '../render/style.js';
import { showControls } from '../text/sanitize.js';
import { completionHelp, SHELLS, type Shell } from './completion/shells.js';
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError } from './errors.js';
import { closest } from './suggest.js';

const NAME = 'article';

interface DisplayFlags {
  /** `--color <when>`, or false for `--no-color`. */
  color?: ColorMode | false;
  width?: number;
  pager?: boolean;
}

interface JsonFlag {
  json?: boolean;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(PACKAGE_JSON, 'utf8'));
  return String(pkg.version);
}

function parseWidth(value: string): number {
  const width = Number(value);
  if (!/^\d+$/.test(value) || width < MIN_WIDTH || width > MAX_WIDTH) {
    throw new InvalidArgumentError(
      `expected a whole number of columns from ${MIN_WIDTH} to ${MAX_WIDTH}`,
    );
  }
  return width;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new InvalidArgumentError('expected a whole number from 1 up');
  }
  return Number(value);
}

function addDisplayOptions(command: Command): Command {
  return command
    .addOption(
      new Option('--color <when>', 'when to colour the output (auto: on a terminal only)').choices([
        'auto',
        'always',
        'never',
      ]),
    )
    .option('--no-color', 'same as --color never')
    .option(
      '-w, --width <columns>',
      `wrap lines to this many columns (${MIN_WIDTH}-${MAX_WIDTH})`,
      parseWidth,
    );
}

function displayFor(flags: DisplayFlags, io: Io): Display {
  return resolveDisplay({
    color: flags.color === false ? 'never' : flags.color,
    width: flags.width,
    pager: flags.pager,
    env: io.env,
    isTTY: Boolean(io.stdout.isTTY),
    columns: io.stdout.columns,
  });
}

async function renderContext(display: Display): Promise<RenderContext> {
  const { createTheme, PLAIN_THEME } = await import('../render/theme.js');
  const theme =
    display.colorLevel === 0
      ? PLAIN_THEME
      : createTheme(new (await import('chalk')).Chalk({ level: display.colorLevel }));
  return { theme, width: display.width, terminal: display.terminal };
}

/** One line on stderr; what the user typed is quoted in it, so its control characters are shown. */
function complain(io: Io, message: string): void {
  io.stderr.write(`${NAME}: ${showControls(message)}\n`);
}

async function load(arg: string | undefined, io: Io): Promise<LoadedArticle> {
  const { readArticle } = await import('../load.js');
  const loaded = await readArticle(arg, () => io.stdin);
  if (loaded.warning) complain(io, `warning: ${loaded.warning}`);
  return loaded;
}

const EXAMPLES = `
Examples:
  $ article                              read the bundled article
  $ article read story.md --width 72     read a Markdown file, set at 72 columns
  $ curl -s https://example.org/a.md | article read -
  $ article summary | wc -w              count the words of the lead
  $ article quotes --json | jq -r '.[].speaker'
  $ article info date                    print one fact: 2023-12-13
  $ source <(article completion bash)    Tab completion (also zsh and fish: see completion --help)

Exit status:
    0  success
    1  the command could not do its job (unreadable input, no source in the article, …)
    2  usage error (unknown command or option, bad value, unknown info field)
  130  interrupted by Ctrl-C

Environment:
  NO_COLOR      no colour when set (unless --color always)
  FORCE_COLOR   colour even in a pipe (0 turns it off)
  PAGER         the pager for long articles on a terminal (default: less -FRX)
  COLUMNS       the width when the terminal does not say
  TERM          dumb: no colour and no pager

The manual: man article`;

/** Real invocations, two or three per command, shown under its --help. */
const COMMAND_EXAMPLES: Readonly<Record<string, string>> = {
  read: `  $ article read                         the bundled article
  $ article read story.md --width 72     a Markdown file, set at 72 columns
  $ curl -s https://example.org/a.md | article read -`,
  summary: `  $ article summary | wc -w              count the words of the lead
  $ article summary --sentences 1        its first sentence
  $ article summary --json | jq -r .text`,
  quotes: `  $ article quotes --json | jq -r '.[].speaker'
  $ article quotes --speaker leijtens    one person's quotes (any case, no accents needed)
  $ article quotes | cut -f2 | sort | uniq -c`,
  source: `  $ xdg-open "$(article source)"         open the original article
  $ article source --json | jq -r '.cited[].name'`,
  info: `  $ article info date                    print one fact: 2023-12-13
  $ article info words story.md          the word count of a Markdown file
  $ article info --json | jq .readingMinutes`,
  list: `  $ article list                         id, date and title of each bundled article
  $ article list --json | jq -r '.[].id'`,
};

export function buildProgram(io: Io): Command {
  const program = new Command(NAME)
    .description(
      'Read a news article in the terminal, or look up its summary, quotes, source and facts.',
    )
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show the help of a command, with examples')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) =>
        write(
          `${NAME}: ${showControls(text.replace(/^error: /, '').trimEnd())} (see '${NAME} --help')\n`,
        ),
    });
  const commandNames = () => program.commands.map((c) => c.name());

  addDisplayOptions(
    program
      .command('read', { isDefault: true })
      .description('read the article, set for the terminal (the default command)')
      .argument('[article]', "bundled article id, Markdown file, or '-' for standard input")
      .option('--no-pager', 'never send long articles through the pager'),
  ).action(async (arg: string | undefined, flags: DisplayFlags) => {
    rejectMistypedCommand(arg, commandNames());
    const { article } = await load(arg, io);
    const display = displayFor(flags, io);
    // marked-terminal builds its defaults on chalk's shared instance, which guesses colour from
    // process.argv (and so reads `--color never` as `--color`): it is told our decision instead.
    (await import('chalk')).default.level = display.colorLevel;
    const context = await renderContext(display);
    const { renderArticle } = await import('../render/read.js');
    const text = renderArticle(article, {
      theme: context.theme,
      width: display.width,
      hyperlinks: display.hyperlinks,
      decorate: display.terminal,
    });
    await writeOutput(text, io, { pager: display.pager });
  });

  addDisplayOptions(
    program
      .command('summary')
      .description("print the article's lead (its standfirst), or its opening when it has none")
      .argument('[article]', "bundled article id, Markdown file, or '-'")
      .option('-s, --sentences <n>', 'keep only the first N sentences', parseCount)
      .option('--json', 'print {"text", "paragraphs"} as JSON'),
  ).action(
    async (arg: string | undefined, flags: DisplayFlags & JsonFlag & { sentences?: number }) => {
      const { article } = await load(arg, io);
      const { summarize } = await import('../extract/summary.js');
      const { renderJson, renderSummary } = await import('../render/reports.js');
      const summary = summarize(article, { sentences: flags.sentences });
      const text = flags.json
        ? renderJson({ text: summary.text, paragraphs: summary.paragraphs, from: summary.from })
        : renderSummary(summary, await renderContext(displayFor(flags, io)));
      await writeOutput(text, io, { pager: false });
    },
  );

  addDisplayOptions(
    program
      .command('quotes')
      .description('list every direct quotation with who said it')
      .argument('[article]', "bundled article id, Markdown file, or '-'")
      .option(
        '--speaker <name>',
        'only the quotes of this speaker (part of a name, any case or accents)',
      )
      .option('--json', 'print [{"text", "speaker", "role", "parts"}] as JSON'),
  ).action(
    async (arg: string | undefined, flags: DisplayFlags & JsonFlag & { speaker?: string }) => {
      const { article } = await load(arg, io);
      const wanted = flags.speaker;
      const { extractQuotes } = await import('../extract/quotes/quotes.js');
      const { matchesName } = await import('../text/fold.js');
      const { renderJson, renderQuotes } = await import('../render/reports.js');
      const quotes = extractQuotes(article).filter(
        (q) => wanted === undefined || (q.speaker !== null && matchesName(q.speaker, wanted)),
      );
      const text = flags.json
        ? renderJson(quotes)
        : renderQuotes(quotes, await renderContext(displayFor(flags, io)));
      await writeOutput(text, io, { pager: false });
    },
  );

  addDisplayOptions(
    program
      .command('source')
      .description(
        'print where the article comes from: its URL (alone in a pipe), publisher and cited sources',
      )
      .argument('[article]', "bundled article id, Markdown file, or '-'")
      .option('--json', 'print {"url", "publisher", "cited"} as JSON'),
  ).action(async (arg: string | undefined, flags: DisplayFlags & JsonFlag) => {
    const loaded = await load(arg, io);
    const { extractSource } = await import('../extract/source.js');
    const { renderJson, renderSource } = await import('../render/reports.js');
    const source = extractSource(loaded.article);
    if (flags.json) return writeOutput(renderJson(source), io, { pager: false });
    if (!source.url) throw new CliError(`${loaded.name}: the article names no source`);
    await writeOutput(renderSource(source, await renderContext(displayFor(flags, io))), io, {
      pager: false,
    });
  });

  addDisplayOptions(
    program
      .command('info')
      .description('print every fact about the article, or one of them raw for scripts')
      .argument('[field]', `one of: ${INFO_FIELDS.join(', ')}`)
      .argument('[article]', "bundled article id, Markdown file, or '-'")
      .option('--json', 'print every fact as one JSON object'),
  ).action(
    async (field: string | undefined, arg: string | undefined, flags: DisplayFlags & JsonFlag) => {
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
      const loaded = await load(arg, io);
      const { articleInfo } = await import('../extract/info.js');
      const { renderInfo, renderInfoField, renderJson } = await import('../render/reports.js');
      const info = articleInfo(loaded.article);
      if (flags.json)
        return writeOutput(renderJson(field ? info[field] : info), io, { pager: false });
      if (field) {
        if (info[field] === null) throw new CliError(`${loaded.name}: the article has no ${field}`);
        return writeOutput(renderInfoField(info, field), io, { pager: false });
      }
      await writeOutput(renderInfo(info, await renderContext(displayFor(flags, io))), io, {
        pager: false,
      });
    },
  );

  addDisplayOptions(
    program
      .command('list')
      .description('list the bundled articles: id, date and title')
      .option('--json', 'print [{"id", "date", "title"}] as JSON'),
  ).action(async (flags: DisplayFlags & JsonFlag) => {
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
  });

  program
    .command('completion')
    .description('print the completion script for bash, zsh or fish (see its --help to install)')
    .addArgument(new Argument('<shell>', 'the shell to complete in').choices(SHELLS))
    .addHelpText('after', completionHelp(NAME))
    .action(async (shell: Shell) => {
      const { completionScript } = await import('./completion/index.js');
      await writeOutput(completionScript(program, shell), io, { pager: false });
    });

  for (const command of program.commands) {
    const examples = COMMAND_EXAMPLES[command.name()];
    if (examples) command.addHelpText('after', `\nExamples:\n${examples}`);
  }

  return program;
}

/**
 * `article sumary` would otherwise be read as an article named "sumary" by the default command: a
 * word that is no file but is close to a command name is a mistyped command.
 */
/** No field name holds a dot or a slash: an argument that does is a file, found or not. */
function namesArticle(arg: string): boolean {
  return (
    arg === '-' ||
    /[/\\.]/.test(arg) ||
    existsSync(arg) ||
    bundledIds().includes(arg.replace(/\.md$/, ''))
  );
}

function rejectMistypedCommand(arg: string | undefined, commands: readonly string[]): void {
  if (arg === undefined || /[/\\.]/.test(arg) || existsSync(arg) || bundledIds().includes(arg))
    return;
  const hint = closest(arg, commands);
  if (hint) throw new UsageError(`unknown command '${arg}'. Did you mean ${hint}?`);
}

function exitCodeOf(error: CommanderError): number {
  const succeeded = ['commander.helpDisplayed', 'commander.version', 'commander.help'];
  return succeeded.includes(error.code) ? EXIT_OK : EXIT_USAGE;
}

/** Runs the command line; resolves to the exit status instead of exiting, so tests can call it. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  ignoreBrokenPipe(io.stdout);
  try {
    await buildProgram(io).parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) return exitCodeOf(error);
    if (error instanceof CliError) {
      complain(io, error.message);
      return error.exitCode;
    }
    complain(io, `unexpected error: ${(error as Error).message ?? String(error)}`);
    return EXIT_FAILURE;
  }
}
