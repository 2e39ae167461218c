/**
 * The command line, declared: each command as one row of a table (its words, arguments, options
 * and examples) whose action is a line calling a plain function of commands.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Argument, Command, InvalidArgumentError, Option } from 'commander';
import { INFO_FIELDS } from '../extract/fields.js';
import { bundledIds } from '../input/resolve.js';
import { DEFAULT_TIMEOUT_SECONDS } from '../input/web/limits.js';
import { MAX_WIDTH, MIN_WIDTH } from '../output/display.js';
import { type Io, writeOutput } from '../output/write.js';
import { PACKAGE_JSON } from '../paths.js';
import * as commands from './commands.js';
import { completionHelp, SHELLS, type Shell } from './completion/shells.js';
import { UsageError } from './errors.js';
import { NAME } from './messages.js';
import { closest } from './suggest.js';
import { usageLine } from './usage.js';

function version(): string {
  return String(JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')).version);
}

function parseWidth(value: string): number {
  const width = Number(value);
  if (!/^\d+$/.test(value) || width < MIN_WIDTH || width > MAX_WIDTH) {
    throw new InvalidArgumentError(
      `not a whole number of columns from ${MIN_WIDTH} to ${MAX_WIDTH}`,
    );
  }
  return width;
}

function parseSeconds(value: string): number {
  if (!/^\d+(?:\.\d+)?$/.test(value) || Number(value) <= 0) {
    throw new InvalidArgumentError('not a number of seconds above 0');
  }
  return Number(value);
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new InvalidArgumentError('not a whole number from 1 up');
  }
  return Number(value);
}

/** `--color`, `--no-color` and `--width`: every command that shows an article takes them. */
function displayOptions(): Option[] {
  return [
    new Option('--color <when>', 'when to colour the output (auto: on a terminal only)').choices([
      'auto',
      'always',
      'never',
    ]),
    new Option('--no-color', 'same as --color never'),
    new Option(
      '-w, --width <columns>',
      `wrap lines to this many columns (${MIN_WIDTH}-${MAX_WIDTH})`,
    ).argParser(parseWidth),
  ];
}

/**
 * The keys each command's `--json` prints, the one list its help shows them from; a test holds
 * them to what the command prints and to the README's examples.
 */
export const JSON_KEYS = {
  summary: { array: false, keys: ['text', 'paragraphs', 'from'] },
  quotes: { array: true, keys: ['text', 'speaker', 'role', 'parts', 'mark', 'cue'] },
  source: { array: false, keys: ['url', 'publisher', 'cited'] },
  list: { array: true, keys: ['id', 'date', 'title'] },
} as const;

function json(command: keyof typeof JSON_KEYS): Option {
  const { array, keys } = JSON_KEYS[command];
  const object = `{${keys.map((key) => `"${key}"`).join(', ')}}`;
  return new Option('--json', `print ${array ? `[${object}]` : object} as JSON`);
}
const timeout = () =>
  new Option(
    '--timeout <seconds>',
    `give up fetching a web address after this long (default: ${DEFAULT_TIMEOUT_SECONDS})`,
  ).argParser(parseSeconds);
const ARTICLE = "bundled article id, Markdown or HTML file, http(s) URL, or '-'";
const ARTICLES = `${ARTICLE}; several give one record each`;

const EXAMPLES = `
Examples:
  $ article                              read the bundled article
  $ article read story.md --width 72     read a Markdown file, set at 72 columns
  $ article read https://example.org/news/story
                                         read an article on the web
  $ article get https://example.org/news/story > story.md
                                         keep it as Markdown, to read offline
  $ curl -s https://example.org/a.html | article read -
  $ article summary | wc -w              count the words of the lead
  $ article quotes --json | jq -r '.[].speaker'
  $ article info date                    print one fact: 2023-12-13
  $ source <(article completion bash)    Tab completion (also zsh and fish)

Exit status:
    0  success
    1  the command could not do its job (unreadable input, no source, …), or
       quotes --speaker matched no quote (as grep: nothing on stdout in a pipe)
    2  usage error (unknown command or option, bad value, unknown info field)
  130  interrupted by Ctrl-C

Environment:
  NO_COLOR      no colour when set (unless --color always)
  FORCE_COLOR   colour even in a pipe (0 turns it off)
  PAGER         the pager for long articles on a terminal (default: less -FRX)
  COLUMNS       the width when the terminal does not say
  TERM          dumb: no colour and no pager

The manual: man article`;

/** Every flag any command takes; commander hands each command the ones it declares. */
type Flags = commands.SummaryFlags & commands.QuotesFlags;

/** What a command's action is called with. */
interface Invocation {
  readonly io: Io;
  /** Its positional arguments, in the order the row declares them (a variadic one as a list). */
  readonly args: readonly (string | readonly string[] | undefined)[];
  /** The words the user gave, to tell what stood before `--`. */
  readonly argv: readonly string[];
  readonly flags: Flags;
  readonly program: Command;
}

/** One command of the table. */
interface CommandRow {
  readonly name: string;
  readonly description: string;
  readonly isDefault?: boolean;
  readonly arguments: readonly Argument[];
  /** Its own options, listed before the display options. */
  readonly options: readonly Option[];
  /** It takes `--color`, `--no-color` and `--width`. */
  readonly display: boolean;
  /** Real invocations shown under its --help. */
  readonly examples?: string;
  readonly helpAfter?: string;
  readonly run: (invocation: Invocation) => Promise<void>;
}

function table(): CommandRow[] {
  return [
    {
      name: 'read',
      description: 'read the article, set for the terminal (the default command)',
      isDefault: true,
      arguments: [
        new Argument(
          '[article]',
          "bundled article id, Markdown or HTML file, http(s) URL, or '-' for standard input",
        ),
      ],
      options: [new Option('--no-pager', 'never send long articles through the pager'), timeout()],
      display: true,
      examples: `  $ article read                         the bundled article
  $ article read story.md --width 72     a Markdown file, set at 72 columns
  $ article read https://example.org/news/story --timeout 30
  $ article read saved-page.html         a web page saved from a browser
  $ curl -s https://example.org/a.md | article read -`,
      run: ({ io, args: [arg], flags, program }) => {
        const [article] = list(arg);
        rejectMistypedCommand(article, program);
        return commands.read(article, flags, io);
      },
    },
    {
      name: 'summary',
      description: "print the article's lead (its standfirst), or its opening when it has none",
      arguments: [new Argument('[article...]', ARTICLES)],
      options: [
        new Option('-s, --sentences <n>', 'keep only the first N sentences').argParser(parseCount),
        json('summary'),
        timeout(),
      ],
      display: true,
      examples: `  $ article summary | wc -w              count the words of the lead
  $ article summary --sentences 1        its first sentence
  $ article summary https://example.org/news/story
  $ article summary --json | jq -r .text`,
      run: ({ io, args: [articles], flags }) => commands.summary(list(articles), flags, io),
    },
    {
      name: 'quotes',
      description: 'list every direct quotation with who said it',
      arguments: [new Argument('[article...]', ARTICLES)],
      options: [
        new Option(
          '--speaker <name>',
          'only the quotes of this speaker (part of a name, any case or accents)',
        ),
        json('quotes'),
        timeout(),
      ],
      display: true,
      examples: `  $ article quotes --json | jq -r '.[].speaker'
  $ article quotes --speaker leijtens    one person's quotes (any case, no accents needed)
  $ article quotes | cut -f2 | sort | uniq -c
  $ article quotes --speaker leijtens archive/*.md
                                         one person's quotes across many articles`,
      run: ({ io, args: [articles], flags }) => commands.quotes(list(articles), flags, io),
    },
    {
      name: 'source',
      description:
        'print where the article comes from: its URL (alone in a pipe), publisher and cited sources',
      arguments: [new Argument('[article...]', ARTICLES)],
      options: [json('source'), timeout()],
      display: true,
      examples: `  $ xdg-open "$(article source)"         open the original article
  $ article source saved-page.html       its canonical address
  $ article source --json | jq -r '.cited[].name'`,
      run: ({ io, args: [articles], flags }) => commands.source(list(articles), flags, io),
    },
    {
      name: 'info',
      description: 'print every fact about the article, or one of them raw for scripts',
      arguments: [
        new Argument(
          '[field]',
          `one or more of: ${INFO_FIELDS.join(', ')} (also as a comma list: date,title)`,
        ),
        new Argument('[article...]', `${ARTICLES}; '--' before them if one is named like a field`),
      ],
      options: [
        new Option(
          '--json',
          'print the facts as one JSON object (JSON Lines for several articles)',
        ),
        timeout(),
      ],
      display: true,
      examples: `  $ article info date                    print one fact: 2023-12-13
  $ article info words story.md          the word count of a Markdown file
  $ article info author https://example.org/news/story
  $ article info --json | jq .readingMinutes
  $ article info date,title articles/*.md | sort
                                         one line per article: path, date, title`,
      run: ({ io, args: [field, articles], flags, argv }) => {
        const words = [...list(field), ...list(articles)];
        return commands.info(words, positionalsBeforeDashes(words, argv), flags, io);
      },
    },
    {
      name: 'get',
      description:
        'print the article as clean Markdown, its facts (title, date, author, publisher, source) as YAML front matter',
      arguments: [new Argument('[article]', ARTICLE)],
      options: [timeout()],
      display: false,
      examples: `  $ article get https://example.org/news/story > story.md
  $ article summary story.md             then every command works offline, with the same answers
  $ article get saved-page.html | head -n 8
                                         the front matter: title, date, author, publisher, source`,
      run: ({ io, args: [arg], flags }) => commands.get(list(arg)[0], flags, io),
    },
    {
      name: 'list',
      description: 'list the bundled articles: id, date and title',
      arguments: [],
      options: [json('list')],
      display: true,
      examples: `  $ article list                         id, date and title of each bundled article
  $ article list --json | jq -r '.[].id'`,
      run: ({ io, flags }) => commands.list(flags, io),
    },
    {
      name: 'completion',
      description: 'print the completion script for bash, zsh or fish (see its --help to install)',
      arguments: [new Argument('<shell>', 'the shell to complete in').choices(SHELLS)],
      options: [],
      display: false,
      helpAfter: completionHelp(NAME),
      run: async ({ io, args: [shell], program }) => {
        const { completionScript } = await import('./completion/index.js');
        await writeOutput(completionScript(program, list(shell)[0] as Shell), io, {
          pager: false,
        });
      },
    },
  ];
}

/** A positional value as a list: nothing, one word, or a variadic argument's words. */
function list(value: string | readonly string[] | undefined): readonly string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

/** How many of `words` (the positionals, in order) the user wrote before a `--`. */
function positionalsBeforeDashes(words: readonly string[], argv: readonly string[]): number {
  const dashes = argv.indexOf('--');
  if (dashes < 0) return words.length;
  let count = 0;
  for (const word of argv.slice(0, dashes)) if (word === words[count]) count++;
  return count;
}

function addOptions(command: Command, row: CommandRow): void {
  for (const option of row.options) command.addOption(option);
  if (row.display) for (const option of displayOptions()) command.addOption(option);
}

/**
 * The command line for `io`. `argv` tells whether the default command was typed: its errors speak
 * of `article` when it was not (`article --colour`), of `article read` when it was.
 */
export function buildProgram(io: Io, argv: readonly string[] = []): Command {
  const program = new Command(NAME)
    .description(
      'Read a news article in the terminal, or look up its summary, quotes, source and facts.',
    )
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show the help of a command, with examples')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(usageLine(text, program, program)),
    });
  for (const row of table()) {
    const command = program
      .command(row.name, row.isDefault ? { isDefault: true } : {})
      .description(row.description);
    for (const argument of row.arguments) command.addArgument(argument);
    addOptions(command, row);
    // Each command words its own errors, so they point to its own help.
    command.configureOutput({
      ...program.configureOutput(),
      outputError: (text, write) => {
        const typed = !row.isDefault || argv.includes(row.name);
        write(usageLine(text, typed ? command : program, program));
      },
    });
    if (row.helpAfter) command.addHelpText('after', row.helpAfter);
    if (row.examples) command.addHelpText('after', `\nExamples:\n${row.examples}`);
    command.action((...values: unknown[]) => {
      // Commander hands the positional values, then the options, then the command itself.
      const count = row.arguments.length;
      return row.run({
        io,
        args: values.slice(0, count) as (string | readonly string[] | undefined)[],
        argv,
        flags: values[count] as Flags,
        program,
      });
    });
  }
  // A function, so that the help is laid out only when it is shown, not at every start.
  program.addHelpText('after', () => `${defaultOptionsHelp(program)}${EXAMPLES}`);
  return program;
}

/**
 * The default command's options, which work with no command typed (`article --width 60`): the
 * program's own help lists them too, as commander words them in `article read --help`.
 */
function defaultOptionsHelp(program: Command): string {
  const read = program.commands.find((c) => c.name() === 'read');
  if (!read) return '';
  const help = program.createHelp();
  help.prepareContext({ helpWidth: program.configureOutput().getOutHelpWidth?.() ?? 80 });
  const width = Math.max(...read.options.map((o) => help.optionTerm(o).length));
  const lines = read.options.map((o) =>
    help.formatItem(help.optionTerm(o), width, help.optionDescription(o), help),
  );
  return `\nOptions of read, the default command (also without it):\n${lines.join('\n')}\n`;
}

/**
 * `article sumary` would otherwise be read as an article named "sumary" by the default command: a
 * word that is no file but is close to a command name is a mistyped command.
 */
function rejectMistypedCommand(arg: string | undefined, program: Command): void {
  if (arg === undefined || /[/\\.]/.test(arg) || existsSync(arg) || bundledIds().includes(arg))
    return;
  const hint = closest(
    arg,
    program.commands.map((c) => c.name()),
  );
  if (hint) throw new UsageError(`${arg}: unknown command; did you mean ${hint}?`);
}
