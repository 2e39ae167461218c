import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { infoRequest } from '../../../src/cli/commands.js';
import { fixture } from '../../helpers/cli.js';
import { runMain } from '../../helpers/main.js';

// An English article with a byline and a quote; the bundled French one; one with no date.
const BYLINE = fixture('model-byline.md');
const SEED = 'frontex-maroc';
const UNDATED = fixture('quotes-en-ap.md');

const lines = (text: string) => text.replace(/\n$/, '').split('\n');

describe('info over several articles', () => {
  it('prints one record a line, the article first, in argument order', async () => {
    const { stdout, status } = await runMain(['info', 'date', BYLINE, SEED]);
    expect(status).toBe(0);
    expect(lines(stdout)).toEqual([`${BYLINE}\t2024-05-02`, `${SEED}\t2023-12-13`]);
  });

  it('takes several fields, apart or as a comma list, in the order asked', async () => {
    for (const fields of [['date,title'], ['date', 'title']]) {
      const { stdout } = await runMain(['info', ...fields, BYLINE, SEED]);
      expect(lines(stdout)[0]).toBe(`${BYLINE}\t2024-05-02\tCity plans new park`);
    }
    const one = await runMain(['info', 'title,date', BYLINE]);
    expect(one.stdout).toBe('City plans new park\t2024-05-02\n');
  });

  it('names a failing article on stderr, goes on with the others and exits 1', async () => {
    const { stdout, stderr, status } = await runMain(['info', 'date', UNDATED, 'missing.md', SEED]);
    expect(status).toBe(1);
    expect(lines(stdout)).toEqual([`${SEED}\t2023-12-13`]);
    expect(lines(stderr)).toEqual([
      `article: ${UNDATED}: the article has no date`,
      'article: missing.md: no such file or bundled article',
    ]);
  });

  it('leaves a cell empty when one of several fields is missing', async () => {
    const { stdout, status } = await runMain(['info', 'date,author', UNDATED, BYLINE]);
    expect(status).toBe(0);
    expect(lines(stdout)).toEqual([`${UNDATED}\t\t`, `${BYLINE}\t2024-05-02\tSam Lee`]);
  });

  it('prints JSON Lines with --json: one object per article, "article" first', async () => {
    const { stdout } = await runMain(['info', 'date,author', '--json', BYLINE, SEED]);
    expect(lines(stdout).map((line) => JSON.parse(line))).toEqual([
      { article: BYLINE, date: '2024-05-02', author: 'Sam Lee' },
      { article: SEED, date: '2023-12-13', author: null },
    ]);
  });

  it('reads a word after -- as an article even when it is named like a field', () => {
    expect(infoRequest(['date', 'title', 'a.md'], 3)).toEqual({
      fields: ['date', 'title'],
      articles: ['a.md'],
    });
    expect(infoRequest(['date', 'title'], 1)).toEqual({ fields: ['date'], articles: ['title'] });
  });

  it('is a usage error for a word that is no field and no article', async () => {
    const { stderr, status } = await runMain(['info', 'date,titel', SEED]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^article: unknown field 'titel' \(did you mean title\?\)/);
  });
});

describe('summary, quotes and source over several articles', () => {
  it('summary sets each lead under a head-style header', async () => {
    const { stdout } = await runMain(['summary', '-s', '1', BYLINE, SEED]);
    expect(stdout).toBe(
      `==> ${BYLINE} <==\nThe council approved the plan on Tuesday.\n\n==> ${SEED} <==\nCette semaine, le directeur exécutif de Frontex, Hans Leijtens, se rend à Rabat dans le but de renforcer le dialogue et la coopération avec les autorités de gestion des flux migratoires aux frontières.\n`,
    );
  });

  it('quotes prints article, quote and speaker a line, and --json keeps them under "quotes"', async () => {
    const pipe = await runMain(['quotes', BYLINE, SEED]);
    expect(lines(pipe.stdout).map((line) => line.split('\t')[0])).toEqual([
      BYLINE,
      SEED,
      SEED,
      SEED,
    ]);
    expect(lines(pipe.stdout).at(-1)).toMatch(
      /^frontex-maroc\tLe Maroc se distingue.*\tHans Leijtens$/,
    );
    const json = lines((await runMain(['quotes', '--json', BYLINE, SEED])).stdout);
    expect(json.map((line) => Object.keys(JSON.parse(line)))).toEqual([
      ['article', 'quotes'],
      ['article', 'quotes'],
    ]);
  });

  it('--speaker finds one person’s quotes across articles, and fails as grep when none does', async () => {
    const found = await runMain(['quotes', '--speaker', 'leijtens', BYLINE, SEED]);
    expect(found.status).toBe(0);
    expect(lines(found.stdout)).toHaveLength(1);
    expect((await runMain(['quotes', '--speaker', 'nobody', BYLINE, SEED])).status).toBe(1);
  });

  it('source names the articles without one and prints the others', async () => {
    const { stdout, stderr, status } = await runMain(['source', BYLINE, SEED]);
    expect(status).toBe(1);
    expect(stdout).toBe(`${SEED}\thttps://article19.ma/accueil/archives/174433\n`);
    expect(stderr).toBe(`article: ${BYLINE}: the article names no source\n`);
  });

  it('on a terminal, each article’s block opens with its name', async () => {
    const { stdout } = await runMain(['quotes', BYLINE, SEED], { terminal: { columns: 80 } });
    const shown = lines(stripVTControlCharacters(stdout));
    expect(shown[0]).toBe(BYLINE);
    expect(shown).toContain(SEED);
  });

  it('reads standard input once only', async () => {
    const { stderr, status } = await runMain(['summary', '-', '-']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/standard input can be read once only/);
  });

  it('with one article, prints exactly what it always did', async () => {
    const one = await runMain(['quotes', '--json', SEED]);
    expect(JSON.parse(one.stdout)).toHaveLength(3);
    expect((await runMain(['source', SEED])).stdout).toBe(
      'https://article19.ma/accueil/archives/174433\n',
    );
  });
});
