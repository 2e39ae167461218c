/**
 * The one model every command works from. It is built once from marked's tokens (model/parse.ts)
 * and holds only types of its own: extractors and renderers never see marked's tokens, and every
 * text in it is already decoded and cleaned.
 */

/** A run of inline text: plain words, emphasis, code, links, images. */
export type Inline =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'strong' | 'em' | 'del'; readonly children: readonly Inline[] }
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'link'; readonly href: string; readonly children: readonly Inline[] }
  /** An image, shown by its description. */
  | { readonly kind: 'image'; readonly alt: string }
  /** A hard line break inside a paragraph. */
  | { readonly kind: 'break' };

/** A run of prose: its inlines (for styled rendering) and its plain text. */
export interface Prose {
  /** Plain text: Markdown markers removed, link text kept, spaces collapsed. */
  readonly text: string;
  readonly inlines: readonly Inline[];
}

export interface Link {
  readonly text: string;
  readonly href: string;
}

export type Align = 'left' | 'right' | 'center' | null;

export interface ListItem {
  /** A task list's box: true when ticked, false when not, null for an ordinary item. */
  readonly checked: boolean | null;
  /** Separated from its neighbours by blank lines. */
  readonly loose: boolean;
  readonly blocks: readonly Block[];
}

/** A block of the article's text, in reading order. */
export type Block =
  | { readonly kind: 'paragraph'; readonly prose: Prose }
  /** A subheading: a Markdown heading, or a short wholly bold paragraph. */
  | { readonly kind: 'heading'; readonly prose: Prose }
  | {
      readonly kind: 'list';
      readonly ordered: boolean;
      /** The first item's number in an ordered list. */
      readonly start: number;
      readonly loose: boolean;
      readonly items: readonly ListItem[];
    }
  | { readonly kind: 'quote'; readonly blocks: readonly Block[] }
  | { readonly kind: 'code'; readonly text: string }
  | {
      readonly kind: 'table';
      readonly align: readonly Align[];
      readonly header: readonly Prose[];
      readonly rows: readonly (readonly Prose[])[];
    }
  | { readonly kind: 'rule' };

export interface SourceLine {
  /** The label the article gives it: `Source`, `Via`, `Lire l'article original`… */
  readonly label: string;
  readonly url: string;
}

export interface Article {
  /** The H1 (or front matter title) as plain text; null when the article has none. */
  readonly title: string | null;
  /** ISO date (`YYYY-MM-DD`) from the dateline, a byline, a `Published` line or front matter. */
  readonly date: string | null;
  /** Who wrote it, from a byline (`By Sam Lee`, `Par Jean Dupont`) or front matter `author`. */
  readonly author: string | null;
  /** The rubric the dateline files the article under (`Migration`). */
  readonly kicker: string | null;
  /** The standfirst: the bold paragraphs between the dateline and the body. */
  readonly lead: readonly Prose[];
  /** Subheadings and body text, in order; the dateline, lead and source line are not in it. */
  readonly body: readonly Block[];
  readonly source: SourceLine | null;
  /** Every link of the article, in order of appearance. */
  readonly links: readonly Link[];
  /** BCP 47 language code: front matter `lang`, else detected from the text. */
  readonly language: string;
  /** Simple `key: value` pairs of a YAML front matter block, lower-cased keys. */
  readonly frontMatter: Readonly<Record<string, string>>;
}

/**
 * The plain text of a block, as extractors read it: prose as its text, a list's items one a line
 * (an item's blocks joined by spaces), a table's rows one a line (cells joined by spaces), a
 * quote's blocks one a line. Code is its text; a rule has none.
 */
export function textOfBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
    case 'heading':
      return block.prose.text;
    case 'list':
      return block.items.map((item) => item.blocks.map(textOfBlock).join(' ')).join('\n');
    case 'quote':
      return block.blocks.map(textOfBlock).join('\n');
    case 'code':
      return block.text;
    case 'table':
      return [block.header, ...block.rows]
        .map((row) => row.map((cell) => cell.text).join(' '))
        .join('\n');
    case 'rule':
      return '';
  }
}
