import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INFO_FIELDS } from '../../src/extract/fields.js';
import { fixture, ROOT, run, runInTerminal } from '../helpers/cli.js';

const ESCAPE = /[\u001B\u009B]/;

describe('article summary', () => {
  it('in a pipe: the lead paragraphs separated by one blank line, nothing else', () => {
    const { stdout, stderr, status } = run(['summary']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).not.toMatch(ESCAPE);
    const paragraphs = stdout.trimEnd().split('\n\n');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs.every((p) => !p.includes('\n'))).toBe(true);
    expect(paragraphs[0]).toMatch(/^Cette semaine/);
    expect(stdout.endsWith('affirme-t-on.\n')).toBe(true);
  });

  it('--json gives text and paragraphs', () => {
    const summary = JSON.parse(run(['summary', '--json', '--sentences', '2']).stdout);
    expect(summary.paragraphs).toHaveLength(2);
    expect(summary.text).toBe(summary.paragraphs.join('\n\n'));
  });

  it('reads a file given as a path, and standard input', () => {
    expect(run(['summary', fixture('model-no-lead.md')]).stdout).toMatch(/^The city council voted/);
    const piped = run(['summary', '-'], { input: '# T\n\n**Le chapeau.**\n\nLe corps.\n' });
    expect(piped.stdout).toBe('Le chapeau.\n');
  });

  it('on a terminal, wraps to the width', () => {
    const { stdout } = runInTerminal(['summary', '--width', '40']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(10);
  });
});

describe('article source', () => {
  it('in a pipe prints the URL alone', () => {
    expect(run(['source']).stdout).toBe('https://article19.ma/accueil/archives/174433\n');
  });

  it('--json gives url, publisher and cited sources with their links', () => {
    expect(JSON.parse(run(['source', '--json']).stdout)).toEqual({
      url: 'https://article19.ma/accueil/archives/174433',
      publisher: 'article19.ma',
      cited: [{ name: 'frontex.europa.eu', url: 'https://frontex.europa.eu' }],
    });
  });

  it('no source: a message on stderr, status 1, nothing on stdout', () => {
    const result = run(['source', fixture('model-no-lead.md')]);
    expect(result).toMatchObject({ status: 1, stdout: '' });
    expect(result.stderr).toMatch(/^article: .*model-no-lead\.md: the article names no source\n$/);
  });
});

describe('article info', () => {
  it('prints one field raw', () => {
    expect(run(['info', 'date']).stdout).toBe('2023-12-13\n');
    expect(run(['info', 'language']).stdout).toBe('fr\n');
    expect(run(['info', 'publisher']).stdout).toBe('article19.ma\n');
    expect(run(['info', 'kicker']).stdout).toBe('Migration\n');
  });

  it('--json has every field, in order, each one shown in the README', () => {
    const info = JSON.parse(run(['info', '--json']).stdout);
    expect(Object.keys(info)).toEqual(INFO_FIELDS);
    const readme = readFileSync(`${ROOT}README.md`, 'utf8');
    const documented = readme.slice(readme.indexOf('### `article info --json`')).split('\n### ')[0];
    for (const field of INFO_FIELDS) expect(documented).toContain(`"${field}":`);
    expect(info.words).toBeGreaterThan(250);
    expect(info.readingMinutes).toBe(Math.ceil(info.words / 200));
  });

  it('a field the article lacks: status 1 and a message', () => {
    const result = run(['info', 'date', fixture('model-no-lead.md')]);
    expect(result).toMatchObject({ status: 1, stdout: '' });
    expect(result.stderr).toMatch(/has no date/);
  });

  it('an unknown field: status 2 with the valid ones', () => {
    const result = run(['info', 'dat']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /unknown field 'dat' \(did you mean date\?\); fields: title, date,/,
    );
  });
});

describe('article list', () => {
  it('lists the bundled articles as id, date, title', () => {
    expect(run(['list']).stdout).toBe(
      'frontex-maroc\t2023-12-13\tMigration – Frontex dévoile les prochaines étapes pour “une coopération plus étroite” avec le Maroc\n',
    );
    expect(JSON.parse(run(['list', '--json']).stdout)).toEqual([
      {
        id: 'frontex-maroc',
        date: '2023-12-13',
        title:
          'Migration – Frontex dévoile les prochaines étapes pour “une coopération plus étroite” avec le Maroc',
      },
    ]);
  });
});

describe('article quotes, the command', () => {
  it('filters by speaker, any case and accents, part of a name', () => {
    for (const query of ['leijtens', 'LEIJTENS', 'Hans', 'léijtens']) {
      const { stdout, status } = run(['quotes', '--speaker', query, '--json']);
      expect(status).toBe(0);
      const quotes = JSON.parse(stdout) as { speaker: string }[];
      expect(quotes.map((q) => q.speaker)).toEqual(['Hans Leijtens']);
    }
    expect(JSON.parse(run(['quotes', '--speaker', 'zerouali', '--json']).stdout)).toEqual([]);
  });

  it('prints one quotation per line in a pipe: text, a tab, the speaker', () => {
    const lines = run(['quotes']).stdout.trimEnd().split('\n');
    expect(lines.map((line) => line.split('\t')[1])).toEqual(['', '', 'Hans Leijtens']);
    expect(lines[0]).toBe('une coopération plus étroite\t');
  });

  it('sets quotations on a terminal in the marks the article uses', () => {
    const english = runInTerminal(['quotes', fixture('quotes-en-court.md'), '--color', 'never']);
    expect(english.stdout).toContain('“a breathtaking sense of entitlement”');
    expect(english.stdout).toContain('— Rebecca Marsh, Judge');
    const french = runInTerminal(['quotes', fixture('quotes-fr-football.md'), '--color', 'never']);
    // The terminal sets French spacing: no-break spaces inside the guillemets.
    expect(french.stdout).toContain(
      '«\u00a0Il faudra vite se remobiliser pour la Ligue des champions\u00a0»',
    );
  });
});
