import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/model/parse.js';
import { cleanText, stripUnsafe } from '../../../src/text/sanitize.js';

const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

describe('stripUnsafe and cleanText', () => {
  it('removes every C0 control but tab and line feed, DEL and every C1 control', () => {
    for (let code = 0; code <= 0x9f; code++) {
      const char = String.fromCharCode(code);
      const kept = code === 0x09 || code === 0x0a || (code >= 0x20 && code < 0x7f);
      expect(stripUnsafe(`a${char}b`), `U+${code.toString(16)}`).toBe(kept ? `a${char}b` : 'ab');
    }
  });

  it('removes bidirectional embeddings, overrides and isolates, and keeps other format marks', () => {
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      expect(stripUnsafe(`a${String.fromCharCode(code)}b`)).toBe('ab');
    }
    expect(stripUnsafe('a\u200Bb\u200Dc\u00ADd')).toBe('a\u200Bb\u200Dc\u00ADd');
  });

  it('leaves only harmless text of clipboard, title, clear-screen and hyperlink sequences', () => {
    const hostile =
      '\u001B]52;c;ZWNobyBwd25lZA==\u0007\u001B]0;title\u001B\\\u001B[2J\u001B]8;;http://evil\u0007x\u001B]8;;\u0007\u009B31m';
    const cleaned = cleanText(hostile);
    expect(cleaned).not.toMatch(UNSAFE);
    expect(cleaned).toBe(']52;c;ZWNobyBwd25lZA==]0;title\\[2J]8;;http://evilx]8;;31m');
  });

  it('replaces lone surrogates', () => {
    expect(cleanText('a\uD800b\uDC00c')).toBe('a\uFFFDb\uFFFDc');
  });
});

describe('entities decoded after cleaning are cleaned again', () => {
  it('keeps &#27; &#x9b; &#8238; &#x1b; and &#0; from becoming controls', () => {
    const article = parseArticle(
      '# T &#27;[2J\n\nBody &#27;]52;c;QUFB&#7; &#x9b;31m &#8238;evil&#8237; &#x1b;[0m &#0; &#x2066;x\n\n> q &#27;[31m\n\n- item &#x1B;]0;t&#x07;\n',
    );
    const texts = [article.title ?? '', ...article.body.map((b) => JSON.stringify(b))];
    for (const text of texts) expect(text).not.toMatch(UNSAFE);
    expect(article.title).toBe('T [2J');
  });
});
