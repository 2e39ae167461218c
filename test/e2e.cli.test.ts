import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run, runInTerminal } from './helpers/cli.js';

const ESCAPE = /[\u001B\u009B]/;

describe('article read in a pipe', () => {
  it('prints the bundled article as plain text, one paragraph per line', () => {
    const { stdout, stderr, status } = run([]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).not.toMatch(ESCAPE);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(
      'Migration – Frontex dévoile les prochaines étapes pour “une coopération plus étroite” avec le Maroc',
    );
    expect(lines[1]).toContain('13 décembre 2023 · Migration · article19.ma');
    expect(stdout).toContain(
      '\n\nCette semaine, le directeur exécutif de Frontex, Hans Leijtens, se rend à Rabat',
    );
    expect(stdout).not.toMatch(/\*\*|<https?:|^# /m);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      'Source : https://article19.ma/accueil/archives/174433',
    );
  });

  it('joins the paragraph that conversion cut in two', () => {
    expect(run(['read']).stdout).toContain(
      "des frontières (IBM) et l'une des priorités stratégiques",
    );
  });
});

describe('article read in a terminal', () => {
  it('styles the text and never exceeds the width', () => {
    const { stdout, status } = runInTerminal(['read', '--no-pager'], { columns: 60 });
    expect(status).toBe(0);
    expect(stdout).toMatch(ESCAPE);
    for (const line of stripVTControlCharacters(stdout).split('\n')) {
      expect([...line].length).toBeLessThanOrEqual(60);
    }
  });

  it('--color never leaves no escape sequence', () => {
    const { stdout } = runInTerminal(['read', '--no-pager', '--color', 'never']);
    expect(stdout).not.toMatch(ESCAPE);
  });
});
