import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/extract/summary.js';
import { splitSentences } from '../../../src/text/sentences.js';
import { fixtureArticle, seedArticle } from '../../helpers/articles.js';

describe('summarize', () => {
  it('is the lead of the seed, link text kept, dateline left out', () => {
    const summary = summarize(seedArticle());
    expect(summary.from).toBe('lead');
    expect(summary.paragraphs).toHaveLength(3);
    expect(summary.paragraphs[0]).toMatch(
      /^Cette semaine, le directeur exécutif de Frontex, Hans Leijtens/,
    );
    expect(summary.paragraphs[1]).toMatch(/selon le site frontex\.europa\.eu\.$/);
    expect(summary.text).toBe(summary.paragraphs.join('\n\n'));
    expect(summary.text).not.toMatch(/13\.12\.2023|\*\*|\]\(/);
  });

  it('falls back to the opening paragraphs, stopping at the first subheading', () => {
    const summary = summarize(fixtureArticle('model-no-lead.md'));
    expect(summary.from).toBe('body');
    expect(summary.paragraphs).toHaveLength(2);
    expect(summary.paragraphs[0]).toMatch(/^The city council voted/);
  });

  it('--sentences keeps the first N sentences across paragraphs', () => {
    expect(summarize(seedArticle(), { sentences: 1 }).paragraphs).toHaveLength(1);
    const two = summarize(fixtureArticle('model-no-lead.md'), { sentences: 2 });
    expect(two.paragraphs).toEqual([
      'The city council voted on Tuesday evening to approve the new tram line linking the northern districts to the central station, ending two years of consultation.',
      'The line, which will run for 12 kilometres, is expected to open in 2027.',
    ]);
  });
});

describe('splitSentences', () => {
  it('does not stop at titles of address or initials', () => {
    expect(splitSentences('M. Dupont et Mme Durand sont là. J.-P. Sartre aussi.')).toEqual([
      'M. Dupont et Mme Durand sont là.',
      'J.-P. Sartre aussi.',
    ]);
    expect(splitSentences('Mr. Smith met Dr. Jones. They talked.')).toEqual([
      'Mr. Smith met Dr. Jones.',
      'They talked.',
    ]);
  });
});
