/** marked's inline tokens into the model's own inlines, with their plain text. */
import { decodeHTMLStrict } from 'entities/decode';
import type { Token } from 'marked';
import { stripUnsafe } from '../text/sanitize.js';
import type { Inline, Link, Prose } from './article.js';

/**
 * Text of a marked text token: entities decoded, then cleaned again (`&#27;` is an ESC). Strictly,
 * as CommonMark reads them: `&copy` without its semicolon is text, not ©.
 */
export function decodeText(raw: string): string {
  // Most text holds no reference; the decoder's tables are built only for text that does.
  return stripUnsafe(raw.includes('&') ? decodeHTMLStrict(raw) : raw);
}

function tokenChildren(token: Token): readonly Token[] | undefined {
  return 'tokens' in token && Array.isArray(token.tokens) ? token.tokens : undefined;
}

/**
 * The inlines of marked's tokens. Raw HTML is conversion debris: its tags are dropped (the text
 * between them is in text tokens of its own). A task item's checkbox is the list's to draw.
 */
export function inlinesOf(tokens: readonly Token[]): Inline[] {
  const out: Inline[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'html':
      case 'checkbox':
        break;
      case 'br':
        out.push({ kind: 'break' });
        break;
      case 'codespan':
        out.push({ kind: 'code', text: stripUnsafe(token.text) });
        break;
      case 'image':
        out.push({ kind: 'image', alt: decodeText(token.text) });
        break;
      case 'strong':
      case 'em':
      case 'del':
        out.push({ kind: token.type, children: inlinesOf(token.tokens ?? []) });
        break;
      case 'link':
        out.push({
          kind: 'link',
          href: stripUnsafe(token.href),
          children: inlinesOf(token.tokens ?? []),
        });
        break;
      default: {
        const children = tokenChildren(token);
        if (children) out.push(...inlinesOf(children));
        else if ('text' in token) out.push({ kind: 'text', text: decodeText(token.text) });
      }
    }
  }
  return out;
}

/** The words of inlines, without styling: a break is a space, an image its description. */
export function plainText(inlines: readonly Inline[]): string {
  let out = '';
  for (const inline of inlines) {
    switch (inline.kind) {
      case 'text':
      case 'code':
        out += inline.text;
        break;
      case 'image':
        out += inline.alt;
        break;
      case 'break':
        out += ' ';
        break;
      default:
        out += plainText(inline.children);
    }
  }
  return out;
}

/** Whitespace runs (not the no-break spaces French typography relies on) folded to one space. */
export function collapseSpaces(text: string): string {
  return text.replace(/[ \t\n]+/g, ' ').trim();
}

export function proseOf(tokens: readonly Token[]): Prose {
  const inlines = inlinesOf(tokens);
  return { text: collapseSpaces(plainText(inlines)), inlines };
}

/** Every link below these tokens, depth first, in reading order. */
export function collectLinks(tokens: readonly Token[], into: Link[] = []): Link[] {
  for (const token of tokens) {
    if (token.type === 'link') {
      into.push({
        text: collapseSpaces(plainText(inlinesOf(token.tokens ?? []))),
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
