import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../../src/cli/suggest.js';

describe('editDistance', () => {
  it.each([
    ['list', 'list', 0],
    ['list', 'lsit', 1],
    ['raed', 'read', 1],
    ['sumary', 'summary', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['ab', 'ba', 1],
    ['abc', 'ca', 3],
  ])('from %j to %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('closest', () => {
  const commands = ['read', 'summary', 'quotes', 'source', 'info', 'list'];

  it('finds the command meant, in any case, and returns it as written', () => {
    expect(closest('lsit', commands)).toBe('list');
    expect(closest('SUMARY', commands)).toBe('summary');
    expect(closest('qoutes', commands)).toBe('quotes');
  });

  it('keeps the first of equally close candidates', () => {
    expect(closest('sourc', ['source', 'sourcx'])).toBe('source');
  });

  it('suggests nothing when every candidate is too far', () => {
    expect(closest('xyz', commands)).toBeUndefined();
    expect(closest('frontex', commands)).toBeUndefined();
    expect(closest('anything', [])).toBeUndefined();
  });

  it('does not compare a word longer than any name', () => {
    const long = 'a'.repeat(65);
    expect(closest(long, [long])).toBeUndefined();
    expect(closest('a'.repeat(64), ['a'.repeat(64)])).toBe('a'.repeat(64));
  });
});
