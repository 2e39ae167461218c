import { describe, expect, it } from 'vitest';
import { countWords, segmentsOf, splitSentences } from '../../../src/text/sentences.js';

const sentenceSegmenter = new Intl.Segmenter('fr', { granularity: 'sentence' });
const segments = (text: string) => [...segmentsOf(sentenceSegmenter, text)].map((s) => s.segment);

describe('splitSentences', () => {
  it('keeps a title of address or an initial with the name after it', () => {
    expect(splitSentences('Il a vu M. Dupont. Puis J.-P. Martin est parti.', 'fr')).toEqual([
      'Il a vu M. Dupont.',
      'Puis J.-P. Martin est parti.',
    ]);
  });

  it('keeps a text that ends on an abbreviation as its last sentence', () => {
    expect(splitSentences('Il parle à M.', 'fr')).toEqual(['Il parle à M.']);
    expect(splitSentences('Bonjour. Voir p.', 'fr')).toEqual(['Bonjour.', 'Voir p.']);
  });

  it('finds every sentence of a text longer than the pieces it is segmented in', () => {
    const sentences = Array.from({ length: 300 }, (_, i) => `La phrase numéro ${i} est ici.`);
    expect(splitSentences(sentences.join(' '), 'fr')).toEqual(sentences);
  });
});

describe('segmentsOf', () => {
  it('cuts a long text without sentence ends at a space, never inside a word', () => {
    const text = 'mot '.repeat(1_000);
    const pieces = segments(text);
    expect(pieces.join('')).toBe(text);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.endsWith(' ')).toBe(true);
  });

  it('cuts a text without spaces at the piece size, and never between surrogates', () => {
    const letters = 'x'.repeat(3_000);
    expect(segments(letters).join('')).toBe(letters);
    const emoji = `a${'😀'.repeat(1_500)}`;
    const pieces = segments(emoji);
    expect(pieces.join('')).toBe(emoji);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.isWellFormed()).toBe(true);
  });
});

describe('countWords', () => {
  it('counts words the way the word segmenter does, punctuation aside', () => {
    expect(countWords('« Bonjour », a dit Jean-Pierre (AFP).', 'fr')).toBe(6);
    expect(countWords('l’une des 3 options — ...', 'fr')).toBe(4);
  });
});
