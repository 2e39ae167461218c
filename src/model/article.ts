import type { Token } from 'marked';

/** A run of prose: its inline Markdown tokens (for styled rendering) and its plain text. */
export interface Prose {
  /** Plain text: Markdown markers removed, link text kept, spaces collapsed. */
  readonly text: string;
  /** marked's inline tokens, kept so renderers can style emphasis and links. */
  readonly tokens: readonly Token[];
}

export interface Link {
  readonly text: string;
  readonly href: string;
}

/** A block of the article's text, in reading order. */
export type Block =
  | { readonly kind: 'paragraph'; readonly prose: Prose }
  /** A subheading: a Markdown heading, or a short wholly bold paragraph. */
  | { readonly kind: 'heading'; readonly prose: Prose }
  /** Anything else Markdown can hold (lists, block quotes, code, tables, rules): kept as marked's token. */
  | { readonly kind: 'markdown'; readonly token: Token; readonly text: string };

export interface SourceLine {
  /** The label the article gives it: `Source`, `Via`, `Lire l'article original`… */
  readonly label: string;
  readonly url: string;
}

export interface Article {
  /** The H1 (or front matter title) as plain text; null when the article has none. */
  readonly title: string | null;
  /** ISO date (`YYYY-MM-DD`) from the dateline or front matter. */
  readonly date: string | null;
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
