import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Command, Option } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { INFO_FIELDS } from '../../src/extract/info.js';
import { BIN, ROOT, run } from '../helpers/cli.js';
import { runMain } from '../helpers/main.js';
import { fixturePage, send, startServer, type TestServer } from '../helpers/server.js';

const program = buildProgram(process);
const help = program.createHelp();
/** Every command as --help and the manual show it, `help` included, and the program itself. */
const commands: readonly Command[] = [program, ...help.visibleCommands(program)];
const optionsOf = (command: Command): readonly Option[] => help.visibleOptions(command);

const MAN_PAGE = path.join(ROOT, 'dist', 'article.1');
const roff = readFileSync(MAN_PAGE, 'utf8');
const installed = (command: string) =>
  spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/** The page as text: by man itself where it is installed, else by undoing roff's escapes. */
function manText(): string {
  if (!installed('man')) {
    return roff
      .replace(/\\f[BIRP]/g, '')
      .replace(/\\-/g, '-')
      .replace(/\\\./g, '.')
      .replace(/\\\|/g, '');
  }
  const result = spawnSync('man', ['-l', MAN_PAGE], {
    env: { PATH: process.env.PATH, MANWIDTH: '100', LANG: 'C.UTF-8', MAN_KEEP_FORMATTING: '' },
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

describe('article(1)', () => {
  const text = manText();
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

  it('is a section 1 page of this version, with the sections a manual has', () => {
    expect(roff).toMatch(new RegExp(`^\\.TH "ARTICLE" "1" "[^"]+" "${pkg.version}"`));
    const sections = [...roff.matchAll(/^\.SH "?([^"\n]+)"?$/gm)].map((m) => m[1]);
    expect(sections).toEqual(
      expect.arrayContaining([
        'NAME',
        'SYNOPSIS',
        'DESCRIPTION',
        'COMMANDS',
        'OPTIONS',
        'ENVIRONMENT',
        'EXIT STATUS',
        'EXAMPLES',
      ]),
    );
  });

  it('renders without a warning from groff', () => {
    if (!installed('groff')) return;
    const result = spawnSync('groff', ['-man', '-Tutf8', '-ww', '-z', MAN_PAGE], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('names every command commander declares, each with its arguments', () => {
    for (const command of commands.slice(1)) {
      expect(text, command.name()).toMatch(new RegExp(`^ +• ${command.name()}\\b`, 'm'));
    }
  });

  it('describes every option of every command, and every value an option takes', () => {
    for (const command of commands) {
      for (const option of optionsOf(command)) {
        const flags = [option.short, option.long].filter(Boolean).join(', ');
        expect(text, `${command.name()} ${flags}`).toMatch(
          new RegExp(`^ +• ${flags.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'm'),
        );
        for (const choice of option.argChoices ?? []) expect(text).toContain(choice);
      }
    }
  });

  it('lists every info field', () => {
    // In the source rather than the text, where man may hyphenate a long name at the line's end.
    for (const field of INFO_FIELDS) expect(roff).toContain(`\\fB${field}\\fP`);
  });

  it('documents the environment and the exit statuses', () => {
    const section = (name: string) => text.slice(text.indexOf(`\n${name}\n`));
    for (const variable of ['NO_COLOR', 'FORCE_COLOR', 'PAGER', 'COLUMNS']) {
      expect(section('ENVIRONMENT')).toMatch(new RegExp(`• ${variable}\\b`));
    }
    for (const status of ['0', '1', '2', '130']) {
      expect(section('EXIT STATUS')).toMatch(new RegExp(`• ${status}\\n`));
    }
  });

  it('is built from man/article.1.md: every heading of the source is a section', () => {
    const source = readFileSync(path.join(ROOT, 'man', 'article.1.md'), 'utf8');
    for (const [, heading] of source.matchAll(/^## (.+)$/gm)) {
      expect(roff).toMatch(new RegExp(`^\\.SH "?${heading}"?$`, 'm'));
    }
  });
});

/** The `$ …` lines under a help text, without the comment after them. */
function examples(helpText: string): string[] {
  return [...helpText.matchAll(/^ {2}\$ (.+?)(?: {2,}.*)?$/gm)].map((m) => m[1] ?? '');
}

describe('--help', () => {
  it.each(commands.map((c) => [c.name(), c] as const))(
    '%s: on stdout, exit 0, every option and argument described',
    (name, command) => {
      const args = command === program ? ['--help'] : [name, '--help'];
      const { stdout, stderr, status } = run(args);
      expect(status).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toMatch(/^Usage: article/);
      for (const option of optionsOf(command)) {
        expect(option.description, `${name} ${option.flags}`).toMatch(/\w{3}/);
        expect(stdout).toContain(option.flags);
      }
      // commander's own help command gives its [command] argument no description.
      const own = command.name() === 'help' ? [] : command.registeredArguments;
      for (const argument of own) {
        expect(argument.description, `${name} ${argument.name()}`).toMatch(/\w{3}/);
      }
    },
  );

  it.each(commands.filter((c) => c.name() !== 'help').map((c) => [c.name(), c] as const))(
    '%s: two or three examples at least',
    (name, command) => {
      const { stdout } = run(command === program ? ['--help'] : [name, '--help']);
      const shown = examples(stdout);
      if (name === 'completion') {
        expect(stdout).toContain('source <(article completion bash)');
        return;
      }
      expect(shown.length).toBeGreaterThanOrEqual(2);
      expect(shown.every((example) => /\barticle\b/.test(example))).toBe(true);
    },
  );

  it('the top-level examples pipe the summary, run jq over the quotes and print the date', () => {
    const shown = examples(run(['--help']).stdout);
    expect(shown).toContain('article summary | wc -w');
    expect(shown).toContain("article quotes --json | jq -r '.[].speaker'");
    expect(shown).toContain('article info date');
  });

  it('a usage error is a short hint on stderr and exit status 2', () => {
    const { stdout, stderr, status } = run(['summary', '--bogus']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      "article: summary --bogus: unknown option (see 'article summary --help')\n",
    );
  });
});

describe('help and usage errors, in this process', () => {
  it.each(commands.map((c) => c.name()))('%s --help', async (name) => {
    const args = name === 'article' ? ['--help'] : [name, '--help'];
    const { stdout, stderr, status } = await runMain(args);
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(stdout).toMatch(/^Usage: article/);
    if (name !== 'help') expect(stdout).toMatch(/Examples:|Install:/);
  });

  it('help COMMAND is COMMAND --help', async () => {
    expect((await runMain(['help', 'quotes'])).stdout).toBe(
      (await runMain(['quotes', '--help'])).stdout,
    );
  });

  it('--version', async () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(await runMain(['--version'])).toEqual({
      stdout: `${pkg.version}\n`,
      stderr: '',
      status: 0,
    });
  });

  it.each([
    [
      ['summary', '--bogus'],
      /^article: summary --bogus: unknown option \(see 'article summary --help'\)\n$/,
    ],
    [['summary', '--sentences', '0'], /^article: summary --sentences: '0' is not a whole number/],
    [['read', '--width', 'abc'], /columns from 20 to 1000/],
    [['--color', 'sometimes'], /^article: --color: 'sometimes' is not auto, always or never/],
    [['completion'], /^article: completion: shell: missing/],
    [['sumary'], /did you mean summary\?/],
  ])('%j: a one-line hint on stderr, status 2', async (args, message) => {
    const { stdout, stderr, status } = await runMain(args);
    expect({ status, stdout }).toEqual({ status: 2, stdout: '' });
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('every example in the help runs', () => {
  let cwd: string;
  let env: NodeJS.ProcessEnv;
  // The examples' web addresses are served from this machine: tests reach no network.
  let server: TestServer;
  const all = [
    ...new Set(
      commands.flatMap((c) =>
        examples(run(c === program ? ['--help'] : [c.name(), '--help']).stdout),
      ),
    ),
  ];
  // The network and a desktop are not for tests; jq is optional.
  const runnable = all.filter(
    (example) =>
      !/\b(curl|xdg-open)\b/.test(example) && (installed('jq') || !/\bjq\b/.test(example)),
  );

  beforeAll(async () => {
    server = await startServer({
      '/news/story': send(200, 'text/html', fixturePage('news-en.html')),
    });
    cwd = mkdtempSync(path.join(tmpdir(), 'article-examples-'));
    symlinkSync(BIN, path.join(cwd, 'article'));
    writeFileSync(path.join(cwd, 'saved-page.html'), fixturePage('frontex-maroc.html'));
    writeFileSync(
      path.join(cwd, 'story.md'),
      '# A council votes\n\n**The city council voted on Monday.**\n\nIt was close.\n',
    );
    // Folders of articles, for the examples that read many at once.
    for (const folder of ['articles', 'archive']) {
      mkdirSync(path.join(cwd, folder));
      copyFileSync(path.join(ROOT, 'articles/frontex-maroc.md'), path.join(cwd, folder, 'a.md'));
      copyFileSync(path.join(cwd, 'story.md'), path.join(cwd, folder, 'b.md'));
    }
    env = {
      PATH: [cwd, path.dirname(process.execPath), process.env.PATH].join(path.delimiter),
      HOME: cwd,
      LANG: 'C.UTF-8',
    };
  });

  afterAll(async () => {
    await server.close();
    rmSync(cwd, { recursive: true, force: true });
  });

  it('there are examples to run', () => {
    expect(runnable.length).toBeGreaterThanOrEqual(10);
  });

  it.each(runnable)('%s', async (example) => {
    // Spawned without blocking: the server in this process answers the command.
    const line = example.replaceAll('https://example.org', server.origin);
    const child = spawn('bash', ['-o', 'pipefail', '-c', line], { cwd, env });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.resume();
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });
});
