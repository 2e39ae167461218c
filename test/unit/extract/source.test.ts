import { describe, expect, it } from 'vitest';
import { extractSource } from '../../../src/extract/source.js';
import { parseArticle } from '../../../src/model/parse.js';
import { fixtureArticle, seedArticle } from '../../helpers/articles.js';

const fixture = fixtureArticle;

describe('the sources an article cites', () => {
  it('gives the bundled article its source line, publisher and the site it cites, with its link', () => {
    const seed = seedArticle();
    expect(extractSource(seed)).toEqual({
      url: 'https://article19.ma/accueil/archives/174433',
      publisher: 'article19.ma',
      cited: [{ name: 'frontex.europa.eu', url: 'https://frontex.europa.eu' }],
    });
  });

  it('cites agencies, newspapers and sites, and never the people quoted with selon', () => {
    expect(extractSource(fixture('source-fr-agences.md'))).toEqual({
      url: 'https://www.exemple.ma/seisme-bilan',
      publisher: 'exemple.ma',
      cited: [
        { name: 'MAP', url: null },
        { name: 'le Figaro', url: null },
        { name: 'hespress.com', url: 'https://www.hespress.com/seisme' },
        { name: 'AFP', url: null },
        { name: 'Météo-France', url: null },
        { name: 'AP', url: null },
        { name: 'Reuters', url: null },
      ],
    });
  });

  it('reads English wire copy: a dateline credit, according to, told, reported by', () => {
    expect(extractSource(fixture('source-en-wire.md')).cited).toEqual([
      { name: 'Reuters', url: null },
      { name: 'the Turkish defence ministry', url: null },
      { name: 'The Associated Press', url: null },
      { name: 'the Financial Times', url: null },
    ]);
  });

  it('cites nothing when only people are quoted', () => {
    expect(extractSource(fixture('source-fr-rien.md'))).toEqual({
      url: null,
      publisher: null,
      cited: [],
    });
  });

  it('links a cited newspaper to the article’s link to its site', () => {
    const article = parseArticle(
      'Selon le Figaro, rien n’est décidé. Lire [l’article](https://www.lefigaro.fr/a).',
    );
    expect(extractSource(article).cited).toEqual([
      { name: 'le Figaro', url: 'https://www.lefigaro.fr/a' },
    ]);
  });
});
