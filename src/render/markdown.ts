import { Marked, type Token, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import type { Inline } from '../model/article.js';
import { plainText } from '../model/inline.js';
import { hyperlinkTarget, osc8, textIsAddress } from './links.js';
import type { Theme } from './theme.js';

/** marked-terminal, set up to style a run of an article's text with our theme. */
export interface MarkdownStyler {
  /** Inlines as one styled line: emphasis, code and links, no Markdown markers. */
  inline(inlines: readonly Inline[]): string;
}

export interface StylerOptions {
  readonly theme: Theme;
  /** Emit OSC 8 hyperlinks rather than the address in parentheses. */
  readonly hyperlinks: boolean;
}

/**
 * The model's inlines as the tokens marked-terminal renders. Their text is already decoded and
 * cleaned, so the text renderer below takes it as it is.
 */
function tokensOf(inlines: readonly Inline[]): Token[] {
  return inlines.map((inline): Token => {
    switch (inline.kind) {
      case 'text':
        return { type: 'text', raw: inline.text, text: inline.text };
      case 'code':
        return { type: 'codespan', raw: inline.text, text: inline.text };
      case 'break':
        return { type: 'br', raw: '\n' };
      case 'image':
        return { type: 'image', raw: '', href: '', title: null, text: inline.alt, tokens: [] };
      case 'link':
        return {
          type: 'link',
          raw: '',
          href: inline.href,
          title: null,
          text: plainText(inline.children),
          tokens: tokensOf(inline.children),
        };
      default:
        return { type: inline.kind, raw: '', text: '', tokens: tokensOf(inline.children) };
    }
  });
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
      // News text must not turn `:fire:` into an emoji.
      unescape: false,
      emoji: false,
      reflowText: false,
    }),
    {
      renderer: {
        text(token: Tokens.Text | Tokens.Escape) {
          return token.text;
        },
        image(token: Tokens.Image) {
          return theme.em(token.text);
        },
        link(token: Tokens.Link) {
          const text = this.parser.parseInline(token.tokens);
          const target = hyperlinkTarget(token.href);
          if (hyperlinks && target) return osc8(target, theme.link(text));
          if (textIsAddress(token.text, token.href)) return theme.link(text);
          return `${theme.link(text)} ${theme.href(`(${token.href})`)}`;
        },
      },
    },
  );
  return {
    inline(inlines) {
      const paragraph: Tokens.Paragraph = {
        type: 'paragraph',
        raw: '',
        text: '',
        tokens: tokensOf(inlines),
      };
      return marked
        .parser([paragraph])
        .replace(/[ \t\n]+/g, ' ')
        .trim();
    },
  };
}
