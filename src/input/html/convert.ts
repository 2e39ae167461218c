/**
 * A web page to the Markdown of its article: its main content found by Readability over linkedom
 * (a DOM that runs no script), converted by turndown, with the facts its markup states beside it.
 *
 * The command builds this module and the three libraries into a bundle of their own
 * (dist/html.cjs), loaded only when an input is HTML: Markdown never pays for them.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type TurndownService from 'turndown';
import { absoluteLinks, takeBoilerplate, takeTitleLabels, withoutBy } from './clean.js';
import { folded, type PageDocument, type PageElement, type PageNode, textOf } from './dom.js';
import { createConverter } from './markdown.js';
import { pageMetadata } from './metadata.js';

/** The front matter of a page's article: what `article get` writes, and the model reads. */
export interface PageFields {
  readonly title: string | null;
  readonly date: string | null;
  readonly author: string | null;
  readonly publisher: string | null;
  readonly source: string | null;
  /** The page's description, kept only when the text does not open with it. */
  readonly description: string | null;
}

export interface ConvertedPage {
  readonly fields: PageFields;
  /** The article's text as Markdown, without front matter; empty when the page has none. */
  readonly markdown: string;
}

// linkedom's document and nodes, as the libraries' declarations name them (the browser's types).
type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];
type TurndownInput = Parameters<TurndownService['turndown']>[0];

interface ParsedElement extends PageElement {
  readonly childNodes: Iterable<PageNode>;
  readonly children: Iterable<ParsedElement>;
  appendChild(node: PageNode): void;
  normalize(): void;
}

interface ParsedDocument extends PageDocument {
  readonly documentElement: ParsedElement | null;
  createElement(name: string): ParsedElement;
}

// Far deeper than any page's markup (a few dozen levels); deeper, Readability takes time that grows
// with the square of the depth, and turndown, which recurses, overflows the stack.
const MAX_DEPTH = 256;

/**
 * What lies deeper than MAX_DEPTH, flattened to its text: a page nested a hundred thousand levels
 * deep is hostile, and its words are all that is worth keeping of it.
 */
function flattenDeep(root: ParsedElement): void {
  const stack: { element: ParsedElement; depth: number }[] = [{ element: root, depth: 0 }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    for (const child of entry.element.children) {
      if (entry.depth + 1 < MAX_DEPTH) stack.push({ element: child, depth: entry.depth + 1 });
      else child.textContent = child.textContent ?? '';
    }
  }
}

/**
 * The page as a document with an <html> holding a <body> that holds the text, as Readability needs
 * it. linkedom builds what the markup says, no more: a fragment (`<p>…</p>` in a saved .html file)
 * has no <html>, and a page without <body> tags keeps its text outside the body it reports.
 */
function parsePage(html: string): PageDocument {
  let { document } = parseHTML(html) as unknown as { document: ParsedDocument };
  if (document.documentElement?.nodeName !== 'HTML') {
    const fragment = html.replace(/^\s*<!doctype[^>]*>/i, '');
    ({ document } = parseHTML(
      `<!doctype html><html><body>${fragment}</body></html>`,
    ) as unknown as {
      document: ParsedDocument;
    });
  }
  const root = document.documentElement as ParsedElement;
  const children = [...root.childNodes];
  if (!children.some((child) => child.nodeName === 'BODY')) {
    const body = document.createElement('body');
    for (const child of children) if (child.nodeName !== 'HEAD') body.appendChild(child);
    root.appendChild(body);
  }
  // linkedom's parser cuts text at every character reference (`AT&amp;T` is three text nodes):
  // joined, turndown escapes what would read as Markdown across them, and Readability has fewer
  // nodes to walk.
  root.normalize();
  flattenDeep(root);
  return document;
}

/** Where the page's relative addresses start: its <base href>, else where it was found. */
function baseOf(document: PageDocument, url: string | null): string | null {
  const base = document.querySelector('base[href]')?.getAttribute('href');
  try {
    return base ? new URL(base, url ?? undefined).href : url;
  } catch {
    return url;
  }
}

/** Whether the text opens with the description, as many pages' descriptions are made. */
function opensWith(content: PageElement | null, description: string): boolean {
  const comparable = (text: string) =>
    text
      .toLowerCase()
      .replace(/(?:…|\.\.\.)$/, '')
      .trim();
  const first = comparable(textOf(content?.querySelector('p')) ?? '');
  const wanted = comparable(description);
  return first !== '' && (first.startsWith(wanted) || wanted.startsWith(first));
}

/** The article of an HTML page; `url` is where it was found, null for a file or standard input. */
export function convertPage(html: string, url: string | null): ConvertedPage {
  const document = parsePage(html);
  const metadata = pageMetadata(document, url);
  absoluteLinks(document, baseOf(document, url) ?? metadata.source);
  const byline = takeBoilerplate(document);
  takeTitleLabels(document);
  const found = new Readability<PageElement>(document as unknown as ReadabilityDocument, {
    serializer: (node) => node as unknown as PageElement,
  }).parse();
  const content = found?.content ?? null;
  const description = metadata.description;
  return {
    fields: {
      title: folded(found?.title) ?? textOf(document.querySelector('title')),
      date: metadata.date,
      author: metadata.author ?? withoutBy(folded(found?.byline)) ?? byline,
      publisher: metadata.publisher,
      source: metadata.source,
      description: description && !opensWith(content, description) ? description : null,
    },
    markdown: content ? createConverter().turndown(content as unknown as TurndownInput) : '',
  };
}
