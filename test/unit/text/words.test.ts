import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { countWords, segmentsOf, wordsOf } from '../../../src/text/words.js';

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

describe('wordsOf without the word segmenter', () => {
  const segmenters = new Map<string, Intl.Segmenter>();
  function segmented(text: string, language: string): string[] {
    let segmenter = segmenters.get(language);
    if (!segmenter) {
      segmenter = new Intl.Segmenter(language, { granularity: 'word' });
      segmenters.set(language, segmenter);
    }
    return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
  }

  it.each([
    ["garde-côtes, l'Europe d’une frontex.europa.eu. affirme-t-on", 'fr'],
    ['U.S. co-founder «Jean-Pierre» l’a dit: 1,5 a.1 2024-03-05', 'en'],
  ])('finds the words of %j as the segmenter does', (text, language) => {
    expect([...wordsOf(text, language)]).toEqual(segmented(text, language));
  });

  const pieces = fc.constantFrom(
    'a',
    'é',
    'e\u0301',
    '\u0301',
    'Ж',
    'λ',
    'ª',
    'B',
    '1',
    '-',
    "'",
    '’',
    '.',
    ':',
    ',',
    '«',
    ' ',
  );
  test.prop([
    fc.array(pieces, { maxLength: 12 }).map((p) => p.join('')),
    fc.constantFrom('fr', 'en', 'sv'),
  ])('agrees with the word segmenter on letters, joiners and digits', (text, language) => {
    expect([...wordsOf(text, language)]).toEqual(segmented(text, language));
  });
});
