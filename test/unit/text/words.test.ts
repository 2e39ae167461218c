import { describe, expect, it } from 'vitest';
import { countWords, segmentsOf } from '../../../src/text/words.js';

const wordSegmenter = new Intl.Segmenter('fr', { granularity: 'word' });
const segments = (text: string) => [...segmentsOf(wordSegmenter, text)].map((s) => s.segment);

describe('segmentsOf', () => {
  it('cuts a long text without sentence ends at a space, never inside a word', () => {
    const text = 'mots '.repeat(1_000);
    const pieces = segments(text);
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces) expect(['mots', ' ']).toContain(piece);
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
