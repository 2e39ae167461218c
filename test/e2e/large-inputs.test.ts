/**
 * Inputs of megabytes through the pure steps, in this process: each answer must be right, and a
 * rule whose time grows with the square of the input shows as the test's timeout. Their time is
 * the benchmark's business (bench/hostile.mjs).
 */
import { Marked } from 'marked';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { articleInfo } from '../../src/extract/info.js';
import { extractQuotes } from '../../src/extract/quotes/quotes.js';
import { type Article, textOfBlock } from '../../src/model/article.js';
import { parseArticle } from '../../src/model/parse.js';
import { renderArticle } from '../../src/render/read.js';
import { PLAIN_THEME } from '../../src/render/theme.js';
import { wrap } from '../../src/render/wrap.js';

const lex = (text: string) => new Marked({ gfm: true }).lexer(text);

function rawArticle(text: string): Article {
  return {
    title: null,
    date: null,
    author: null,
    kicker: null,
    lead: [],
    body: text.split('\n\n').map((t) => ({ kind: 'paragraph', prose: { text: t, inlines: [] } })),
    source: null,
    links: [],
    language: 'fr',
    frontMatter: {},
  };
}

describe('hostile input', () => {
  const cases: Record<string, string> = {
    '100,000 unclosed «': '« '.repeat(100_000),
    '100,000 unclosed “': '“a '.repeat(100_000),
    '100,000 straight quotes': '"a '.repeat(100_000),
    '100,000 stray closing marks': 'mot » '.repeat(100_000),
    '1 MB of one character': 'a'.repeat(1_000_000),
    '1 MB of full stops': '.'.repeat(1_000_000),
    'a 5 MB line': 'Le ministre, Jean Dupont, a parlé à Paris de la réforme des retraites. '.repeat(
      70_000,
    ),
    '1 MB of quotations': 'Il a dit « oui » et « non », selon M. Dupont. '.repeat(22_000),
  };
  // Time is the benchmark's business (bench/hostile.mjs shows the growth from 1 to 10 MB); here a
  // quadratic rule would show as the test's timeout, and the answer must be right.
  for (const [name, text] of Object.entries(cases)) {
    it(`reads ${name}`, () => {
      const expected = name === '1 MB of quotations' ? ['oui', 'non'] : [];
      expect(extractQuotes(rawArticle(text)).map((quote) => quote.text)).toEqual(expected);
    });
  }
});

describe('parseArticle on blocks of megabytes', () => {
  it('reads what overflows marked whole, in pieces, and keeps every word', () => {
    const paragraph = 'word '.repeat(2_000_000);
    expect(() => lex(paragraph)).toThrow(RangeError);
    const read = parseArticle(`# T\n\n${paragraph}\n`);
    expect(read.body.map(textOfBlock).join(' ')).toBe(paragraph.trim());
    for (const text of [
      '\n'.repeat(10_000_000),
      '   \n'.repeat(2_500_000),
      '    code\n'.repeat(1_200_000),
    ]) {
      expect(() => parseArticle(`# T\n\n${text}x\n`)).not.toThrow();
    }
  });

  it('reads a long list whole when marked can: it stays one list', () => {
    const list = Array.from({ length: 130_000 }, (_, i) => `${i + 1}. point`).join('\n');
    expect(parseArticle(`# T\n\n${list}\n`).body).toHaveLength(1);
  });
});

describe('wrap', () => {
  const widest = (text: string) => Math.max(...text.split('\n').map((line) => stringWidth(line)));

  it('wraps hostile input to the width', () => {
    const hostile = [
      'a'.repeat(1_000_000),
      'é'.repeat(200_000),
      `a${'\u0301'.repeat(200_000)}`,
      '« '.repeat(100_000),
      ' »'.repeat(100_000),
      'mot : '.repeat(100_000),
      '国'.repeat(100_000),
    ];
    for (const text of hostile) {
      const out = wrap(text, { width: 60 });
      expect(widest(out.slice(0, 10_000))).toBeLessThanOrEqual(60);
    }
  });
});

describe('the reading layout', () => {
  const linesOf = (text: string) => text.replace(/\n$/, '').split('\n');
  const render = (article: Article, width: number) =>
    renderArticle(article, articleInfo(article), {
      theme: PLAIN_THEME,
      width,
      hyperlinks: false,
      terminal: false,
    });
  const markdownArticle = parseArticle;

  it('lays out a list of more items than a function takes arguments', () => {
    const items = Array.from({ length: 130_000 }, (_, i) => `${i + 1}. point`).join('\n');
    const lines = linesOf(render(markdownArticle(`# T\n\n${items}\n`), 80));
    expect(lines[3]).toBe('     1. point');
    expect(lines.at(-1)).toBe('130000. point');
  });
});
