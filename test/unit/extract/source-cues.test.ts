/** Sources cited in the text, one shape of citation at a time. */
import { describe, expect, it } from 'vitest';
import { extractSource } from '../../../src/extract/source.js';
import { parseArticle } from '../../../src/model/parse.js';

const citedIn = (language: 'fr' | 'en', paragraph: string) =>
  extractSource(parseArticle(`---\nlang: ${language}\n---\n# T\n\n${paragraph}\n`)).cited.map(
    (c) => c.name,
  );

describe('cited sources', () => {
  it('an institution whose name holds a preposition, with its article', () => {
    expect(citedIn('fr', 'La hausse continue, selon la Banque de France.')).toEqual([
      'la Banque de France',
    ]);
  });

  it('a publication introduced by its kind: le site d’information X, le site web x.fr', () => {
    expect(citedIn('fr', "La hausse continue, selon le site d'information Mediapart.")).toEqual([
      'Mediapart',
    ]);
    expect(citedIn('fr', 'La hausse continue, selon le site web lemonde.fr.')).toEqual([
      'lemonde.fr',
    ]);
  });

  it('nothing when the kind of publication is not followed by its name', () => {
    expect(citedIn('fr', 'La hausse continue, selon le quotidien.')).toEqual([]);
    expect(citedIn('en', 'Prices rose, according to the newspaper.')).toEqual([]);
  });
});
