/**
 * marked's lexer, guarded: the input's nesting bounded and megabyte blocks read in pieces, so that
 * lexing stays linear in time and bounded in stack on any input.
 */
import { Marked, type Token } from 'marked';
import { chunks } from '../text/chunks.js';

// A local instance: global marked options would leak into (and from) anything else using marked.
const marked = new Marked({ gfm: true });

/*
 * marked's lexer recurses once per level of nesting: some thousands of nested `>`, list items or
 * emphasis overflow the stack, and deeply indented lists take time that grows with the cube of
 * their depth. No article nests anything that deep, so deeper levels are flattened before lexing.
 */
const MAX_CONTAINERS = 32;
const MAX_INDENT_COLUMNS = 64;
const MAX_EMPHASIS = 64;

/** Length of the block quote or list marker at `at` (`>`, `-`, `*`, `+`, `1.`, `1)`), or 0. */
function containerMarkerAt(line: string, at: number): number {
  const char = line.charAt(at);
  if (char === '>') return 1;
  const isSpace = (i: number) => line.charAt(i) === ' ' || line.charAt(i) === '\t';
  if ((char === '-' || char === '*' || char === '+') && isSpace(at + 1)) return 1;
  let end = at;
  while (end - at < 9 && line.charCodeAt(end) >= 48 && line.charCodeAt(end) <= 57) end++;
  if (end > at && (line.charAt(end) === '.' || line.charAt(end) === ')') && isSpace(end + 1)) {
    return end + 1 - at;
  }
  return 0;
}

/** A line's leading quote and list markers cut to MAX_CONTAINERS, its indents to MAX_INDENT_COLUMNS. */
function boundLine(line: string): string {
  const parts: string[] = [];
  let at = 0;
  let markers = 0;
  let changed = false;
  for (;;) {
    let end = at;
    let columns = 0;
    while (line.charAt(end) === ' ' || line.charAt(end) === '\t') {
      columns += line.charAt(end) === '\t' ? 4 - (columns % 4) : 1;
      end++;
    }
    const marker = containerMarkerAt(line, end);
    if (markers === MAX_CONTAINERS && marker > 0) {
      // Too deep: the rest of the markers are dropped, what they introduce is kept.
      changed = true;
      at = end;
      while (
        containerMarkerAt(line, at) > 0 ||
        line.charAt(at) === ' ' ||
        line.charAt(at) === '\t'
      ) {
        at += Math.max(1, containerMarkerAt(line, at));
      }
      parts.push(' ');
      break;
    }
    if (columns > MAX_INDENT_COLUMNS) {
      changed = true;
      parts.push(' '.repeat(MAX_INDENT_COLUMNS));
    } else {
      parts.push(line.slice(at, end));
    }
    at = end;
    if (marker === 0) break;
    parts.push(line.slice(at, at + marker));
    at += marker;
    markers++;
  }
  return changed ? parts.join('') + line.slice(at) : line;
}

const DELIMITER_OR_BREAK = /[*_~\\\n]/g;
const LITERAL: Readonly<Record<string, string>> = { '*': '&#42;', _: '&#95;', '~': '&#126;' };
const BLANK_LINE_AT = /[ \t]*(?:\n|$)/y;
const WHITESPACE = /\s/;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/**
 * Emphasis delimiter runs (`*`, `_`, `~`) that would open more than MAX_EMPHASIS levels in one
 * paragraph are written as character references, so they read as the literal characters they
 * would mostly show anyway. References rather than backslashes: marked makes a token of every
 * escape, and of a run of references one text token.
 * Openers are counted generously (an unclosed run counts until the paragraph ends): a run is taken
 * as closing when it follows a non-space, as opening when a non-space follows it.
 */
function boundEmphasis(text: string): string {
  const out: string[] = [];
  let copied = 0;
  let depth = 0;
  DELIMITER_OR_BREAK.lastIndex = 0;
  for (let match = DELIMITER_OR_BREAK.exec(text); match; match = DELIMITER_OR_BREAK.exec(text)) {
    const at = match.index;
    const char = match[0];
    if (char === '\\') {
      DELIMITER_OR_BREAK.lastIndex = at + 2;
      continue;
    }
    if (char === '\n') {
      BLANK_LINE_AT.lastIndex = at + 1;
      if (BLANK_LINE_AT.test(text)) depth = 0;
      continue;
    }
    let end = at + 1;
    while (text.charAt(end) === char) end++;
    DELIMITER_OR_BREAK.lastIndex = end;
    const before = text.charAt(at - 1) || ' ';
    const after = text.charAt(end) || ' ';
    // CommonMark's flanking rules: which side of the run touches the emphasised text.
    const opens =
      !WHITESPACE.test(after) &&
      (!PUNCTUATION.test(after) || WHITESPACE.test(before) || PUNCTUATION.test(before));
    const closes =
      !WHITESPACE.test(before) &&
      (!PUNCTUATION.test(before) || WHITESPACE.test(after) || PUNCTUATION.test(after));
    if (char === '_' && opens && closes) continue;
    const length = end - at;
    if (closes && depth > 0) {
      depth = Math.max(0, depth - length);
    } else if (opens) {
      const room = MAX_EMPHASIS - depth;
      if (length <= room) {
        depth += length;
        continue;
      }
      out.push(text.slice(copied, at + room), (LITERAL[char] ?? char).repeat(length - room));
      copied = end;
      depth = MAX_EMPHASIS;
    }
  }
  return copied === 0 ? text : out.join('') + text.slice(copied);
}

// marked's block regular expressions keep a backtracking entry per character they match: a
// paragraph, a run of blank lines or an indented code block of some megabytes overflows their stack.
const MAX_PIECE = 256 * 1024;

/** A piece ends after a blank line, else after a line end, else before a space, in its second half. */
function betweenBlocks(text: string, from: number, end: number): number {
  // Searched in a slice: lastIndexOf on the whole text could run back to its start every time.
  const half = from + MAX_PIECE / 2;
  const tail = text.slice(half, end);
  const blankLine = tail.lastIndexOf('\n\n');
  if (blankLine >= 0) return half + blankLine + 2;
  const lineEnd = tail.lastIndexOf('\n');
  if (lineEnd >= 0) return half + lineEnd + 1;
  const space = tail.lastIndexOf(' ');
  return space >= 0 ? half + space + 1 : -1;
}

/**
 * The text in pieces of at most 256 KB, cut between blocks where it can, for a lexer that cannot
 * take it whole. Whatever spans a cut (a paragraph, a list, a code block) is read as two.
 */
export function markdownPieces(text: string): string[] {
  return [...chunks(text, MAX_PIECE, betweenBlocks)];
}

/** Markdown with its nesting bounded, so that marked reads it in linear time and bounded stack. */
export function boundNesting(markdown: string): string {
  return boundEmphasis(markdown.split('\n').map(boundLine).join('\n'));
}

/** marked's tokens for the text, its nesting bounded so that the lexer cannot overflow the stack. */
export function lex(body: string): Token[] {
  const bounded = boundNesting(body);
  try {
    return marked.lexer(bounded);
  } catch (error) {
    // A block of megabytes overflows the stack of marked's regular expressions: read in pieces.
    if (!(error instanceof RangeError)) throw error;
    const tokens: Token[] = [];
    for (const piece of markdownPieces(bounded)) {
      for (const token of marked.lexer(piece)) tokens.push(token);
    }
    return tokens;
  }
}

/** marked's walk over every token, children included, in reading order. */
export function walkTokens(tokens: Token[], visit: (token: Token) => void): void {
  marked.walkTokens(tokens, visit);
}
