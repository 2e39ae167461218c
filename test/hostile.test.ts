import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hyperlinkTarget } from '../src/render/links.js';
import { BIN, cleanEnv, fixture, ROOT, run, runInTerminal } from './helpers/cli.js';
import { runInMemory } from './helpers/hostile-io.js';

/** Every character that drives a terminal or disguises text; tab and line feed are text. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
// The only sequences the reader writes: SGR styles, and OSC 8 hyperlinks to checked addresses.
const OWN_STYLE = /\u001B\[[0-9;]*m/g;
const OWN_LINK = /\u001B\]8;;(?:(?:https?|mailto):[\u0021-\u007E]*)?\u001B\\/g;

/** What is left of terminal output once the reader's own escape sequences are taken out. */
function withoutOwnEscapes(output: string): string {
  return output.replace(OWN_LINK, '').replace(OWN_STYLE, '');
}

function expectNoForeignControl(output: string, label: string): void {
  const rest = withoutOwnEscapes(output);
  const at = rest.search(CONTROL);
  expect(at, `${label}: ${JSON.stringify(rest.slice(Math.max(0, at - 30), at + 30))}`).toBe(-1);
}

function expectPlain(output: string, label: string): void {
  const at = output.search(CONTROL);
  expect(at, `${label}: ${JSON.stringify(output.slice(Math.max(0, at - 30), at + 30))}`).toBe(-1);
}

/** Every string in a JSON document holds sanitised text: JSON escaping is not the defence. */
function expectCleanJson(output: string, label: string): void {
  const strings: string[] = [];
  JSON.parse(output, (_key, value: unknown) => {
    if (typeof value === 'string') strings.push(value);
    return value;
  });
  for (const value of strings) expectPlain(value, `${label} ${JSON.stringify(value)}`);
  expectPlain(output, label);
}

function expectWithin(output: string, width: number, label: string): void {
  for (const line of withoutOwnEscapes(output).split('\n')) {
    expect(stringWidth(line), `${label}: ${JSON.stringify(line)}`).toBeLessThanOrEqual(width);
  }
}

const ARTICLE_COMMANDS = ['read', 'summary', 'quotes', 'source', 'info'] as const;
const TERMINAL_ENV = { TERM: 'xterm-256color', COLORTERM: 'truecolor', FORCE_HYPERLINK: '1' };

/**
 * Every command in every mode, in memory: a pipe, a pipe with --width, a colour terminal with
 * hyperlinks, and --json. Each output must hold no control character the reader did not write,
 * parse when it is JSON, and keep to its width.
 */
async function expectHarmlessEverywhere(markdown: string, label: string): Promise<void> {
  for (const command of ARTICLE_COMMANDS) {
    const pipe = await runInMemory([command, '-'], { input: markdown });
    expect([0, 1], `${label} ${command}: ${pipe.stderr}`).toContain(pipe.status);
    expectPlain(pipe.stdout, `${label} ${command} in a pipe`);
    expectPlain(pipe.stderr, `${label} ${command} stderr`);

    const narrow = await runInMemory([command, '-', '--width', '24'], { input: markdown });
    expectPlain(narrow.stdout, `${label} ${command} --width 24`);
    // In a pipe, quotes are `text<TAB>speaker` records and source a bare URL: not wrapped.
    if (command !== 'quotes' && command !== 'source') {
      expectWithin(narrow.stdout, 24, `${label} ${command} --width 24`);
    }

    const terminal = await runInMemory([command, '-', '--color', 'always'], {
      input: markdown,
      columns: 40,
      env: TERMINAL_ENV,
    });
    expectNoForeignControl(terminal.stdout, `${label} ${command} in a terminal`);
    expectWithin(terminal.stdout, 40, `${label} ${command} in a terminal`);

    if (command !== 'read') {
      const json = await runInMemory([command, '-', '--json'], { input: markdown });
      expect(json.status, `${label} ${command} --json: ${json.stderr}`).toBe(0);
      expectCleanJson(json.stdout, `${label} ${command} --json`);
    }
  }
}

const HOSTILE = readFileSync(fixture('hostile-escapes.md'), 'utf8');

describe('escape sequences in an article never reach the terminal', () => {
  it('the fixture holds every kind of attack, raw and as character references', () => {
    for (const attack of [
      '\u001B]52;',
      '\u001B]0;',
      '\u001B[2J',
      '\u001B]8;;',
      '\u009B',
      '\u202E',
    ]) {
      expect(HOSTILE).toContain(attack);
    }
    for (const reference of ['&#27;', '&#x9b;', '&#8238;', '&#x1b;', '&#155;', '&#x202E;']) {
      expect(HOSTILE).toContain(reference);
    }
  });

  it('in every command and mode, run in memory', async () => {
    await expectHarmlessEverywhere(HOSTILE, 'hostile-escapes.md');
  });

  it('from the built command: pipes, --json and a pseudo-terminal with colour and hyperlinks', () => {
    const file = fixture('hostile-escapes.md');
    for (const command of ARTICLE_COMMANDS) {
      const piped = run([command, file]);
      expect(piped.status, piped.stderr).toBe(0);
      expectPlain(piped.stdout, `${command} in a pipe`);
      const terminal = runInTerminal(
        [command, file, ...(command === 'read' ? ['--no-pager'] : [])],
        {
          columns: 50,
          env: { FORCE_HYPERLINK: '1', COLORTERM: 'truecolor' },
        },
      );
      expect(terminal.status).toBe(0);
      expectNoForeignControl(terminal.stdout, `${command} in a terminal`);
      if (command !== 'read')
        expectCleanJson(run([command, file, '--json']).stdout, `${command} --json`);
    }
  });

  it('keeps the words around the removed sequences', () => {
    const { stdout } = run(['read', fixture('hostile-escapes.md')]);
    expect(stdout).toContain('Le chapeau ]52;c;ZWNobyBwd25lZA== copie le presse-papiers');
    expect(stdout).toContain('ministre txt.exe.');
    expect(stdout).toContain('A quote with override and isolate');
  });

  it('emits hyperlinks only to web and mail addresses, checked and percent-encoded', () => {
    const { stdout } = runInTerminal(['read', '--no-pager', fixture('hostile-escapes.md')], {
      env: { FORCE_HYPERLINK: '1' },
    });
    const targets = [...stdout.matchAll(/\u001B\]8;;([^\u0007\u001B]*)(?:\u0007|\u001B\\)/g)]
      .map((match) => match[1] ?? '')
      .filter(Boolean);
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) expect(target).toMatch(/^(?:https?|mailto):[\u0021-\u007E]+$/);
    // The text's own `http://evil.example\lien` is a real address shown as it is; javascript: is not.
    expect(targets.join(' ')).not.toMatch(/javascript/);
  });
});

describe('hyperlinkTarget', () => {
  it('accepts http, https and mailto addresses only', () => {
    expect(hyperlinkTarget('https://example.org/a')).toBe('https://example.org/a');
    expect(hyperlinkTarget('mailto:a@example.org')).toBe('mailto:a@example.org');
    for (const href of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,x',
      'ftp://x',
      'x',
    ]) {
      expect(hyperlinkTarget(href), href).toBeNull();
    }
  });

  it('never returns a control or non-ASCII character, whatever the address holds', () => {
    for (const href of [
      'http://a.example/\u001B]8;;x\u001B\\',
      'http://a.example/\u009B31m',
      'https://a.example/\u202Etxt',
      'http://a.example/é',
      'java\nscript:alert(1)',
    ]) {
      const target = hyperlinkTarget(href);
      if (target !== null) expect(target, href).toMatch(/^[\u0021-\u007E]+$/);
    }
  });
});

// A few megabytes, far beyond a pipe's 64 KB buffer, in every part a command prints.
function bigArticle(): string {
  const lead = Array.from(
    { length: 1500 },
    (_, i) => `**Chapeau ${i} : la coopération « renforcée » entre les deux rives se poursuit.**`,
  );
  const body = Array.from(
    { length: 6000 },
    (_, i) =>
      `« Nous avancerons ensemble ${i} », a déclaré Jean Dupont, selon le quotidien Le Monde. Voir [le site](https://example.org/${i}).`,
  );
  return `# Un très long article\n\n**13 décembre 2023 – Migration**\n\n${lead.join('\n\n')}\n\n${body.join('\n\n')}\n\nSource : https://example.org/source\n`;
}

describe('a reader that closes the pipe early', () => {
  let dir = '';
  let big = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'article-pipes-'));
    big = path.join(dir, 'big.md');
    writeFileSync(big, bigArticle());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const pipelines = [
    ['read', '| head -1'],
    ['read --color always --width 60', '| head -1'],
    ['quotes', '| head -c 10'],
    ['summary --json', '| true'],
    ['summary', '| head -c 1'],
    ['info --json', '| head -c 1'],
    ['quotes --json', '| head -c 100'],
  ] as const;

  it.each(pipelines)('article %s FILE %s: status 0, nothing on stderr', (command, reader) => {
    const errors = path.join(dir, 'stderr');
    const script = `set -o pipefail; "${process.execPath}" "${BIN}" ${command} "${big}" 2>"${errors}" ${reader} >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const result = spawnSync('bash', ['-c', script], {
      env: cleanEnv(),
      encoding: 'utf8',
      cwd: ROOT,
    });
    expect(result.stdout.trim()).toBe('0');
    expect(readFileSync(errors, 'utf8')).toBe('');
  });

  it('writes the whole output when the reader reads it all', () => {
    const { stdout, status } = run(['summary', big]);
    expect(status).toBe(0);
    expect(stdout.length).toBeGreaterThan(64 * 1024);
  });
});

interface TerminalState {
  readonly styled: boolean;
  readonly linkOpen: boolean;
  readonly cursorHidden: boolean;
}

/** How a terminal is left after showing `output`: still styled, in a hyperlink, cursor hidden. */
function terminalStateAfter(output: string): TerminalState {
  const on = new Set<string>();
  let linkOpen = false;
  let cursorHidden = false;
  const sequences =
    /\u001B\[([0-9;]*)m|\u001B\]8;[^;\u0007\u001B]*;([^\u0007\u001B]*)|\u001B\[\?25([hl])/g;
  for (const [, sgr, link, cursor] of output.matchAll(sequences)) {
    if (link !== undefined) linkOpen = link !== '';
    if (cursor !== undefined) cursorHidden = cursor === 'l';
    if (sgr === undefined) continue;
    const codes = sgr === '' ? [0] : sgr.split(';').map(Number);
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i] ?? 0;
      if (code === 0) on.clear();
      else if (code === 22) on.delete('intensity');
      else if (code === 1 || code === 2) on.add('intensity');
      else if (code === 38 || code === 48) {
        on.add(code === 38 ? 'fg' : 'bg');
        i += codes[i + 1] === 5 ? 2 : 4;
      } else if (code === 39) on.delete('fg');
      else if (code === 49) on.delete('bg');
      else if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) on.add('fg');
      else if ((code >= 40 && code <= 47) || (code >= 100 && code <= 107)) on.add('bg');
      else if (code >= 3 && code <= 9) on.add(String(code));
      else if (code >= 23 && code <= 29) on.delete(String(code - 20));
    }
  }
  return { styled: on.size > 0, linkOpen, cursorHidden };
}

/**
 * Runs `read` in a pseudo-terminal and types Ctrl-C (then `keys`) once output has begun. Resolves
 * to what the terminal received and the command's status.
 */
function interruptInTerminal(
  file: string,
  args: readonly string[],
  keys: readonly string[],
): Promise<{ output: string; status: number | null }> {
  const command = `stty cols 80 rows 40; exec "${process.execPath}" "${BIN}" read ${args.join(' ')} "${file}"`;
  const child = spawn('script', ['-qec', command, '/dev/null'], {
    env: cleanEnv({ TERM: 'xterm-256color' }),
    cwd: ROOT,
  });
  const chunks: Buffer[] = [];
  let received = 0;
  let typed = false;
  child.stdout.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    received += chunk.length;
    if (!typed && received > 2000) {
      typed = true;
      child.stdin.write('\u0003');
      for (const [i, key] of keys.entries()) {
        setTimeout(() => child.stdin.write(key), 500 * (i + 1));
      }
    }
  });
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ output: Buffer.concat(chunks).toString('utf8'), status });
    });
  });
}

describe('Ctrl-C leaves the terminal sane', () => {
  let dir = '';
  let styled = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'article-signals-'));
    styled = path.join(dir, 'styled.md');
    // Almost every byte of this article is set in italics, so a cut lands inside a styled span.
    const quote = Array.from(
      { length: 40_000 },
      (_, i) => `> « La coopération ${i} entre les deux pays est une priorité stratégique »\n>`,
    );
    writeFileSync(styled, `# Titre\n\n${quote.join('\n')}\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('during output: the style is reset and the command dies of the signal', async () => {
    const { output, status } = await interruptInTerminal(styled, ['--no-pager'], []);
    expect(output.length).toBeLessThan(readFileSync(styled, 'utf8').length);
    expect(terminalStateAfter(output)).toEqual({
      styled: false,
      linkOpen: false,
      cursorHidden: false,
    });
    expect(status).toBe(130);
  });

  it('in the pager: the pager keeps the terminal, and quitting it ends the command', async () => {
    const { output, status } = await interruptInTerminal(styled, [], ['q']);
    expect(output).toContain('La coopération 0');
    expect(terminalStateAfter(output)).toEqual({
      styled: false,
      linkOpen: false,
      cursorHidden: false,
    });
    expect(status).toBe(0);
  });
});
