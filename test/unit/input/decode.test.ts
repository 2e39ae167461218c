import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../../../src/input/decode.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeArticle', () => {
  it('refuses bytes with a NUL in the first 8000 as not text', () => {
    expect(() => decodeArticle(Uint8Array.from([0x23, 0x20, 0x41, 0x00, 0x42]), 'a.md')).toThrow(
      expect.objectContaining({
        message: 'a.md: not a text file (it contains NUL bytes)',
        code: 'not-text',
      }),
    );
  });

  it('reads a NUL further on as text, and removes it', () => {
    const bytes = utf8(`${'a'.repeat(9000)}\u0000b`);
    const { text } = decodeArticle(bytes, 'a.md');
    expect(text).toBe(`${'a'.repeat(9000)}b`);
  });

  it('reads invalid UTF-8 with replacement characters and says so', () => {
    const bytes = Uint8Array.from([...utf8('# Caf'), 0xe9, ...utf8(' ok\n'), 0xff, 0xfe]);
    const decoded = decodeArticle(bytes, 'a.md');
    expect(decoded.replacedInvalid).toBe(true);
    expect(decoded.text).toBe('# Caf\uFFFD ok\n\uFFFD\uFFFD');
    expect(decodeArticle(utf8('# Café\n'), 'a.md').replacedInvalid).toBe(false);
  });

  it('drops a byte order mark, unifies line ends and composes accents', () => {
    const { text } = decodeArticle(utf8('\uFEFF# Titre\r\nun\rdeux\ne\u0301te\u0301\n'), 'a.md');
    expect(text).toBe('# Titre\nun\ndeux\nété\n');
  });
});
