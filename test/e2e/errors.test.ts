import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, ROOT, type RunResult, run, runInTerminal } from '../helpers/cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'article-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
}

const ARTICLE = '# Titre\n\nUn paragraphe.\n';

/** A failure as the README promises it: the status, one line on stderr, nothing on stdout. */
function expectFailure(result: RunResult, status: 1 | 2, message: RegExp): void {
  expect(result.status, result.stderr).toBe(status);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^article: [^\n]+\n$/);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+|Error:|node:internal/);
}

/**
 * The command's path as nobody (uid 65534) can run it. A clone inside a folder nobody may not enter
 * (a `mktemp -d` one, say) gets a copy, in a folder open to all, of what the command loads before
 * it reads its input: the bundle needs nothing else from the clone to report an unreadable file.
 */
function commandForNobody(): string {
  const nobody = ['--reuid=65534', '--regid=65534', '--clear-groups'];
  if (spawnSync('setpriv', [...nobody, 'test', '-r', BIN]).status === 0) return BIN;
  const copy = path.join(dir, 'open');
  for (const part of ['bin', 'dist', 'articles', 'package.json']) {
    cpSync(path.join(ROOT, part), path.join(copy, part), { recursive: true });
  }
  chmodSync(dir, 0o755);
  return path.join(copy, 'bin', 'article.js');
}

describe('exit status 1: the command could not do its job', () => {
  it('a missing file', () => {
    expectFailure(
      run(['read', path.join(dir, 'missing.md')]),
      1,
      /: no such file or bundled article\n$/,
    );
  });

  it('a directory', () => {
    expectFailure(run(['read', dir]), 1, /: is a directory, not a Markdown file\n$/);
  });

  it('a file without read permission', () => {
    const locked = file('locked.md', ARTICLE);
    chmodSync(locked, 0o000);
    const asRoot = process.getuid?.() === 0;
    // Root reads any file: the command is run as nobody instead, which chmod 000 does stop.
    const dropped = spawnSync('setpriv', [
      '--reuid=65534',
      '--regid=65534',
      '--clear-groups',
      'true',
    ]);
    if (asRoot && dropped.status !== 0) {
      console.warn('skipped: running as root and setpriv cannot drop privileges here');
      return;
    }
    const command = asRoot
      ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath]
      : [process.execPath];
    const [program = '', ...rest] = command;
    const bin = asRoot ? commandForNobody() : BIN;
    const result = spawnSync(program, [...rest, bin, 'read', locked], {
      env: cleanEnv(),
      cwd: ROOT,
      encoding: 'utf8',
    });
    expectFailure(result, 1, new RegExp(`^article: ${locked}: permission denied\\n$`));
  });

  it('a file that cannot be opened for another reason, named once', () => {
    const loop = path.join(dir, 'loop.md');
    symlinkSync(loop, loop);
    expectFailure(
      run(['read', loop]),
      1,
      new RegExp(
        `^article: ${loop}: cannot be read \\(ELOOP: too many symbolic links encountered\\)\\n$`,
      ),
    );
  });

  it('a binary file', () => {
    const binary = file('image.md', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0, 0]));
    expectFailure(run(['read', binary]), 1, /: not a text file \(it contains NUL bytes\)\n$/);
    expectFailure(run(['summary', '/dev/zero']), 1, /^article: \/dev\/zero: not a text file/);
  });

  it('an empty or whitespace-only file, or empty standard input', () => {
    for (const content of ['', ' \n\t\n \r\n']) {
      const empty = file('empty.md', content);
      for (const command of ['read', 'summary', 'quotes', 'info']) {
        expectFailure(run([command, empty]), 1, /: the article is empty\n$/);
      }
    }
    expectFailure(
      run(['read', '-'], { input: '\n\n' }),
      1,
      /^article: standard input: the article is empty/,
    );
  });

  it('a file over the 50 MB limit, on disk or on standard input', () => {
    const huge = file('huge.md', '');
    truncateSync(huge, 50 * 1024 * 1024 + 1);
    expectFailure(run(['read', huge]), 1, /: larger than the 50 MB limit\n$/);
    const input = Buffer.alloc(50 * 1024 * 1024 + 1, 'a');
    expectFailure(
      run(['summary', '-'], { input }),
      1,
      /^article: standard input: larger than the 50 MB limit/,
    );
  });

  it('an unknown bundled id, with the closest one suggested', () => {
    expectFailure(
      run(['read', 'frontex-maro']),
      1,
      /^article: frontex-maro: no such file or bundled article; did you mean frontex-maroc\?\n$/,
    );
    expectFailure(run(['quotes', 'zzz']), 1, /\(bundled: frontex-maroc\)\n$/);
  });

  it('an article without a title: read shows what it has, info title says it has none', () => {
    const untitled = file(
      'untitled.md',
      'Un paragraphe sans titre.\n\nUn autre « avec une citation ».\n',
    );
    const read = run(['read', untitled]);
    expect(read.status).toBe(0);
    expect(read.stdout).toContain('Un paragraphe sans titre.');
    expect(JSON.parse(run(['info', '--json', untitled]).stdout).title).toBeNull();
    expectFailure(run(['info', 'title', untitled]), 1, /: the article has no title\n$/);
    expectFailure(run(['source', untitled]), 1, /: the article names no source\n$/);
  });

  it("'-' when standard input is closed, or a terminal", () => {
    const closed = spawnSync(process.execPath, [BIN, 'read', '-'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: cleanEnv(),
      encoding: 'utf8',
    });
    expectFailure(closed, 1, /^article: standard input: the article is empty\n$/);
    const shellClosed = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" summary - <&-`], {
      env: cleanEnv(),
      encoding: 'utf8',
    });
    expectFailure(shellClosed, 1, /^article: standard input: the article is empty\n$/);
    const terminal = runInTerminal(['read', '-']);
    expect(terminal.status).toBe(1);
    expect(terminal.stdout.trim()).toBe(
      'article: standard input is a terminal: pipe an article into it or give a file',
    );
  });

  it('shows control characters of a file name instead of sending them to the terminal', () => {
    const hostile = path.join(dir, 'x\u001B]0;owned\u0007\u001B[2J.md');
    const result = run(['read', hostile]);
    expectFailure(result, 1, /x\\x1B\]0;owned\\x07\\x1B\[2J\.md: no such file/);
    expect(result.stderr).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
  });
});

describe('invalid UTF-8 is read, with a warning', () => {
  it('replaces the bytes, warns once on stderr and succeeds', () => {
    const latin1 = file(
      'latin1.md',
      Uint8Array.from([
        ...Buffer.from('# Caf'),
        0xe9,
        0x0a,
        0x0a,
        ...Buffer.from('Texte '),
        0xff,
        0x0a,
      ]),
    );
    const result = run(['read', latin1]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Caf\uFFFD');
    expect(result.stderr).toBe(
      `article: warning: ${latin1}: not valid UTF-8; unreadable bytes are shown as \uFFFD\n`,
    );
  });
});

describe('exit status 2: usage errors', () => {
  it('--width 0, -5, abc or 10000', () => {
    for (const width of ['0', '-5', 'abc', '10000', '19', '1001', '80.5', '']) {
      expectFailure(
        run(['read', '--width', width]),
        2,
        /^article: read --width: '.*' is not a whole number of columns from 20 to 1000 \(see 'article read --help'\)\n$/,
      );
    }
    expect(run(['summary', '--width', '20']).status).toBe(0);
    expect(run(['summary', '--width', '1000']).status).toBe(0);
  });

  it('an unknown info field, with the closest one suggested', () => {
    expectFailure(
      run(['info', 'titel']),
      2,
      /^article: unknown field 'titel' \(did you mean title\?\); fields: title, date,/,
    );
  });

  it('a mistyped command: did you mean …?, not a file name', () => {
    const typos = {
      sumary: 'summary',
      quots: 'quotes',
      sourc: 'source',
      lsit: 'list',
      raed: 'read',
    };
    for (const [typo, meant] of Object.entries(typos)) {
      expectFailure(
        run([typo]),
        2,
        new RegExp(`^article: ${typo}: unknown command; did you mean ${meant}\\?\\n$`),
      );
    }
  });

  it('an unknown option, a bad --color, too many arguments', () => {
    expectFailure(run(['read', '--bogus']), 2, /^article: read --bogus: unknown option/);
    expectFailure(run(['read', '--color', 'sometimes']), 2, /--color/);
    expectFailure(run(['read', 'a.md', 'b.md']), 2, /too many arguments/);
    expectFailure(run(['summary', '--sentences', '0']), 2, /--sentences/);
  });
});

describe('the exit statuses are documented', () => {
  it('in --help', () => {
    const help = run(['--help']).stdout;
    expect(help).toMatch(
      /Exit status:\n\s+0\s+success\n\s+1\s+the command could not do its job[\s\S]*?\n\s+2\s+usage error/,
    );
  });

  it('in the README', () => {
    const readme = readFileSync(`${ROOT}README.md`, 'utf8');
    expect(readme).toMatch(/\| 0 \| success/);
    expect(readme).toMatch(/\| 1 \| the command could not do its job/);
    expect(readme).toMatch(/\| 2 \| usage error/);
    expect(readme).toContain('50 MB');
  });
});
