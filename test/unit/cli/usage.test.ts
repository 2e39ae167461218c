import { describe, expect, it } from 'vitest';
import { JSON_KEYS } from '../../../src/cli/program.js';
import { runMain } from '../../helpers/main.js';

const stderrOf = async (args: string[]) => {
  const { stderr, status, stdout } = await runMain(args);
  expect(status).toBe(2);
  expect(stdout).toBe('');
  return stderr;
};

describe('usage errors', () => {
  it.each([
    [
      ['--colour', 'never'],
      "article: --colour: unknown option; did you mean --color? (see 'article --help')",
    ],
    [
      ['read', '--nopager'],
      "article: read --nopager: unknown option; did you mean --no-pager? (see 'article read --help')",
    ],
    [
      ['summary', '--sentence', '2'],
      "article: summary --sentence: unknown option; did you mean --sentences? (see 'article summary --help')",
    ],
    [
      ['quotes', '--speakr', 'x'],
      "article: quotes --speakr: unknown option; did you mean --speaker? (see 'article quotes --help')",
    ],
    [['-v'], "article: -v: unknown option; did you mean -V? (see 'article --help')"],
    [
      ['completion', 'tcsh'],
      "article: completion: shell: 'tcsh' is not bash, zsh or fish (see 'article completion --help')",
    ],
    [
      ['summary', '-s', '0'],
      "article: summary --sentences: '0' is not a whole number from 1 up (see 'article summary --help')",
    ],
    [
      ['read', '--color', 'sometimes'],
      "article: read --color: 'sometimes' is not auto, always or never (see 'article read --help')",
    ],
    [
      ['read', 'a', 'b'],
      "article: read: too many arguments: it takes at most 1, got 2 (see 'article read --help')",
    ],
    [
      ['summary', '--width'],
      "article: summary --width: needs a value (see 'article summary --help')",
    ],
    [['sumary'], 'article: sumary: unknown command; did you mean summary?'],
    [
      ['help', 'sumary'],
      'article: help sumary: unknown command; did you mean summary? (commands: read, summary, quotes, source, info, get, list, completion)',
    ],
  ])('%j is one line in the command’s own words', async (args, line) => {
    expect(await stderrOf(args)).toBe(`${line}\n`);
  });

  it('says which commands take an option given where it does not belong', async () => {
    expect(await stderrOf(['--json'])).toBe(
      "article: --json: not an option here; it belongs to summary, quotes, source, info or list (article summary --json) (see 'article --help')\n",
    );
  });
});

describe('the program’s help', () => {
  it('shows the options of the default command, which work with no command typed', async () => {
    const { stdout } = await runMain(['--help']);
    const section = stdout.slice(stdout.indexOf('Options of read'));
    for (const flag of ['--no-pager', '--color <when>', '--no-color', '-w, --width <columns>']) {
      expect(section).toContain(flag);
    }
    expect(Math.max(...stdout.split('\n').map((line) => line.length))).toBeLessThanOrEqual(80);
  });
});

describe('quotes --speaker, as grep answers', () => {
  it('exits 1 with nothing on stdout when no quote matches, in a pipe', async () => {
    expect(await runMain(['quotes', '--speaker', 'nobody'])).toMatchObject({
      status: 1,
      stdout: '',
      stderr: '',
    });
  });

  it('says so on a terminal, and prints [] with --json', async () => {
    const terminal = await runMain(['quotes', '--speaker', 'nobody'], {
      terminal: { columns: 80 },
    });
    expect(terminal.status).toBe(1);
    expect(terminal.stderr).toBe("article: no quote by a speaker matching 'nobody'\n");
    const json = await runMain(['quotes', '--speaker', 'nobody', '--json']);
    expect(json).toMatchObject({ status: 1, stdout: '[]\n' });
  });

  it('exits 0 when one does', async () => {
    expect((await runMain(['quotes', '--speaker', 'leijtens'])).status).toBe(0);
  });
});

describe('--json shapes', () => {
  it.each(Object.entries(JSON_KEYS))(
    '%s prints the keys its help names',
    async (command, shape) => {
      const value = JSON.parse((await runMain([command, '--json'])).stdout);
      const first = shape.array ? value[0] : value;
      expect(Object.keys(first)).toEqual(shape.keys);
      const help = (await runMain([command, '--help'])).stdout.replace(/\s+/g, ' ');
      expect(help).toContain(shape.keys.map((key) => `"${key}"`).join(', '));
    },
  );
});
