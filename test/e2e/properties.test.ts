import { spawnSync } from 'node:child_process';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { BIN, cleanEnv, ROOT } from '../helpers/cli.js';
import { type MemoryRun, runInMemory } from '../helpers/hostile-io.js';
import { fitsWidth } from '../helpers/layout.js';

// What an article may hold: control characters and escape sequences, lone surrogates and bytes
// that are not UTF-8, combining marks and wide characters, Markdown punctuation and structure, and
// the words and marks the extractors look for.
const controls = fc.constantFrom(
  '\u001B',
  '\u001B[31m',
  '\u001B[2J',
  '\u001B]0;title\u0007',
  '\u001B]52;c;QUFB\u0007',
  '\u001B]8;;http://x.example\u001B\\',
  '\u009B31m',
  '\u0085',
  '\u007F',
  '\u0007',
  '\b',
  '\u202E',
  '\u2066',
  '\r',
  '\r\n',
  '\t',
  '\f',
  '\v',
);
const unicode = fc.oneof(
  fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
  fc.constantFrom(
    '\u0301',
    'e\u0301',
    'a\u0308\u0308\u0308',
    '日本語',
    '😀',
    '👩‍👩‍👧',
    '\u200D',
    '\uFE0F',
  ),
  fc.constantFrom('Ｗｉｄｅ', '한국어', '\u00A0', '\u202F', '\u2028', '\uFFFD', '\u{10FFFF}'),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
const markdown = fc.constantFrom(
  '# ',
  '## ',
  '\n',
  '\n\n',
  '> ',
  '>>>> ',
  '- ',
  '* ',
  '1. ',
  '    ',
  '**',
  '*',
  '_',
  '__',
  '~~',
  '`',
  '```',
  '~~~',
  '[',
  ']',
  '(',
  ')',
  '![',
  '<',
  '>',
  '&',
  '\\',
  '|',
  '| a | b |\n|---|---|\n',
  '---',
  '===',
  '&#27;',
  '&#x9b;',
  '&#8238;',
  '&#0;',
  '&amp;',
  '<http://a.example>',
  'https://a.example/x',
  'www.a.example',
  '[a](http://b.example "t")',
  '[a](javascript:x)',
  '[r]: http://c.example',
  '<div>',
  '</div>',
  '<!--',
  '---\ntitle: T\n---\n',
);
const news = fc.constantFrom(
  '«',
  '»',
  '“',
  '”',
  '"',
  "'",
  '’',
  ' ',
  'a',
  'Le ministre a déclaré',
  ', a dit M. Dupont.',
  'said Jane Smith, the minister.',
  'selon le quotidien Le Monde',
  '(AFP)',
  '13 décembre 2023 – ',
  'Source : https://a.example/article',
  'Lorem ipsum dolor sit amet. ',
);
const piece = fc.oneof(
  { arbitrary: controls, weight: 2 },
  { arbitrary: unicode, weight: 2 },
  { arbitrary: markdown, weight: 5 },
  { arbitrary: news, weight: 5 },
);

/** Article bytes: the pieces in UTF-8, in one article out of five with bytes that are not. */
const articleBytes = fc
  .tuple(
    fc.array(piece, { maxLength: 150, size: 'large' }),
    fc.option(fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 3 })), { freq: 4 }),
  )
  .map(([pieces, invalid]) => {
    const text = Buffer.from(pieces.join(''), 'utf8');
    if (!invalid) return text;
    const at = invalid[0] % (text.length + 1);
    return Buffer.concat([text.subarray(0, at), Buffer.from(invalid[1]), text.subarray(at)]);
  });

const COMMANDS = ['read', 'summary', 'quotes', 'source', 'info'] as const;
type Command = (typeof COMMANDS)[number];
type Mode = 'pipe' | 'terminal' | 'json';

const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const OWN_STYLE = /\u001B\[[0-9;]*m/g;
const OWN_LINK = /\u001B\]8;;(?:(?:https?|mailto):[\u0021-\u007E]*)?\u001B\\/g;

function withoutOwnEscapes(output: string): string {
  return output.replace(OWN_LINK, '').replace(OWN_STYLE, '');
}

function args(command: Command, mode: Mode, width?: number): string[] {
  const list: string[] = [command, '-'];
  if (mode === 'json' && command !== 'read') list.push('--json');
  if (mode === 'terminal') list.push('--color', 'always');
  if (command === 'read') list.push('--no-pager');
  if (width !== undefined) list.push('--width', String(width));
  return list;
}

function execute(bytes: Buffer, command: Command, mode: Mode, width?: number): Promise<MemoryRun> {
  return runInMemory(args(command, mode, width), {
    input: bytes,
    ...(mode === 'terminal'
      ? { columns: width ?? 80, env: { TERM: 'xterm-256color', FORCE_HYPERLINK: '1' } }
      : {}),
  });
}

const runs = { numRuns: 1000 };
const command = fc.constantFrom(...COMMANDS);
const mode = fc.constantFrom<Mode>('pipe', 'terminal', 'json');

/**
 * Exit 0, or 1 or 2 with one line on stderr that says why and nothing on stdout. Warnings (the
 * input was not UTF-8) may come before, one line each.
 */
function expectStatusAndMessage(result: MemoryRun): void {
  expect([0, 1, 2]).toContain(result.status);
  const lines = result.stderr.split('\n');
  expect(lines.pop()).toBe('');
  const error = result.status === 0 ? undefined : lines.pop();
  for (const line of lines) expect(line).toMatch(/^article: warning: /);
  if (result.status === 0) return;
  expect(result.stdout).toBe('');
  expect(error).toMatch(/^article: (?!warning: )\S/);
}

describe('whatever the article holds', () => {
  test.prop([articleBytes, command, mode], runs)(
    'every command exits 0, 1 or 2, with one line on stderr when it fails',
    async (bytes, name, how) => {
      expectStatusAndMessage(await execute(bytes, name, how));
    },
  );

  test.prop([articleBytes, command, mode], runs)(
    'stdout holds no control character the reader did not write',
    async (bytes, name, how) => {
      const { stdout, stderr } = await execute(bytes, name, how);
      const foreign = how === 'terminal' ? withoutOwnEscapes(stdout) : stdout;
      expect(foreign).not.toMatch(CONTROL);
      expect(stderr).not.toMatch(CONTROL);
    },
  );

  test.prop([articleBytes, fc.constantFrom<Command>('summary', 'quotes', 'source', 'info')], runs)(
    '--json always parses, and its strings hold clean text',
    async (bytes, name) => {
      const { stdout, status } = await execute(bytes, name, 'json');
      if (status !== 0) return;
      JSON.parse(stdout, (_key, value: unknown) => {
        if (typeof value === 'string') expect(value).not.toMatch(CONTROL);
        return value;
      });
    },
  );

  test.prop(
    [
      articleBytes,
      command,
      fc.constantFrom<Mode>('pipe', 'terminal'),
      fc.integer({ min: 20, max: 100 }),
    ],
    runs,
  )(
    'no line is wider than --width, but for a web address too long for any',
    async (bytes, name, how, width) => {
      // In a pipe, quotes are `text<TAB>speaker` records and source a bare URL: never wrapped.
      if (how === 'pipe' && (name === 'quotes' || name === 'source')) return;
      const { stdout } = await execute(bytes, name, how, width);
      for (const line of withoutOwnEscapes(stdout).split('\n')) {
        expect(fitsWidth(line, width), JSON.stringify(line)).toBe(true);
      }
    },
  );
});

describe('the built command, spawned', () => {
  test.prop([articleBytes, command, fc.constantFrom<Mode>('pipe', 'json')], { numRuns: 30 })(
    'keeps the same promises as in memory',
    (bytes, name, how) => {
      const result = spawnSync(process.execPath, [BIN, ...args(name, how)], {
        input: bytes,
        env: cleanEnv(),
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 30_000,
      });
      expectStatusAndMessage({
        stdout: result.stdout,
        stderr: result.stderr,
        status: result.status ?? -1,
      });
      expect(result.stdout).not.toMatch(CONTROL);
      if (how === 'json' && name !== 'read' && result.status === 0) JSON.parse(result.stdout);
    },
  );
});
