import { describe, expect, it } from 'vitest';
import {
  declaredCharset,
  decodeArticle,
  decodeBytes,
  looksLikeHtml,
} from '../../../src/input/decode.js';

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

/** Text in windows-1252 (Latin-1 with curly quotes, the euro and the ellipsis in 0x80–0x9F). */
function windows1252(text: string): Uint8Array {
  const high: Record<string, number> = { '€': 0x80, '…': 0x85, '’': 0x92, '“': 0x93, '”': 0x94 };
  return Uint8Array.from([...text].map((char) => high[char] ?? char.charCodeAt(0)));
}

describe('decodeBytes in a named charset', () => {
  const text = 'L’été “chaud” coûte 5 € à Besançon…';

  it('reads windows-1252, and ISO-8859-1 as browsers do (as windows-1252)', () => {
    for (const label of ['windows-1252', 'ISO-8859-1', 'latin1', 'cp1252']) {
      expect(decodeBytes(windows1252(text), 'p', label)).toEqual({ text, replacedInvalid: false });
    }
  });

  it('maps all of 0x80–0x9F as the WHATWG table does, unassigned bytes kept', () => {
    const bytes = Uint8Array.of(0x80, 0x81, 0x8a, 0x96, 0x97, 0x99, 0x9f);
    expect(decodeBytes(bytes, 'p', 'windows-1252').text).toBe('€\u0081Š–—™Ÿ');
  });

  it('lets a UTF-8 byte order mark win over the label, as browsers do', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('été')]);
    expect(decodeBytes(bytes, 'p', 'windows-1252').text).toBe('été');
  });

  it('reads UTF-8 for an unknown label and for a UTF-16 one, which no ASCII page can declare', () => {
    const bytes = new TextEncoder().encode('été');
    expect(decodeBytes(bytes, 'p', 'x-no-such-charset').text).toBe('été');
    expect(decodeBytes(bytes, 'p', 'utf-16le').text).toBe('été');
  });

  it('decodeArticle takes the charset too, and cleans what it decodes', () => {
    expect(decodeArticle(windows1252('# Café\r\n'), 'a.txt', 'iso-8859-1').text).toBe('# Café\n');
  });
});

describe('declaredCharset', () => {
  it('reads <meta charset> and the http-equiv form, in the first 1024 bytes only', () => {
    const bytes = (html: string) => new TextEncoder().encode(html);
    expect(declaredCharset(bytes('<!doctype html><meta charset="windows-1252">'))).toBe(
      'windows-1252',
    );
    expect(
      declaredCharset(
        bytes('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'),
      ),
    ).toBe('ISO-8859-1');
    expect(declaredCharset(bytes(`${' '.repeat(1024)}<meta charset="utf-8">`))).toBeNull();
    expect(declaredCharset(bytes('<p>charset=utf-8</p>'))).toBeNull();
  });
});

describe('looksLikeHtml', () => {
  const html = (text: string) => looksLikeHtml(new TextEncoder().encode(text));

  it('knows a document by its doctype or its first tag, after white space, comments and a BOM', () => {
    expect(html('<!DOCTYPE html>\n<html>')).toBe(true);
    expect(html('\uFEFF  <!-- saved page -->\n<html lang="fr">')).toBe(true);
    expect(html('<head><title>T</title></head>')).toBe(true);
    expect(html('<BODY>')).toBe(true);
  });

  it('leaves Markdown to Markdown, even when it holds HTML', () => {
    expect(html('# Title\n\n<html> in a sentence')).toBe(false);
    expect(html('<div>a block of HTML in Markdown</div>')).toBe(false);
    expect(html('<htmlish>')).toBe(false);
    expect(html('')).toBe(false);
  });
});
