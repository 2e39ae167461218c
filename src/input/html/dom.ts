/**
 * The little of the DOM this step uses, typed here: the project compiles without the browser's
 * DOM library (it runs in Node), and linkedom's and turndown's declarations name those types.
 */
export interface PageNode {
  readonly nodeName: string;
  readonly parentNode: PageNode | null;
  textContent: string | null;
}

export interface PageElement extends PageNode {
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  querySelector(selectors: string): PageElement | null;
  querySelectorAll(selectors: string): Iterable<PageElement>;
  closest(selectors: string): PageElement | null;
  remove(): void;
}

export interface PageDocument {
  querySelector(selectors: string): PageElement | null;
  querySelectorAll(selectors: string): Iterable<PageElement>;
}

/**
 * Text with its runs of white space folded to one space (not the no-break spaces of French
 * typography), or null when nothing is left.
 */
export function folded(text: string | null | undefined): string | null {
  return text?.replace(/[ \t\n\r\f]+/g, ' ').trim() || null;
}

export function textOf(element: PageNode | null | undefined): string | null {
  return folded(element?.textContent);
}
