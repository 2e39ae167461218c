import { stripVTControlCharacters } from 'node:util';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { fixture, hasTmux, run, runInTerminal, screenInTmux } from '../helpers/cli.js';
import { fitsWidth } from '../helpers/layout.js';

// Any escape sequence at all: CSI, OSC (hyperlinks), or a lone ESC.
const ESCAPE = /[\u001B\u009B]/;
const TITLE =
  'Migration – Frontex dévoile les prochaines étapes pour “une coopération plus étroite” avec le Maroc';

const linesOf = (text: string) => text.replace(/\n$/, '').split('\n');
const widest = (text: string) =>
  Math.max(...linesOf(stripVTControlCharacters(text)).map((line) => stringWidth(line)));

describe('article read in a pipe', () => {
  it('prints the bundled article as plain text, one paragraph per line', () => {
    const { stdout, stderr, status } = run([]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).not.toMatch(ESCAPE);
    const lines = linesOf(stdout);
    expect(lines[0]).toBe(TITLE);
    expect(lines[1]).toBe('13 décembre 2023 · Migration · article19.ma · 2 min de lecture');
    expect(stdout).toContain(
      '\n\nCette semaine, le directeur exécutif de Frontex, Hans Leijtens, se rend à Rabat',
    );
    expect(stdout).not.toMatch(/\*\*|<https?:|^# /m);
    expect(lines.at(-1)).toBe('Source : https://article19.ma/accueil/archives/174433');
  });

  it('joins the paragraph that conversion cut in two', () => {
    expect(run(['read']).stdout).toContain(
      "des frontières (IBM) et l'une des priorités stratégiques",
    );
  });

  it('wraps only when --width is given, and then adds no margin and no bar', () => {
    const { stdout } = run(['read', '--width', '50']);
    expect(stdout).not.toMatch(ESCAPE);
    expect(widest(stdout)).toBeLessThanOrEqual(50);
    expect(linesOf(stdout)[0]).toBe('Migration – Frontex dévoile les prochaines étapes');
    expect(stdout).not.toContain('┃');
  });

  it('never pages, even with a pager set', () => {
    const { stdout } = run(['read'], { env: { PAGER: 'sed s/^/PAGED:/' } });
    expect(stdout).not.toContain('PAGED:');
    expect(linesOf(stdout)[0]).toBe(TITLE);
  });

  it('colours the plain layout when colour is forced', () => {
    const runs: { args: string[]; env: Record<string, string> }[] = [
      { args: ['read', '--color', 'always'], env: {} },
      { args: ['read'], env: { FORCE_COLOR: '1' } },
    ];
    for (const options of runs) {
      const { stdout } = run(options.args, { env: options.env });
      expect(linesOf(stdout)[0]).toBe(`\u001B[36m\u001B[1m${TITLE}\u001B[22m\u001B[39m`);
    }
  });

  it('takes no colour from `--color never`, which chalk alone would read as --color', () => {
    for (const args of [
      ['read', '--color', 'never'],
      ['read', '--color=never'],
      ['read', '--no-color'],
    ]) {
      expect(run(args, { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ESCAPE);
    }
  });

  it('reads any article from a file or standard input', () => {
    const english = run(['read', fixture('read-english.md')]).stdout;
    expect(linesOf(english)[1]).toBe('December 13, 2023 · Weather · news.example.org · 1 min read');
    const input =
      "# Un titre\n\nLe texte de l'article est lu sur l'entrée standard : c'est tout !\n";
    expect(run(['read', '-'], { input }).stdout).toBe(
      "Un titre\n1 min de lecture\n\nLe texte de l'article est lu sur l'entrée standard : c'est tout !\n",
    );
  });
});

describe('article read in a terminal', () => {
  it.each([30, 40, 60, 80])('fits a %i-column terminal, in colour', (columns) => {
    const { stdout, status } = runInTerminal(['read', '--no-pager'], { columns });
    expect(status).toBe(0);
    expect(stdout).toMatch(/\u001B\[1m/);
    for (const line of linesOf(stdout)) expect(fitsWidth(line, columns), line).toBe(true);
    const prose = linesOf(stdout).filter((line) => !line.includes('https://'));
    expect(widest(prose.join('\n'))).toBeGreaterThan(columns - 8);
  });

  it('never cuts the source address: it overflows a narrow terminal on a line of its own', () => {
    const { stdout } = runInTerminal(['read', '--no-pager'], { columns: 30 });
    expect(linesOf(stripVTControlCharacters(stdout)).map((line) => line.trim())).toContain(
      'https://article19.ma/accueil/archives/174433',
    );
  });

  it.each([100, 120])('keeps a comfortable measure of 80 in a %i-column terminal', (columns) => {
    const { stdout } = runInTerminal(['read', '--no-pager'], { columns });
    expect(widest(stdout)).toBeLessThanOrEqual(80);
    expect(widest(stdout)).toBeGreaterThan(72);
  });

  it('takes --width over the terminal width', () => {
    const { stdout } = runInTerminal(['read', '--no-pager', '--width', '100'], { columns: 120 });
    expect(widest(stdout)).toBeLessThanOrEqual(100);
    expect(widest(stdout)).toBeGreaterThan(90);
  });

  it('sets the reading layout: title, facts, the lead with its bar, the source last', () => {
    const lines = linesOf(
      stripVTControlCharacters(runInTerminal(['read', '--no-pager'], { columns: 80 }).stdout),
    );
    expect(lines[0]).toBe(
      '  Migration – Frontex dévoile les prochaines étapes pour “une coopération plus',
    );
    expect(lines[2]).toBe(
      '  13\u00A0décembre\u00A02023\u00A0· Migration\u00A0· article19.ma\u00A0· 2\u00A0min\u00A0de\u00A0lecture',
    );
    expect(lines[4]).toMatch(/^┃ Cette semaine/);
    expect(lines).toContain(
      '  «\u00A0Le Maroc se distingue comme un partenaire crucial en Afrique\u00A0»',
    );
    expect(lines.at(-1)).toBe('  Source\u00A0: https://article19.ma/accueil/archives/174433');
  });

  it.each([
    ['--color never', ['--color', 'never'], {}],
    ['--color=never', ['--color=never'], {}],
    ['--no-color', ['--no-color'], {}],
    ['NO_COLOR', [], { NO_COLOR: '1' }],
    ['FORCE_COLOR=0', [], { FORCE_COLOR: '0' }],
    ['TERM=dumb', [], { TERM: 'dumb' }],
  ])('%s leaves no escape sequence, and the terminal layout', (_, args, env) => {
    const { stdout } = runInTerminal(['read', '--no-pager', ...args], { columns: 60, env });
    expect(stdout).not.toMatch(ESCAPE);
    expect(stdout).toMatch(/^ {2}Migration/);
    expect(stdout).toContain('┃ Cette semaine');
  });

  it('makes links OSC 8 hyperlinks in terminals that show them, else shows the address', () => {
    const article = fixture('read-lists.md');
    const linked = runInTerminal(['read', article, '--no-pager'], {
      env: { TERM_PROGRAM: 'vscode' },
    }).stdout;
    expect(linked).toContain('\u001B]8;;https://example.org/echanges\u001B\\');
    expect(linked).not.toContain('(https://example.org/echanges)');
    const plain = runInTerminal(['read', article, '--no-pager']).stdout;
    expect(plain).not.toContain('\u001B]8;;');
    expect(stripVTControlCharacters(plain)).toContain('(https://example.org/echanges)');
  });

  it('pages an article taller than the screen through $PAGER', () => {
    const env = { PAGER: 'sed s/^/PAGED:/' };
    const paged = runInTerminal(['read'], { columns: 80, rows: 20, env }).stdout;
    expect(stripVTControlCharacters(paged)).toMatch(/^PAGED: {2}Migration/);
    const short = runInTerminal(['read'], { columns: 80, rows: 200, env }).stdout;
    expect(short).not.toContain('PAGED:');
    const unpaged = runInTerminal(['read', '--no-pager'], { columns: 80, rows: 20, env }).stdout;
    expect(unpaged).not.toContain('PAGED:');
    const dumb = runInTerminal(['read'], { rows: 20, env: { ...env, TERM: 'dumb' } }).stdout;
    expect(dumb).not.toContain('PAGED:');
  });

  it('prints the article itself when the pager cannot be started', () => {
    const { stdout, status } = runInTerminal(['read'], {
      rows: 20,
      env: { PAGER: '/nonexistent/pager' },
    });
    expect(status).toBe(0);
    expect(stripVTControlCharacters(stdout)).toContain('  Migration – Frontex');
    expect(stripVTControlCharacters(stdout)).toContain('Source\u00A0: https://article19.ma');
  });
});

/** The rows a terminal folds a line into: an overflowing address goes on at the next row. */
function foldedByTerminal(line: string, columns: number): string[] {
  if (stringWidth(line) <= columns) return [line];
  expect(fitsWidth(line, columns), line).toBe(true);
  const rows: string[] = [];
  for (let at = 0; at < line.length; at += columns)
    rows.push(line.slice(at, at + columns).trimEnd());
  return rows;
}

describe.skipIf(!hasTmux)('article read on a real terminal screen (tmux)', () => {
  it.each([30, 40, 60, 80, 100, 120])(
    'lays every line within a %i-column screen, wide characters and emoji included',
    (columns) => {
      for (const article of [[], [fixture('read-code-table.md')]]) {
        const args = ['read', ...article, '--no-pager'];
        const expected = linesOf(stripVTControlCharacters(runInTerminal(args, { columns }).stdout))
          .map((line) => line.trimEnd())
          .flatMap((line) => foldedByTerminal(line, columns));
        // The screen shows one row per line, but for an address too long for any, which the
        // terminal folds: no other line was wider than the terminal.
        expect(screenInTmux(args, { columns })).toEqual(expected);
      }
    },
  );
});
