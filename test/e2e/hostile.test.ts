import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeHTML } from 'entities/decode';
import { Marked, marked } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanRole } from '../../src/extract/quotes/names.js';
import { parseArticle } from '../../src/model/parse.js';
import { hyperlinkTarget } from '../../src/render/links.js';
import { BIN, cleanEnv, fixture, ROOT, run, runInTerminal } from '../helpers/cli.js';
import { runInMemory } from '../helpers/hostile-io.js';
import { fitsWidth } from '../helpers/layout.js';

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
    expect(fitsWidth(line, width), `${label}: ${JSON.stringify(line)}`).toBe(true);
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

  it('in a web page too: in its text, its title, its metadata and its JSON-LD', async () => {
    const attack = '\u001B]0;pwned\u0007\u001B[2J\u009B31m\u202E';
    const page = `<!doctype html><html><head><title>Title ${attack} &#27;[31mred</title>
<meta name="description" content="Described ${attack} &#x1b;]52;c;x&#7;">
<meta property="og:site_name" content="Site ${attack}">
<link rel="canonical" href="https://site.example/a${attack}">
<script type="application/ld+json">${JSON.stringify({
      '@type': 'NewsArticle',
      datePublished: '2024-01-05',
      author: { name: `Author ${attack}` },
    })}</script></head><body><article>${marked.parse(HOSTILE)}</article></body></html>`;
    await expectHarmlessEverywhere(page, 'hostile web page');
    const markdown = await runInMemory(['get', '-'], { input: page });
    expect(markdown.status, markdown.stderr).toBe(0);
    expectPlain(markdown.stdout, 'get of a hostile web page');
    expect(markdown.stdout).toContain('author: Author');
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

  it('refuses an address too long to repeat on every line a link wraps to', async () => {
    expect(hyperlinkTarget(`https://example.org/${'a'.repeat(2100)}`)).toBeNull();
    expect(hyperlinkTarget(`https://example.org/${'a'.repeat(1000)}`)).not.toBeNull();
    const input = `# T\n\n${'www.a.'.repeat(5000)}\n`;
    const { stdout } = await runInMemory(['read', '-', '--color', 'always'], {
      input,
      columns: 80,
      env: TERMINAL_ENV,
    });
    expect(stdout.length).toBeLessThan(input.length * 3);
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

  it('article --version, answered before the bundle loads, into a pipe already closed: status 0, nothing on stderr', () => {
    const errors = path.join(dir, 'stderr');
    const status = path.join(dir, 'status');
    const script = `{ sleep 0.3; "${process.execPath}" "${BIN}" --version 2>"${errors}"; echo "$?" >"${status}"; } | true`;
    spawnSync('bash', ['-c', script], { env: cleanEnv(), cwd: ROOT });
    expect(readFileSync(status, 'utf8').trim()).toBe('0');
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
  let repeat: NodeJS.Timeout | undefined;
  // A key typed as the command ends meets a closed pipe: that is not a failure of the test.
  child.stdin.on('error', () => {});
  child.stdout.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    received += chunk.length;
    if (repeat === undefined && received > 2000) {
      child.stdin.write('\u0003');
      // The keys are typed again every half second until the command ends: on a busy machine a
      // pager may take the first ones while still busy with the interrupt, as a person would retype.
      repeat = setInterval(() => {
        for (const key of keys) child.stdin.write(key);
      }, 500);
    }
  });
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 50_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      clearInterval(repeat);
      resolve({ output: Buffer.concat(chunks).toString('utf8'), status });
    });
  });
}

// A 40,000-line article is rendered and paged in a pseudo-terminal: slow on a loaded machine.
describe('Ctrl-C leaves the terminal sane', { timeout: 60_000 }, () => {
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

// Edge cases of CommonMark and GFM, in the manner of the specification's examples: the reader
// must read each of them in every command and mode without a crash, a leak or an over-long line.
const COMMONMARK_CASES: readonly string[] = [
  '\tfoo\tbaz\t\tbim',
  '  - foo\n\n\tbar',
  '- foo\n\n\t\tbar',
  '>\t\tfoo',
  '*\t*\t*\t',
  '***\n---\n___',
  '+++',
  '--\n**\n__',
  ' - - -',
  '_____________________________________',
  '- foo\n***\n- bar',
  '# foo\n## foo\n### foo\n#### foo\n##### foo\n###### foo',
  '####### foo',
  '#5 bolt\n\n#hashtag',
  '\\## foo',
  '# foo *bar* \\*baz\\*',
  '### foo ### b',
  '## \n#\n### ###',
  'Foo *bar*\n=========\n\nFoo *bar*\n---------',
  'Foo\n= =\n\nFoo\n--- -',
  '`Foo\n----\n`\n\n<a title="a lot\n---\nof dashes"/>',
  '> foo\nbar\n===',
  '    a simple\n      indented code block',
  '    chunk1\n\n    chunk2\n  \n \n \n    chunk3',
  '```\n<\n >\n```',
  '~~~\naaa\n```\n~~~',
  '````\naaa\n```\n``````',
  '```\n\n  \n```',
  '``` ```\naaa',
  '```ruby startline=3 $%@#$\ndef foo(x)\n  return 3\nend\n```',
  '```;\n```',
  '<table><tr><td>\n<pre>\n**Hello**,\n\n_world_.\n</pre>\n</td></tr></table>',
  '<div>\n*hello*\n         <foo><a>',
  '<DIV CLASS="foo">\n\n*Markdown*\n\n</DIV>',
  '<script type="text/javascript">\n// JavaScript example\n\ndocument.getElementById("demo").innerHTML = "Hello JavaScript!";\n</script>\nokay',
  '<style\n  type="text/css">\nh1 {color:red;}\n</style>\nokay',
  '<!-- Foo\n\nbar\n   baz -->\nokay',
  "<?php\n\n  echo '>';\n\n?>\nokay",
  // After text: at the start, standard input is an HTML page (the web page tests cover those).
  'okay\n\n<!DOCTYPE html>',
  '<![CDATA[\nfunction matchwo(a,b)\n{\n  if (a < b && a < 0) then {\n    return 1;\n  }\n}\n]]>\nokay',
  '[foo]: /url "title"\n\n[foo]',
  "   [foo]: \n      /url  \n           'the title'  \n\n[foo]",
  "[Foo*bar\\]]:my_(url) 'title (with parens)'\n\n[Foo*bar\\]]",
  "[foo]: /url 'title\n\nwith blank line'\n\n[foo]",
  '[foo]:\n\n[foo]',
  '[foo]: <bar>(baz)\n\n[foo]',
  '[foo]: /url\\bar\\*baz "foo\\"bar\\baz"\n\n[foo]',
  '[FOO]: /url\n\n[Foo]',
  '[ΑΓΩ]: /φου\n\n[αγω]',
  'aaa\n\nbbb',
  'aaa\n             bbb\n                                       ccc',
  'aaa     \nbbb     ',
  '> # Foo\n> bar\n> baz',
  '># Foo\n>bar\n> baz',
  '> # Foo\n> bar\nbaz',
  '> - foo\n- bar',
  '>     foo\n    bar',
  '> ```\nfoo\n```',
  '>',
  '>\n>  \n> ',
  '> foo\n\n> bar',
  '> > > foo\nbar',
  '>>> foo\n> bar\n>>baz',
  'A paragraph\nwith two lines.\n\n    indented code\n\n> A block quote.',
  '1.  A paragraph\n    with two lines.\n\n        indented code\n\n    > A block quote.',
  '- one\n\n two',
  ' -    one\n\n      two',
  '   > > 1.  one\n>>\n>>     two',
  '-one\n\n2.two',
  '- foo\n\n\n  bar',
  '1.  foo\n\n    ```\n    bar\n    ```\n\n    baz\n\n    > bam',
  '123456789. ok',
  '1234567890. not ok',
  '0. ok',
  '003. ok',
  '-1. not ok',
  '- foo\n\n      bar',
  '-\n  foo\n-\n  ```\n  bar\n  ```\n-\n      baz',
  '-   \n  foo',
  '- foo\n-\n- bar',
  '1. foo\n2.\n3. bar',
  '*',
  '- a\n - b\n  - c\n   - d\n  - e\n - f\n- g',
  '1. a\n\n  2. b\n\n    3. c',
  '- a\n- b\n\n- c',
  '* a\n*\n\n* c',
  '- a\n  > b\n  ```\n  c\n  ```\n- d',
  '10) foo\n    - bar',
  '- - foo',
  '1. - 2. foo',
  '- # Foo\n- Bar\n  ---\n  baz',
  '\\!\\"\\#\\$\\%\\&\\\'\\(\\)\\*\\+\\,\\-\\.\\/\\:\\;\\<\\=\\>\\?\\@\\[\\\\\\]\\^\\_\\`\\{\\|\\}\\~',
  '\\\t\\A\\a\\ \\3\\φ\\«',
  '\\*not emphasized*\n\\<br/> not a tag\n\\[not a link](/foo)\n\\`not code`\n1\\. not a list\n\\* not a list\n\\# not a heading\n\\[foo]: /url "not a reference"\n\\&ouml; not a character entity',
  'foo\\\nbar',
  '`` \\[\\` ``',
  '&nbsp; &amp; &copy; &AElig; &Dcaron;\n&frac34; &HilbertSpace; &DifferentialD;\n&ClockwiseContourIntegral; &ngE;',
  '&#35; &#1234; &#992; &#0;',
  '&#X22; &#XD06; &#xcab;',
  '&nbsp &x; &#; &#x;\n&#87654321;\n&#abcdef0;\n&ThisIsNotDefined; &hi?;',
  '&copy',
  '&MadeUpEntity;',
  '<a href="&ouml;&ouml;.html">',
  '[foo](/f&ouml;&ouml; "f&ouml;&ouml;")',
  '`f&ouml;&ouml;`',
  '&#42;foo&#42;\n*foo*',
  '&#42; foo\n\n* foo',
  'foo&#10;&#10;bar',
  '&#9;foo',
  '`foo`',
  '`` foo ` bar ``',
  '` `` `',
  '`  ``  `',
  '` a`',
  '`\u00A0b\u00A0`',
  '``\nfoo\nbar  \nbaz\n``',
  '`foo   bar \nbaz`',
  '`foo\\`bar`',
  '``foo`bar``',
  '*foo`*`',
  '[not a `link](/foo`)',
  '`<a href="`">`',
  '<a href="`">`',
  '`<http://foo.bar.`baz>`',
  '```foo``',
  '`foo',
  '`foo``bar``',
  '*foo bar*',
  'a * foo bar*',
  'a*"foo"*',
  '* a *',
  '*$*alpha.\n\n*£*bravo.\n\n*€*charlie.',
  'foo*bar*',
  '5*6*78',
  '_foo bar_',
  '_ foo bar_',
  'a_"foo"_',
  'foo_bar_',
  '5_6_78',
  'пристаням_стремятся_',
  'aa_"bb"_cc',
  'foo-_(bar)_',
  '_foo*',
  '*foo bar *',
  '*(*foo)',
  '*(*foo*)*',
  '*foo*bar',
  '_foo bar _',
  '_(_foo)',
  '_(_foo_)_',
  '_foo_bar',
  '_пристаням_стремятся',
  '_foo_bar_baz_',
  '_(bar)_.',
  '**foo bar**',
  '** foo bar**',
  'a**"foo"**',
  'foo**bar**',
  '__foo bar__',
  '__ foo bar__',
  '__\nfoo bar__',
  'a__"foo"__',
  'foo__bar__',
  '5__6__78',
  '**foo "*bar*" foo**',
  '**foo*bar**',
  '*foo _bar_ baz*',
  '_foo __bar__ baz_',
  '__foo_ bar_',
  '*foo *bar**',
  '*foo **bar** baz*',
  '*foo**bar**baz*',
  '*foo**bar*',
  '***foo** bar*',
  '*foo **bar***',
  'foo***bar***baz',
  'foo******bar*********baz',
  '*foo **bar *baz* bim** bop*',
  '*foo [*bar*](/url)*',
  '** is not an empty emphasis',
  '**** is not an empty strong emphasis',
  '**foo [bar](/url)**',
  '__foo __bar__ baz__',
  'foo ***',
  'foo *\\**',
  'foo *_*',
  'foo *****',
  'foo **\\***',
  '**foo*',
  '*foo**',
  '***foo**',
  '****foo*',
  '**foo***',
  '*foo****',
  '*_foo_*',
  '****foo****',
  '******foo******',
  '***foo***',
  '_____foo_____',
  '*foo _bar* baz_',
  '*foo __bar *baz bim__ bam*',
  '**foo **bar baz**',
  '*[bar*](/url)',
  '_foo [bar_](/url)',
  '*<img src="foo" title="*"/>',
  '**<a href="**">',
  '__<a href="__">',
  '*a `*`*',
  '_a `_`_',
  '**a<http://foo.bar/?q=**>',
  '__a<http://foo.bar/?q=__>',
  '[link](/uri "title")',
  '[link](/uri)',
  '[](./target.md)',
  '[link]()',
  '[link](<>)',
  '[]()',
  '[link](/my uri)',
  '[link](</my uri>)',
  '[link](foo\nbar)',
  '[link](<foo\nbar>)',
  '[a](<b)c>)',
  '[link](<foo\\>)',
  '[a](<b)c\n[a](<b)c>\n[a](<b>c)',
  '[link](\\(foo\\))',
  '[link](foo(and(bar)))',
  '[link](foo(and(bar))',
  '[link](foo\\(and\\(bar\\))',
  '[link](<foo(and(bar)>)',
  '[link](foo\\)\\:)',
  '[link](#fragment)\n\n[link](https://example.com#fragment)\n\n[link](https://example.com?foo=3#frag)',
  '[link](foo\\bar)',
  '[link](foo%20b&auml;)',
  '[link]("title")',
  '[link](/url "title")\n[link](/url \'title\')\n[link](/url (title))',
  '[link](/url "title \\"&quot;")',
  '[link](/url\u00A0"title")',
  '[link](/url "title "and" title")',
  '[link](   /uri\n  "title"  )',
  '[link] (/uri)',
  '[link [foo [bar]]](/uri)',
  '[link] bar](/uri)',
  '[link [bar](/uri)',
  '[link \\[bar](/uri)',
  '[link *foo **bar** `#`*](/uri)',
  '[![moon](moon.jpg)](/uri)',
  '[foo [bar](/uri)](/uri)',
  '[foo *[bar [baz](/uri)](/uri)*](/uri)',
  '![[[foo](uri1)](uri2)](uri3)',
  '*[foo*](/uri)',
  '[foo *bar](baz*)',
  '*foo [bar* baz]',
  '[foo <bar attr="](baz)">',
  '[foo`](/uri)`',
  '[foo<http://example.com/?search=](uri)>',
  '[foo][bar]\n\n[bar]: /url "title"',
  '[link [foo [bar]]][ref]\n\n[ref]: /uri',
  '[foo][BaR]\n\n[bar]: /url "title"',
  '[ẞ]\n\n[SS]: /url',
  '[Foo\n  bar]: /url\n\n[Baz][Foo bar]',
  '[foo] [bar]\n\n[bar]: /url "title"',
  '[foo]: /url1\n\n[foo]: /url2\n\n[bar][foo]',
  '[bar][foo\\!]\n\n[foo!]: /url',
  '[foo][ref[]\n\n[ref[]: /uri',
  '[foo][ref[bar]]\n\n[ref[bar]]: /uri',
  '[[[foo]]]\n\n[[[foo]]]: /url',
  '[foo][ref\\[]\n\n[ref\\[]: /uri',
  '[]\n\n[]: /uri',
  '[\n ]\n\n[\n ]: /uri',
  '[foo][]\n\n[foo]: /url "title"',
  '[*foo* bar][]\n\n[*foo* bar]: /url "title"',
  '[foo] \n[]\n\n[foo]: /url "title"',
  '[foo]\n\n[foo]: /url "title"',
  '[[*foo* bar]]\n\n[*foo* bar]: /url "title"',
  '\\[foo]\n\n[foo]: /url "title"',
  '[foo*]: /url\n\n*[foo*]',
  '[foo][bar][baz]\n\n[baz]: /url1\n[bar]: /url2',
  '![foo](/url "title")',
  '![foo *bar*]\n\n[foo *bar*]: train.jpg "train & tracks"',
  '![foo ![bar](/url)](/url2)',
  '![foo [bar](/url)](/url2)',
  '![foo](<url>)',
  '![](/url)',
  '<http://foo.bar.baz>',
  '<https://foo.bar.baz/test?q=hello&id=22&boolean>',
  '<irc://foo.bar:2233/baz>',
  '<MAILTO:FOO@BAR.BAZ>',
  '<a+b+c:d>',
  '<made-up-scheme://foo,bar>',
  '<localhost:5001/foo>',
  '<http://foo.bar/baz bim>',
  '<http://example.com/\\[\\>',
  '<foo@bar.example.com>',
  '<foo+special@Bar.baz-bar0.com>',
  '<foo\\+@bar.example.com>',
  '<>',
  '< http://foo.bar >',
  '<m:abc>',
  '<foo.bar.baz>',
  'http://example.com',
  'foo@bar.example.com',
  '<a><bab><c2c>',
  '<a/><b2/>',
  '<a  /><b2\ndata="foo" >',
  '<a foo="bar" bam = \'baz <em>"</em>\'\n_boolean zoop:33=zoop:33 />',
  'Foo <responsive-image src="foo.jpg" />',
  '<33> <__>',
  '<a h*#ref="hi">',
  "<a href=\"hi'> <a href=hi'>",
  '< a><\nfoo><bar/ >\n<foo bar=baz\nbim!bop />',
  "<a href='bar'title=title>",
  '</a></foo >',
  '</a href="foo">',
  'foo <!-- this is a --\ncomment - with hyphens -->',
  'foo <!--> foo -->\n\nfoo <!---> foo -->',
  'foo <?php echo $a; ?>',
  'foo <!ELEMENT br EMPTY>',
  'foo <![CDATA[>&<]]>',
  'foo <a href="&ouml;">',
  'foo <a href="\\*">',
  '<a href="\\"">',
  'foo  \nbaz',
  'foo\\\nbaz',
  'foo       \nbaz',
  'foo  \n     bar',
  '*foo  \nbar*',
  '`code  \nspan`',
  '<a href="foo  \nbar">',
  'foo\\',
  'foo  ',
  '### foo\\',
  'foo \n baz',
  "hello $.;'there",
  'Foo χρῆν',
  'Multiple     spaces',
  '| foo | bar |\n| --- | --- |\n| baz | bim |',
  '| abc | defghi |\n:-: | -----------:\nbar | baz',
  '| f\\|oo  |\n| ------ |\n| b `\\|` az |\n| b **\\|** im |',
  '| abc | def |\n| --- | --- |\n| bar | baz |\n> bar',
  '| abc | def |\n| --- | --- |\n| bar | baz |\nbar\n\nbar',
  '| abc | def |\n| --- |\n| bar |',
  '| abc | def |\n| --- | --- |\n| bar |\n| bar | baz | boo |',
  '| abc | def |\n| --- | --- |',
  '| 日本語 | 😀👩‍👩‍👧 | e\u0301 |\n| --- | :-: | --: |\n| ＷＩＤＥ | a\u0308\u0308 | ' +
    'long '.repeat(30) +
    '|',
  '- [ ] foo\n- [x] bar',
  '- [x] foo\n  - [ ] bar\n  - [x] baz\n- [ ] bim',
  '~~Hi~~ Hello, ~there~ world!',
  'This ~~has a\n\nnew paragraph~~.',
  'This will ~~~not~~~ strike.',
  'www.commonmark.org',
  'Visit www.commonmark.org/help for more information.',
  'Visit www.commonmark.org.\n\nVisit www.commonmark.org/a.b.',
  'www.google.com/search?q=Markup+(business)\n\nwww.google.com/search?q=Markup+(business)))\n\n(www.google.com/search?q=Markup+(business))',
  'www.google.com/search?q=(business))+ok',
  'www.google.com/search?q=commonmark&hl=en\n\nwww.google.com/search?q=commonmark&hl;',
  'www.commonmark.org/he<lp',
  'http://commonmark.org\n\n(Visit https://encrypted.google.com/search?q=Markup+(business))',
  'foo@bar.baz',
  "hello@mail+xyz.example isn't valid, but hello+xyz@mail.example is.",
  'a.b-c_d@a.b\n\na.b-c_d@a.b.\n\na.b-c_d@a.b-\n\na.b-c_d@a.b_',
  'mailto:foo@bar.baz\n\nmailto:a.b-c_d@a.b\n\nmailto:a.b-c_d@a.b.\n\nmailto:a.b-c_d@a.b/\n\nmailto:a.b-c_d@a.b-\n\nmailto:a.b-c_d@a.b_\n\nxmpp:foo@bar.baz\n\nxmpp:foo@bar.baz.',
  'xmpp:foo@bar.baz/txt\n\nxmpp:foo@bar.baz/txt@bin\n\nxmpp:foo@bar.baz/txt@bin.com',
  '<strong> <title> <style> <em>\n\n<blockquote>\n  <xmp> is disallowed.  <XMP> is also disallowed.\n</blockquote>',
  '[^1]: A footnote.\n\nText[^1].',
  `${'Unbreakable'.repeat(40)} and ${'長'.repeat(200)} and ${'👩‍👩‍👧'.repeat(50)}`,
  `| ${'wide'.repeat(60)} |\n|---|\n| ${'日本'.repeat(80)} |`,
  `\`\`\`\n${'x'.repeat(300)}\n${'日'.repeat(150)}\n\`\`\``,
  `> ${'« citation »'.repeat(40)}\n>\n> — ${'Nom '.repeat(30)}`,
];

const reference = new Marked({ gfm: true });

/** The words marked itself shows of a text (its HTML without tags): the reader must show them too. */
function wordsMarkedShows(text: string): string[] {
  const html = reference.parse(text, { async: false });
  // A tag's quoted attribute values may hold `<` and `>`.
  const visible = decodeHTML(html.replace(/<!--[\s\S]*?-->|<(?:[^<>"']|"[^"]*"|'[^']*')*>/g, ' '));
  return [...new Set(visible.match(/\p{L}{3,}/gu) ?? [])];
}

describe('CommonMark and GFM edge cases, in every command and mode', () => {
  it.each(COMMONMARK_CASES.map((text, i) => [i, text] as const))(
    'case %i reads without a crash, a leak, a lost word or an over-long line',
    async (_index, text) => {
      const read = await runInMemory(['read', '-'], { input: `# Case\n\n${text}\n` });
      expect(read.status).toBe(0);
      const shown = read.stdout.replace(/\s+/g, '');
      for (const word of wordsMarkedShows(text)) {
        expect(shown, `${JSON.stringify(text.slice(0, 60))} shows ${word}`).toContain(word);
      }
      await expectHarmlessEverywhere(text, JSON.stringify(text.slice(0, 40)));
      await expectHarmlessEverywhere(
        `# Titre\n\n**13 décembre 2023 – Rubrique**\n\n**${text.split('\n')[0]}**\n\n${text}\n\nSource : https://example.org/a`,
        `in an article: ${JSON.stringify(text.slice(0, 40))}`,
      );
    },
  );
});

// Each of these took time growing with the square of its length: minutes at this size, where the
// test's time limit stops them. They now take milliseconds.
describe('inputs that took quadratic time', () => {
  it('an HTML block of 200,000 unclosed <', async () => {
    const article = `# T\n\n<div>\n${'<'.repeat(200_000)}\n\nFin.\n`;
    const { status } = await runInMemory(['read', '-', '--no-pager'], { input: article });
    expect(status).toBe(0);
  });

  it('a bold line with a run of 200,000 decoration characters inside', () => {
    const article = parseArticle(`# T\n\nTexte.\n\n**a ${'- '.repeat(200_000)}x**\n`);
    expect(article.body.length).toBeGreaterThan(0);
  });

  it('a role with a run of 200,000 punctuation marks inside', () => {
    expect(cleanRole(`ministre ${'. '.repeat(200_000)}x`)).toMatch(/^ministre/);
  });
});
