import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { chunkEnd, chunks } from '../../../src/text/chunks.js';

const nowhere = () => -1;

describe('chunks', () => {
  it('cuts where the chooser says, else at the size', () => {
    const atSpace = (text: string, _from: number, end: number) => text.lastIndexOf(' ', end) + 1;
    expect([...chunks('aaa bbb ccc', 5, atSpace)]).toEqual(['aaa ', 'bbb ', 'ccc']);
    expect([...chunks('abcdefgh', 3, nowhere)]).toEqual(['abc', 'def', 'gh']);
  });

  it('never cuts a character in two', () => {
    expect(chunkEnd('a😀b', 0, 2, nowhere)).toBe(3);
  });

  test.prop([fc.string({ unit: 'grapheme', maxLength: 200 }), fc.integer({ min: 1, max: 20 })])(
    'joins back into the text, every chunk well formed',
    (text, size) => {
      const pieces = [...chunks(text, size, nowhere)];
      expect(pieces.join('')).toBe(text);
      for (const piece of pieces) expect(piece.isWellFormed()).toBe(true);
    },
  );
});
