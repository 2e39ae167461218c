/**
 * Attribution cues after a quotation, one rule at a time, in the smallest article that shows it.
 * The fixture sets in quotes.test.ts measure the rules on real writing; these pin each rule down.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../../src/extract/quotes/quotes.js';
import { parseArticle } from '../../../../src/model/parse.js';

/** Each quotation of a one-paragraph article as [text, speaker, role, cue]. */
function quotesOf(language: 'fr' | 'en', paragraph: string) {
  const article = parseArticle(`---\nlang: ${language}\n---\n# T\n\n${paragraph}\n`);
  return extractQuotes(article).map((q) => [q.text, q.speaker, q.role, q.cue]);
}

describe('French incises', () => {
  it.each([
    ["d'après", "« Nous sommes prêts », d'après Jean Dupont, maire de Lyon."],
    ["d'après", '« Nous sommes prêts », d’après Jean Dupont, maire de Lyon.'],
    ['selon', '« Nous sommes prêts », selon Jean Dupont, maire de Lyon.'],
  ])('%s X: the person after the preposition', (cue, paragraph) => {
    expect(quotesOf('fr', paragraph)).toEqual([
      ['Nous sommes prêts', 'Jean Dupont', 'maire de Lyon', cue],
    ]);
  });

  it('an adverb between the auxiliary and the verb: a ensuite déclaré X', () => {
    expect(quotesOf('fr', '« Nous sommes prêts », a ensuite déclaré Jean Dupont.')).toEqual([
      ['Nous sommes prêts', 'Jean Dupont', null, 'a ensuite déclaré'],
    ]);
  });

  it("a pronominal verb: s'est félicité X, se réjouit X", () => {
    expect(
      quotesOf('fr', "« Nous sommes prêts », s'est félicité le maire de Lyon, Jean Dupont."),
    ).toEqual([['Nous sommes prêts', 'Jean Dupont', 'maire de Lyon', "s'est félicité"]]);
    expect(quotesOf('fr', '« Nous sommes prêts », se réjouit Jean Dupont.')).toEqual([
      ['Nous sommes prêts', 'Jean Dupont', null, 'se réjouit'],
    ]);
  });
});

describe('English attribution', () => {
  it('a signature after a dash names the speaker; a dash before other words does not', () => {
    expect(quotesOf('en', '“We are ready” — John Smith')).toEqual([
      ['We are ready', 'John Smith', null, '—'],
    ]);
    expect(quotesOf('en', '“We are ready” — and so is the town.')).toEqual([
      ['We are ready', null, null, null],
    ]);
  });

  it('a short sentence after a closed quotation attributes it: Smith said.', () => {
    expect(quotesOf('en', '“We are ready.” John Smith said.')).toEqual([
      ['We are ready.', 'John Smith', null, 'said'],
    ]);
  });

  it('a longer new sentence is a report of its own, not the attribution', () => {
    expect(
      quotesOf('en', '“We are ready.” John Smith said on Monday that the plan would go ahead.'),
    ).toEqual([['We are ready.', null, null, null]]);
  });

  it('according to X attributes what it follows, not a quotation a sentence before', () => {
    expect(quotesOf('en', '“We are ready,” according to John Smith.')).toEqual([
      ['We are ready', 'John Smith', null, 'according to'],
    ]);
    expect(quotesOf('en', '“We are ready.” According to John Smith, the town is too.')).toEqual([
      ['We are ready.', null, null, null],
    ]);
  });
});
