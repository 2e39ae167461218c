import { Marked, type Token, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import { decodeText, inlineText } from '../model/inline.js';
import { stripUnsafe } from '../text/sanitize.js';
import { hyperlinkTarget, osc8, textIsAddress } from './links.js';
import type { Theme } from './theme.js';

/** marked-terminal, set up to style a run of an article's text with our theme. */
export interface MarkdownStyler {
  /** Inline tokens as one styled line: emphasis, code and links, no Markdown markers. */
  inline(tokens: readonly Token[]): string;
}

export interface StylerOptions {
  readonly theme: Theme;
  /** Emit OSC 8 hyperlinks rather than the address in parentheses. */
  readonly hyperlinks: boolean;
}

/**
 * Only inline text goes through marked-terminal: blocks are laid out by read.ts, because
 * marked-terminal measures tables in code units rather than columns, prefixes headings with `#`,
 * leaves `**` unstyled inside list items (its issues #304 and #371) and syntax-highlights any
 * indented paragraph as code.
 */
export function createMarkdownStyler({ theme, hyperlinks }: StylerOptions): MarkdownStyler {
  const marked = new Marked();
  marked.use(
    markedTerminal({
      codespan: theme.codespan,
      strong: theme.strong,
      em: theme.em,
      del: theme.del,
      paragraph: theme.plain,
      // Our text renderer decodes every entity; news text must not turn `:fire:` into an emoji.
      unescape: false,
      emoji: false,
      reflowText: false,
    }),
    {
      renderer: {
        text(token: Tokens.Text | Tokens.Escape) {
          return decodeText(token.text);
        },
        // Raw inline HTML is conversion debris: its tags are dropped, the text between them kept.
        html() {
          return '';
        },
        // A task item's box is drawn by the list, as its marker.
        checkbox() {
          return '';
        },
        image(token: Tokens.Image) {
          return theme.em(decodeText(token.text));
        },
        link(token: Tokens.Link) {
          const text = this.parser.parseInline(token.tokens);
          const href = stripUnsafe(token.href);
          const target = hyperlinkTarget(href);
          if (hyperlinks && target) return osc8(target, theme.link(text));
          if (textIsAddress(inlineText(token.tokens), href)) return theme.link(text);
          return `${theme.link(text)} ${theme.href(`(${href})`)}`;
        },
      },
    },
  );
  return {
    inline(tokens) {
      const paragraph: Tokens.Paragraph = {
        type: 'paragraph',
        raw: '',
        text: '',
        tokens: [...tokens],
      };
      return marked
        .parser([paragraph])
        .replace(/[ \t\n]+/g, ' ')
        .trim();
    },
  };
}
