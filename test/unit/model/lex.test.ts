import { readdirSync, readFileSync } from 'node:fs';
import { Marked, type Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { textOfBlock } from '../../../src/model/article.js';
import { boundNesting, markdownPieces } from '../../../src/model/lex.js';
import { parseArticle } from '../../../src/model/parse.js';
import { fixture, ROOT } from '../../helpers/cli.js';

function depth(tokens: readonly Token[]): number {
  let deepest = 0;
  for (const token of tokens) {
    const nested = token.type === 'blockquote' || token.type === 'list' ? 1 : 0;
    const children: Token[] = [
      ...('tokens' in token && Array.isArray(token.tokens) ? token.tokens : []),
      ...(token.type === 'list'
        ? token.items.flatMap((item: { tokens: Token[] }) => item.tokens)
        : []),
    ];
    deepest = Math.max(deepest, nested + depth(children));
  }
  return deepest;
}

const lex = (text: string) => new Marked({ gfm: true }).lexer(text);

describe('boundNesting', () => {
  it('leaves real articles exactly as they are', () => {
    const files = [
      `${ROOT}articles/frontex-maroc.md`,
      ...readdirSync(fixture('.'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => fixture(f)),
    ];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(boundNesting(text), file).toBe(text);
    }
  });

  it('leaves ordinary Markdown nesting and emphasis alone', () => {
    const text = [
      '> a\n> > b\n> > > c',
      '- a\n  - b\n    - c\n      1. d',
      '**bold** and *em* and _under_ and ~~del~~, snake_case_name, 5 * 3 = 15',
      '* * *',
      '    code block',
      '\\*not em\\*',
    ].join('\n\n');
    expect(boundNesting(text)).toBe(text);
  });

  it('flattens 10,000 nested block quotes to 32 levels and keeps their text', () => {
    for (const line of [`${'>'.repeat(10_000)} deep`, `${'> '.repeat(10_000)}deep`]) {
      const bounded = boundNesting(line);
      expect(depth(lex(bounded))).toBe(32);
      expect(bounded.endsWith('deep')).toBe(true);
    }
  });

  it('flattens 10,000 nested list markers', () => {
    for (const marker of ['- ', '* ', '+ ', '1. ', '2) ']) {
      const bounded = boundNesting(`${marker.repeat(10_000)}deep`);
      expect(depth(lex(bounded)), marker).toBeLessThanOrEqual(32);
      expect(bounded.endsWith(' deep')).toBe(true);
    }
  });

  it('caps indentation at 64 columns, so a list indented 1,000 levels deep stays shallow', () => {
    const spaces = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`);
    const tabs = Array.from({ length: 1000 }, (_, i) => `${'\t'.repeat(i)}- level ${i}`);
    for (const lines of [spaces, tabs]) {
      const bounded = boundNesting(lines.join('\n'));
      for (const line of bounded.split('\n')) {
        expect(/^[ \t]*/.exec(line)?.[0].replace(/\t/g, '    ').length).toBeLessThanOrEqual(64);
      }
      expect(depth(lex(bounded))).toBeLessThanOrEqual(33);
      expect(bounded).toContain('- level 999');
    }
  });

  it('escapes emphasis nested past 64 levels, so marked reads 5,000 levels without overflowing', () => {
    const nested = [
      `${'*a '.repeat(5000)}${'b* '.repeat(5000)}`,
      `${'*'.repeat(5000)}a${'*'.repeat(5000)}`,
      `${'_a '.repeat(5000)}${'b_ '.repeat(5000)}`,
      `${'~~a '.repeat(5000)}${'b~~ '.repeat(5000)}`,
      `${'*_a '.repeat(5000)}${'b_* '.repeat(5000)}`,
    ];
    // Unbounded, each overflows; the tight run overflows fastest.
    expect(() => lex(nested[1] ?? '')).toThrow(RangeError);
    for (const text of nested) expect(() => lex(boundNesting(text))).not.toThrow();
  });

  it('changes nothing visible in 100,000 unclosed ** or _', () => {
    for (const text of ['**a '.repeat(100_000), '_a '.repeat(100_000)]) {
      const article = parseArticle(`# T\n\n${text}`);
      expect(article.body.map(textOfBlock)).toEqual([text.trim()]);
    }
  });
});

describe('markdownPieces', () => {
  it('cuts text into pieces of at most 256 KB that join back into it', () => {
    for (const text of [
      'word '.repeat(400_000),
      'line\n'.repeat(400_000),
      'para graph\n\n'.repeat(200_000),
      '\n'.repeat(1_000_000),
      '𝒜'.repeat(600_000),
    ]) {
      const pieces = markdownPieces(text);
      expect(pieces.join('')).toBe(text);
      expect(pieces.length).toBeGreaterThan(1);
      for (const piece of pieces) {
        expect(piece.length).toBeLessThanOrEqual(256 * 1024 + 1);
        expect(piece.isWellFormed()).toBe(true);
      }
    }
  });

  it('cuts after a blank line, else after a line end, else before a word', () => {
    const cutsAfter = (text: string) =>
      markdownPieces(text)
        .slice(0, -1)
        .map((piece) => piece.slice(-2));
    for (const end of cutsAfter('para graph\n\n'.repeat(200_000))) expect(end).toBe('\n\n');
    for (const end of cutsAfter('1. point\n'.repeat(200_000))) expect(end).toBe('t\n');
    for (const end of cutsAfter('word '.repeat(400_000))) expect(end).toBe('d ');
    expect(markdownPieces('court\n\n'.repeat(1000))).toEqual(['court\n\n'.repeat(1000)]);
  });
});
