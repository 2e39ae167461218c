import { decodeHTML } from 'entities/decode';
import type { Token } from 'marked';
import { stripUnsafe } from '../text/sanitize.js';
import type { Link, Prose } from './article.js';

/** Text of a marked text token: entities decoded, then cleaned again (`&#27;` is an ESC). */
export function decodeText(raw: string): string {
  return stripUnsafe(decodeHTML(raw));
}

function tokenChildren(token: Token): readonly Token[] | undefined {
  return 'tokens' in token && Array.isArray(token.tokens) ? token.tokens : undefined;
}

/**
 * Plain text of inline tokens. Hand-written rather than marked's TextRenderer, which keeps raw
 * HTML tags and leaves entities encoded: here tags are dropped and entities decoded.
 */
export function inlineText(tokens: readonly Token[]): string {
  let out = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'html':
        break;
      case 'br':
        out += ' ';
        break;
      case 'codespan':
        out += stripUnsafe(token.text);
        break;
      case 'image':
        out += decodeText(token.text);
        break;
      default: {
        const children = tokenChildren(token);
        out += children ? inlineText(children) : 'text' in token ? decodeText(token.text) : '';
      }
    }
  }
  return out;
}

/** Whitespace runs (not the no-break spaces French typography relies on) folded to one space. */
export function collapseSpaces(text: string): string {
  return text.replace(/[ \t\n]+/g, ' ').trim();
}

export function proseOf(tokens: readonly Token[]): Prose {
  return { text: collapseSpaces(inlineText(tokens)), tokens };
}

/** Every link below these tokens, depth first, in reading order. */
export function collectLinks(tokens: readonly Token[], into: Link[] = []): Link[] {
  for (const token of tokens) {
    if (token.type === 'link') {
      into.push({
        text: collapseSpaces(inlineText(token.tokens ?? [])),
        href: stripUnsafe(token.href),
      });
    }
    const children = tokenChildren(token);
    if (children) collectLinks(children, into);
    if (token.type === 'list') {
      for (const item of token.items) collectLinks(item.tokens, into);
    }
  }
  return into;
}
