/**
 * Every command driven through main() in this process, with fake streams shaped as a pipe or as a
 * terminal: the same checks the spawned end-to-end tests make, where coverage sees them.
 */
import { Readable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { INFO_FIELDS } from '../../../src/extract/info.js';
import { colorLevel } from '../../../src/output/display.js';
import type { Io } from '../../../src/output/write.js';
import { displayWidth } from '../../../src/render/wrap.js';
import { fixture } from '../../helpers/cli.js';
import { fitsWidth } from '../../helpers/layout.js';
import { runMain } from '../../helpers/main.js';

const ESC = '\u001B';
const TITLE =
  'Migration – Frontex dévoile les prochaines étapes pour “une coopération plus étroite” avec le Maroc';
const URL_OF_BUNDLED = 'https://article19.ma/accueil/archives/174433';
const GERMAN = fixture('cov-de-hafen.md');
const ENGLISH = fixture('model-english.md');

const lines = (text: string) => text.split('\n').slice(0, -1);
const widest = (text: string) =>
  Math.max(...lines(stripVTControlCharacters(text)).map((line) => displayWidth(line)));

describe('read', () => {
  it('in a pipe: plain text, title first, one paragraph per line, no escape sequence', async () => {
    const { stdout, stderr, status } = await runMain(['read']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).not.toContain(ESC);
    expect(lines(stdout)[0]).toBe(TITLE);
    expect(stdout).toContain('\n\nCette semaine, le directeur exécutif de Frontex');
  });

  it('on a terminal: styled, within its width, links in parentheses where OSC 8 is unknown', async () => {
    const { stdout, status } = await runMain(['read'], { terminal: { columns: 60 } });
    expect(status).toBe(0);
    expect(stdout).toContain(`${ESC}[1m`);
    expect(widest(stdout)).toBeLessThanOrEqual(60);
    expect(stdout).not.toContain(`${ESC}]8;;`);
  });

  it('on a terminal that shows hyperlinks: OSC 8 links', async () => {
    const { stdout } = await runMain(['read'], {
      terminal: { columns: 80 },
      env: { TERM_PROGRAM: 'WezTerm' },
    });
    expect(stdout).toContain(`${ESC}]8;;https://frontex.europa.eu`);
  });

  it('--no-color and --color never turn styling off on a terminal', async () => {
    for (const flag of [['--no-color'], ['--color', 'never']]) {
      const { stdout, status } = await runMain(['read', ...flag], { terminal: { columns: 70 } });
      expect(status).toBe(0);
      expect(stdout).not.toContain(ESC);
      expect(widest(stdout)).toBeLessThanOrEqual(70);
    }
  });

  it('--color always styles a pipe, and --width wraps it', async () => {
    const { stdout } = await runMain(['read', '--color', 'always', '--width', '40']);
    expect(stdout).toContain(`${ESC}[1m`);
    for (const line of lines(stdout)) expect(fitsWidth(line, 40), line).toBe(true);
  });

  it('reads standard input for -', async () => {
    const { stdout, status } = await runMain(['read', '-'], {
      input: '# Piped title\n\nA paragraph from the pipe.\n',
    });
    expect(status).toBe(0);
    expect(stdout).toBe('Piped title\n1 min read\n\nA paragraph from the pipe.\n');
  });

  it('a mistyped command is a usage error with a hint, not a missing file', async () => {
    const { stdout, stderr, status } = await runMain(['sumary']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('article: sumary: unknown command; did you mean summary?\n');
  });

  it('a word far from every command is looked up as an article', async () => {
    const { stderr, status } = await runMain(['zzzzzzzz']);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^article: zzzzzzzz: no such file or bundled article/);
  });

  it('a missing article gets the closest bundled id, the list of them, or nothing for a path', async () => {
    const message = async (arg: string) => (await runMain(['summary', arg])).stderr;
    expect(await message('frontex-marco')).toBe(
      'article: frontex-marco: no such file or bundled article; did you mean frontex-maroc?\n',
    );
    expect(await message('zzzz')).toBe(
      'article: zzzz: no such file or bundled article (bundled: frontex-maroc)\n',
    );
    expect(await message('nowhere/story.md')).toBe(
      'article: nowhere/story.md: no such file or bundled article\n',
    );
  });
});

describe('colour from the environment', () => {
  it('NO_COLOR and FORCE_COLOR=0 turn it off on a terminal; FORCE_COLOR turns it on in a pipe', async () => {
    const quiet: Record<string, string>[] = [
      { NO_COLOR: '1' },
      { FORCE_COLOR: '0' },
      { TERM: 'dumb' },
    ];
    for (const env of quiet) {
      const { stdout } = await runMain(['source'], { terminal: { columns: 80 }, env });
      expect(stdout).not.toContain(ESC);
    }
    const forced = await runMain(['source', ENGLISH], { env: { FORCE_COLOR: '2' } });
    expect(forced.stdout).toBe('https://www.example-news.com/world/harbour-reopens\n');
    expect((await runMain(['read'], { env: { FORCE_COLOR: '2' } })).stdout).toContain(`${ESC}[1m`);
  });

  it('FORCE_COLOR gives the level it names', () => {
    const level = (FORCE_COLOR: string) => colorLevel({ env: { FORCE_COLOR }, isTTY: false });
    expect([level('0'), level('1'), level('2'), level('3'), level('yes')]).toEqual([0, 1, 2, 3, 1]);
  });
});

describe('summary', () => {
  it('in a pipe: the lead, paragraphs separated by one blank line', async () => {
    const { stdout, status } = await runMain(['summary']);
    expect(status).toBe(0);
    const paragraphs = stdout.trimEnd().split('\n\n');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^Cette semaine, .* aux frontières\.$/);
    expect(stdout).not.toContain(ESC);
  });

  it('--sentences 1 keeps the first sentence', async () => {
    const { stdout } = await runMain(['summary', '--sentences', '1']);
    expect(stdout).toBe(
      'Cette semaine, le directeur exécutif de Frontex, Hans Leijtens, se rend à Rabat dans le but de renforcer le dialogue et la coopération avec les autorités de gestion des flux migratoires aux frontières.\n',
    );
  });

  it('--json: text is the paragraphs joined by a blank line, from the lead', async () => {
    const { stdout } = await runMain(['summary', '--json']);
    const summary = JSON.parse(stdout);
    expect(Object.keys(summary)).toEqual(['text', 'paragraphs', 'from']);
    expect(summary.from).toBe('lead');
    expect(summary.text).toBe(summary.paragraphs.join('\n\n'));
  });

  it('on a terminal: wrapped to its width', async () => {
    const { stdout } = await runMain(['summary'], { terminal: { columns: 40 } });
    expect(widest(stdout)).toBeLessThanOrEqual(40);
    expect(lines(stdout).length).toBeGreaterThan(10);
  });

  it('--sentences 0 is a usage error', async () => {
    const { stderr, status } = await runMain(['summary', '--sentences', '0']);
    expect(status).toBe(2);
    expect(stderr).toContain("'0' is not a whole number from 1 up");
    expect(stderr).toMatch(/\(see 'article summary --help'\)\n$/);
  });
});

describe('quotes', () => {
  it('in a pipe: text<TAB>speaker lines, an unattributed quote with an empty speaker', async () => {
    const { stdout, status } = await runMain(['quotes']);
    expect(status).toBe(0);
    const rows = lines(stdout).map((line) => line.split('\t'));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(['une coopération plus étroite', '']);
    expect(rows[2]?.[1]).toBe('Hans Leijtens');
  });

  it('--speaker finds a speaker in any case and leaves out unattributed quotes', async () => {
    const { stdout } = await runMain(['quotes', '--speaker', 'LEIJTENS', '--json']);
    const quotes = JSON.parse(stdout);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({
      speaker: 'Hans Leijtens',
      role: 'directeur exécutif de Frontex',
      mark: '«',
      cue: 'a déclaré',
    });
  });

  it('--speaker with a name nobody has prints nothing in a pipe and exits 1, as grep', async () => {
    expect(await runMain(['quotes', '--speaker', 'nobody'])).toEqual({
      stdout: '',
      stderr: '',
      status: 1,
    });
  });

  it('on a terminal: numbered, in French guillemets, speaker and role under each', async () => {
    const { stdout } = await runMain(['quotes', '--no-color'], { terminal: { columns: 80 } });
    expect(stdout).toMatch(/^1\. “une coopération plus étroite”\n {3}— speaker not named\n/);
    // French guillemets hold their words with a no-break space.
    expect(stdout).toMatch(/\n3\. «[\u00a0\u202f]Le Maroc se distingue/);
    expect(stdout).toMatch(
      / internationale[\u00a0\u202f]»\n {3}— Hans Leijtens, directeur exécutif de Frontex\n$/,
    );
  });

  it('on a terminal: a German quotation keeps its low-high marks', async () => {
    const { stdout } = await runMain(['quotes', '--no-color', GERMAN], {
      terminal: { columns: 80 },
    });
    expect(stdout).toBe(
      '1. „Wir sind zum normalen Verkehr zurückgekehrt“\n   — speaker not named\n',
    );
  });
});

describe('source', () => {
  it('in a pipe: the URL alone', async () => {
    expect(await runMain(['source'])).toEqual({
      stdout: `${URL_OF_BUNDLED}\n`,
      stderr: '',
      status: 0,
    });
  });

  it('on a terminal: source, publisher and each cited source with its address', async () => {
    const { stdout } = await runMain(['source', '--no-color'], { terminal: { columns: 80 } });
    expect(lines(stdout)).toEqual([
      `Source:    ${URL_OF_BUNDLED}`,
      'Publisher: article19.ma',
      'Cited:     frontex.europa.eu (https://frontex.europa.eu)',
    ]);
  });

  it('--json gives url, publisher and cited', async () => {
    const source = JSON.parse((await runMain(['source', '--json'])).stdout);
    expect(source).toEqual({
      url: URL_OF_BUNDLED,
      publisher: 'article19.ma',
      cited: [{ name: 'frontex.europa.eu', url: 'https://frontex.europa.eu' }],
    });
  });

  it('an article without a source: status 1 and a message, or null in JSON', async () => {
    expect(await runMain(['source', GERMAN])).toEqual({
      stdout: '',
      stderr: `article: ${GERMAN}: the article names no source\n`,
      status: 1,
    });
    const json = await runMain(['source', '--json', GERMAN]);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ url: null, publisher: null, cited: [] });
  });
});

describe('get', () => {
  it('prints the article as Markdown with its facts as front matter, keeping its other keys', async () => {
    const input = '---\nlang: fr\n---\n\n# Le titre\n\n**12 mars 2024 – Société**\n\nLe texte.\n';
    const { stdout, stderr, status } = await runMain(['get', '-'], { input });
    expect({ stderr, status }).toEqual({ stderr: '', status: 0 });
    expect(stdout).toBe(
      '---\ntitle: Le titre\ndate: 2024-03-12\nlang: fr\n---\n\n# Le titre\n\n**12 mars 2024 – Société**\n\nLe texte.\n',
    );
    expect((await runMain(['get', '-'], { input: stdout })).stdout).toBe(stdout);
  });

  it('a page with no article text is an error, and a timeout must be a number of seconds', async () => {
    const empty = await runMain(['get', '-'], {
      input: '<!DOCTYPE html><html><body></body></html>',
    });
    expect(empty).toEqual({
      stdout: '',
      stderr: 'article: standard input: no article text found on the page\n',
      status: 1,
    });
    for (const value of ['0', 'soon', '-1']) {
      const usage = await runMain(['summary', '--timeout', value]);
      expect(usage.status).toBe(2);
      expect(usage.stderr).toMatch(/is not a number of seconds above 0/);
    }
  });
});

describe('info', () => {
  it('in a pipe: one labelled line per fact', async () => {
    const { stdout, status } = await runMain(['info']);
    expect(status).toBe(0);
    expect(lines(stdout).slice(0, 4)).toEqual([
      `Title:        ${TITLE}`,
      'Date:         2023-12-13',
      'Author:       —',
      'Kicker:       Migration',
    ]);
    expect(stdout).toContain('\nReading time: 2 min\n');
  });

  it('author and publisher from front matter; the publisher falls back to the source host', async () => {
    const input = [
      '---',
      'author: Ana Lopes',
      'publisher: The Daily Example',
      'source: https://www.daily.example/a',
      '---',
      '',
      'Text.',
      '',
    ].join('\n');
    const named = JSON.parse((await runMain(['info', '--json', '-'], { input })).stdout);
    expect(named).toMatchObject({ author: 'Ana Lopes', publisher: 'The Daily Example' });
    expect((await runMain(['info', 'author', '-'], { input })).stdout).toBe('Ana Lopes\n');
    const source = JSON.parse((await runMain(['source', '--json', '-'], { input })).stdout);
    expect(source.publisher).toBe('The Daily Example');
    const hostOnly = input.replace('publisher: The Daily Example\n', '');
    const host = JSON.parse((await runMain(['info', '--json', '-'], { input: hostOnly })).stdout);
    expect(host.publisher).toBe('daily.example');
  });

  it('on a terminal: the same labels as in a pipe, dimmed', async () => {
    const { stdout } = await runMain(['info'], { terminal: { columns: 80 } });
    expect(stdout).toContain(`${ESC}[2mDate:`);
    expect(stripVTControlCharacters(stdout)).toContain('\nDate:         2023-12-13\n');
  });

  it('one field raw, and every field or one as JSON', async () => {
    expect((await runMain(['info', 'date'])).stdout).toBe('2023-12-13\n');
    expect((await runMain(['info', 'date', '--json'])).stdout).toBe('"2023-12-13"\n');
    const info = JSON.parse((await runMain(['info', '--json'])).stdout);
    expect(Object.keys(info)).toEqual(INFO_FIELDS);
    expect(info.words).toBeGreaterThan(250);
  });

  it('people raw: name<TAB>role lines, the role empty when the article gives none', async () => {
    expect((await runMain(['info', 'people'])).stdout).toBe(
      'Hans Leijtens\tdirecteur exécutif de Frontex\n' +
        'Khalid Zerouali\tWali, directeur des migrations et de la surveillance des frontières au ministère de l’Intérieur du Maroc\n',
    );
    expect((await runMain(['info', 'people', ENGLISH])).stdout).toBe('Jane Doe\t\n');
  });

  it('a lone argument naming an article is the article, not a field', async () => {
    for (const arg of [ENGLISH, 'frontex-maroc', 'frontex-maroc.md']) {
      const { stdout, status } = await runMain(['info', arg]);
      expect(status).toBe(0);
      expect(stdout).toMatch(/^Title: {8}\S/);
    }
    expect((await runMain(['info', ENGLISH])).stdout).toContain('Language:     en\n');
  });

  it('a field the article lacks: status 1, and a message that names it', async () => {
    expect(await runMain(['info', 'kicker', GERMAN])).toEqual({
      stdout: '',
      stderr: `article: ${GERMAN}: the article has no kicker\n`,
      status: 1,
    });
  });

  it('an unknown field: status 2, with a hint when one is close', async () => {
    const close = await runMain(['info', 'titel']);
    expect(close.status).toBe(2);
    expect(close.stderr).toBe(
      `article: unknown field 'titel' (did you mean title?); fields: ${INFO_FIELDS.join(', ')}\n`,
    );
    const far = await runMain(['info', 'zzzzzz']);
    expect(far.status).toBe(2);
    expect(far.stderr).toBe(`article: unknown field 'zzzzzz'; fields: ${INFO_FIELDS.join(', ')}\n`);
  });
});

describe('list', () => {
  it('in a pipe: id, date and title separated by tabs', async () => {
    expect((await runMain(['list'])).stdout).toBe(`frontex-maroc\t2023-12-13\t${TITLE}\n`);
  });

  it('--json: id, date and title', async () => {
    expect(JSON.parse((await runMain(['list', '--json'])).stdout)).toEqual([
      { id: 'frontex-maroc', date: '2023-12-13', title: TITLE },
    ]);
  });

  it('on a terminal: the id in bold, wrapped to the width', async () => {
    const { stdout } = await runMain(['list'], { terminal: { columns: 50 } });
    expect(stdout.startsWith(`${ESC}[1mfrontex-maroc${ESC}[22m`)).toBe(true);
    expect(widest(stdout)).toBeLessThanOrEqual(50);
  });
});

describe('usage and failures', () => {
  it('--help goes to stdout with status 0; an unknown option to stderr with status 2', async () => {
    const help = await runMain(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Exit status:');
    expect(help.stderr).toBe('');
    const bad = await runMain(['read', '--frobnicate']);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe(
      "article: read --frobnicate: unknown option (see 'article read --help')\n",
    );
  });

  it('a missing file and an empty standard input: status 1 and one line', async () => {
    expect((await runMain(['read', 'missing.md'])).stderr).toBe(
      'article: missing.md: no such file or bundled article\n',
    );
    expect(await runMain(['summary', '-'], { input: '  \n' })).toEqual({
      stdout: '',
      stderr: 'article: standard input: the article is empty\n',
      status: 1,
    });
  });

  it('invalid UTF-8 is read with a warning on stderr', async () => {
    const stdin = Readable.from([Buffer.from('# Caf\xe9\n\nDu texte.\n', 'latin1')]);
    const result = await mainWith(['read', '-'], { stdin });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('Caf�\n1 min de lecture\n\nDu texte.\n');
    expect(result.stderr).toBe(
      'article: warning: standard input: not valid UTF-8; unreadable bytes are shown as �\n',
    );
  });

  it('an unexpected failure is one line on stderr and status 1, never a stack', async () => {
    const failing = (thrown: unknown) =>
      ({
        on: () => undefined,
        write: () => {
          throw thrown;
        },
      }) as unknown as NodeJS.WriteStream;
    const error = await mainWith(['info', 'date'], { stdout: failing(new Error('disk on fire')) });
    expect(error).toMatchObject({ status: 1, stderr: 'article: unexpected error: disk on fire\n' });
    const value = await mainWith(['info', 'date'], { stdout: failing('boom') });
    expect(value).toMatchObject({ status: 1, stderr: 'article: unexpected error: boom\n' });
  });
});

/** main() with some streams of the caller's own; stdout and stderr are kept when not given. */
async function mainWith(
  args: readonly string[],
  streams: { stdin?: Readable; stdout?: NodeJS.WriteStream },
): Promise<{ stdout: string; stderr: string; status: number }> {
  const out: string[] = [];
  const err: string[] = [];
  const keep = (chunks: string[]) =>
    ({
      on: () => undefined,
      write: (text: string, done?: () => void) => {
        chunks.push(text);
        done?.();
        return true;
      },
    }) as unknown as NodeJS.WriteStream;
  const io: Io = {
    stdin: (streams.stdin ?? Readable.from([''])) as unknown as NodeJS.ReadStream,
    stdout: streams.stdout ?? keep(out),
    stderr: keep(err),
    env: {},
  };
  const status = await main(args, io);
  return { stdout: out.join(''), stderr: err.join(''), status };
}
