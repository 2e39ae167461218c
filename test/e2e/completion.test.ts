import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Argument, Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completionScript } from '../../src/cli/completion/index.js';
import { SHELLS } from '../../src/cli/completion/shells.js';
import { assertPlainWords, programSpec } from '../../src/cli/completion/spec.js';
import { buildProgram } from '../../src/cli/main.js';
import { INFO_FIELDS } from '../../src/extract/info.js';
import { bundledIds } from '../../src/input/resolve.js';
import { BIN, fixture, run } from '../helpers/cli.js';
import { runMain } from '../helpers/main.js';

const program = (): Command => buildProgram(process);
const commandNames = () => program().commands.map((c) => c.name());
const longOptions = (name: string): string[] =>
  (program().commands.find((c) => c.name() === name)?.options ?? [])
    .flatMap((o) => (o.long ? [o.long] : []))
    .concat('--help');

function installed(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

const BASH_COMPLETION = '/usr/share/bash-completion/bash_completion';

/**
 * A shell's test suite, or a skipped one whose title says what to install. Each test starts a
 * shell that asks the built command for the article ids several times: on a busy machine that
 * takes longer than the usual timeout.
 */
function describeShell(shell: string, ready: boolean, missing: string, body: () => void): void {
  if (ready) describe(`${shell} completion in ${shell}`, { timeout: 120_000 }, body);
  else describe.skip(`${shell} completion — skipped: ${missing}`, body);
}

/**
 * Where the shells run: `article` on the PATH (a link to the built command, as a global install
 * makes it), and a working directory with Markdown files, another file, and a directory.
 */
let work: string;
let cwd: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'article-completion-'));
  const bin = path.join(work, 'bin');
  cwd = path.join(work, 'cwd');
  mkdirSync(bin);
  mkdirSync(path.join(cwd, 'drafts'), { recursive: true });
  symlinkSync(BIN, path.join(bin, 'article'));
  for (const file of ['story.md', 'notes.txt', 'other.markdown', 'saved.html', 'old.htm']) {
    writeFileSync(path.join(cwd, file), '# A title\n\nA paragraph.\n');
  }
  env = {
    PATH: [bin, path.dirname(process.execPath), process.env.PATH].join(path.delimiter),
    HOME: work,
    LANG: 'C.UTF-8',
    TERM: 'dumb',
  };
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * One line per match, with what differs between shells but not for the user removed: fish's
 * descriptions and its `--color=` before a value, and the slash after a directory.
 */
function parseMatches(output: string): string[][] {
  return output
    .split(/^### \d+\n/m)
    .slice(1)
    .map((block) =>
      block
        .split('\n')
        .filter(Boolean)
        .map((match) =>
          match
            .replace(/\t.*$/, '')
            .replace(/^--[a-z-]+=/, '')
            .replace(/\/$/, ''),
        ),
    );
}

function shell(command: string, args: readonly string[], extraEnv: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(command, args, {
    cwd,
    env: { ...env, ...extraEnv },
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return parseMatches(result.stdout);
}

interface Case {
  /** What is typed before Tab. */
  readonly line: string;
  /** The words bash gives the completion function (it splits at `=`, as COMP_WORDBREAKS says). */
  readonly bashWords?: readonly string[];
  readonly expected: () => readonly string[];
}

const ARTICLES = () => [
  ...bundledIds(),
  'story.md',
  'other.markdown',
  'saved.html',
  'old.htm',
  'drafts',
];

const CASES: readonly Case[] = [
  { line: 'article ', expected: () => [...commandNames(), 'help', ...ARTICLES()] },
  { line: 'article info ', expected: () => INFO_FIELDS },
  { line: 'article info date ', expected: ARTICLES },
  // Commands that take many articles complete one after another.
  { line: 'article summary story.md ', expected: ARTICLES },
  { line: 'article info date story.md saved.html ', expected: ARTICLES },
  { line: 'article read s', expected: () => ['story.md', 'saved.html'] },
  { line: 'article --color ', expected: () => ['auto', 'always', 'never'] },
  {
    line: 'article quotes --color=n',
    bashWords: ['article', 'quotes', '--color', '=', 'n'],
    expected: () => ['never'],
  },
  { line: 'article quotes --speaker ', expected: () => [] },
  { line: 'article --width 72 ', expected: ARTICLES },
  { line: 'article help ', expected: () => [...commandNames(), 'help'] },
  { line: 'article completion ', expected: () => SHELLS },
  // Every command's options, straight from commander: a new option cannot be missed.
  ...commandNames().map((name) => ({
    line: `article ${name} --`,
    expected: () => longOptions(name),
  })),
];

function expectMatches(found: readonly (readonly string[])[]): void {
  expect(found).toHaveLength(CASES.length);
  CASES.forEach((testCase, i) => {
    expect({ line: testCase.line, matches: [...new Set(found[i])].sort() }).toEqual({
      line: testCase.line,
      matches: [...testCase.expected()].sort(),
    });
  });
}

describe('the scripts follow the commander definitions', () => {
  it.each(SHELLS)('%s: every command and every option of every command', (name) => {
    const script = completionScript(program(), name);
    for (const command of program().commands) {
      expect(script).toContain(command.name());
      for (const option of command.options) {
        const long = option.long?.slice(2) ?? '';
        expect(script, `${command.name()} ${option.long}`).toContain(
          name === 'fish' ? `-n '__article_in ${command.name()}'` : `--${long}`,
        );
        if (name === 'fish') {
          expect(script).toMatch(new RegExp(`__article_in ${command.name()}'.* -l ${long} `));
        }
      }
    }
    for (const field of INFO_FIELDS) expect(script).toContain(field);
  });

  it('the default command lends its options and argument to the top level', () => {
    const spec = programSpec(program());
    const read = spec.commands.find((c) => c.name === 'read');
    expect(spec.top.positionals).toEqual(read?.positionals);
    expect(spec.top.options.map((o) => o.long)).toEqual(
      expect.arrayContaining(['--version', '--help', '--width', '--no-pager']),
    );
    expect(spec.top.options.filter((o) => o.long === '--help')).toHaveLength(1);
  });

  it('reads any commander program: short-only flags, optional values, argument choices', () => {
    const tool = new Command('tool').option('-q', 'say less');
    tool
      .command('go', { isDefault: true })
      .description('go somewhere')
      .option('--level [n]', 'how far')
      .addArgument(new Argument('<mode>', 'how').choices(['fast', 'slow']))
      .argument('[note]', 'free text');
    tool.command('stop').description('stop');
    const spec = programSpec(tool);
    expect(spec.top.options.map((o) => [o.short, o.long, o.value?.kind ?? null])).toEqual([
      ['-q', null, null],
      ['-h', '--help', null],
      [null, '--level', 'none'],
    ]);
    expect(spec.top.options[2]?.valueName).toBe('n');
    expect(spec.top.positionals.map((a) => [a.name, a.values.kind])).toEqual([
      ['mode', 'words'],
      ['note', 'none'],
    ]);
    const bash = completionScript(tool, 'bash');
    expect(bash).toContain(`'go 0') echo 'fast slow' ;;`);
    expect(bash).not.toContain(`'go 1')`);
    expect(bash).toContain('complete -F _tool tool');
    const zsh = completionScript(tool, 'zsh');
    expect(zsh).toContain(`-q'[say less]'`);
    expect(zsh).toContain(`--level='[how far]:n: '`);
    expect(zsh).toContain('compadd -- fast slow && ret=0');
    const fish = completionScript(tool, 'fish');
    expect(fish).toContain(`complete -c tool -n '__tool_in @top' -s q -d 'say less'`);
    expect(fish).toContain(`complete -c tool -n '__tool_at go 0' -a 'fast slow'`);
    expect(fish).not.toContain('__tool_at go 1');
  });

  it('without a default command, nothing but commands and options at the top', () => {
    const tool = new Command('tool');
    tool.command('stop').description('stop').argument('[article]', 'an article');
    const spec = programSpec(tool);
    expect(spec.top.positionals).toEqual([]);
    expect(completionScript(tool, 'zsh')).toMatch(/\(first\)\n.*_tool_commands && ret=0\n +:\n/);
  });

  it('refuses a word that would need quoting in a script', () => {
    const spec = programSpec(program());
    expect(() => assertPlainWords(spec)).not.toThrow();
    const bad = { ...spec, commands: [{ ...spec.top, name: 'rm -rf' }] };
    expect(() => assertPlainWords(bad)).toThrow(/rm -rf/);
  });
});

describe('article completion', () => {
  it.each(SHELLS)('prints the %s script on stdout', (name) => {
    const { stdout, stderr, status } = run(['completion', name]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(new RegExp(`^#(compdef article\\n#)? ${name} completion for article`));
  });

  it.each(SHELLS)('in this process too: %s', async (name) => {
    const { stdout, status } = await runMain(['completion', name]);
    expect(status).toBe(0);
    expect(stdout).toBe(completionScript(program(), name));
  });

  it('refuses another shell with a usage error', () => {
    const { stdout, stderr, status } = run(['completion', 'tcsh']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/tcsh.*bash, zsh, fish|bash.*zsh.*fish/);
  });

  it('--help says how to install each script', () => {
    const { stdout, status } = run(['completion', '--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('source <(article completion bash)');
    expect(stdout).toContain('source <(article completion zsh)');
    expect(stdout).toContain('article completion fish > ~/.config/fish/completions/article.fish');
  });
});

/** A bash program that loads the script, then calls the function `complete -p` registered. */
function bashProgram(withBashCompletion: boolean): string {
  const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;
  const calls = CASES.map((testCase, i) => {
    const words = testCase.bashWords ?? testCase.line.split(' ');
    return [
      `COMP_WORDS=(${words.map(quote).join(' ')}); COMP_CWORD=${words.length - 1}`,
      `COMP_LINE=${quote(testCase.line)}; COMP_POINT=\${#COMP_LINE}; COMPREPLY=()`,
      `"$fn" article "\${COMP_WORDS[COMP_CWORD]}" "\${COMP_WORDS[COMP_CWORD-1]}"`,
      `printf '%s\\n' '### ${i + 1}' "\${COMPREPLY[@]}"`,
    ].join('\n');
  });
  return [
    withBashCompletion ? `source ${BASH_COMPLETION}` : '',
    'source <(article completion bash)',
    'spec=$(complete -p article) || exit 1',
    `fn=\${spec#*-F }; fn=\${fn%% *}`,
    ...calls,
  ].join('\n');
}

describeShell('bash', installed('bash'), 'bash is not installed', () => {
  it('with nothing but bash', () => {
    expectMatches(shell('bash', ['--norc', '--noprofile', '-c', bashProgram(false)]));
  });

  const bashCompletion = existsSync(BASH_COMPLETION);
  it.skipIf(!bashCompletion)(
    bashCompletion
      ? 'with bash-completion loaded'
      : 'with bash-completion loaded — skipped: apt-get install bash-completion',
    () => {
      expectMatches(shell('bash', ['--norc', '--noprofile', '-c', bashProgram(true)]));
    },
  );
});

describeShell('zsh', installed('zsh'), 'zsh is not installed (apt-get install zsh)', () => {
  const capture = fixture('completion-capture.zsh');

  it('sourced after compinit', () => {
    expectMatches(shell('zsh', ['-f', capture, ...CASES.map((c) => c.line)]));
  });

  it('autoloaded from $fpath as _article', () => {
    const dir = path.join(work, 'zsh-functions');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, '_article'), run(['completion', 'zsh']).stdout);
    const [matches] = shell('zsh', ['-f', capture, 'article info '], { ARTICLE_ZSH_FPATH: dir });
    expect(matches?.sort()).toEqual([...INFO_FIELDS].sort());
  });
});

describeShell('fish', installed('fish'), 'fish is not installed (apt-get install fish)', () => {
  it('loaded with `article completion fish | source`', () => {
    const quote = (text: string) => `'${text.replace(/[\\']/g, '\\$&')}'`;
    const calls = CASES.map((c, i) => `echo '### ${i + 1}'; complete -C ${quote(c.line)}`);
    const program = ['article completion fish | source', ...calls].join('\n');
    expectMatches(shell('fish', ['--no-config', '-c', program]));
  });
});
