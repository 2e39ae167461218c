/**
 * What is done to a page before Readability reads it: relative links made absolute, and the lines
 * Readability would keep in the text although they are not the article (the byline, labels above
 * the title, advertising slots) taken out.
 */
import { folded, type PageDocument, type PageElement, textOf } from './dom.js';

const ABSOLUTE = /^[a-z][a-z\d+.-]*:/i;

/**
 * Links made absolute against the page's address: Readability resolves them against the document's
 * baseURI, which linkedom leaves unset, so relative links would stay relative.
 */
export function absoluteLinks(document: PageDocument, base: string | null): void {
  if (!base) return;
  for (const link of document.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    // An absolute address is kept as written: URL would add a slash to `https://frontex.europa.eu`.
    if (ABSOLUTE.test(href)) continue;
    try {
      link.setAttribute('href', new URL(href, base).href);
    } catch {
      // An address no URL parser takes is left as it is, and shown as such.
    }
  }
}

// Readability's own test for a byline element.
const BYLINE = /byline|author|dateline|writtenby|p-author/i;
const MAX_BYLINE_LENGTH = 100;
// Where an `author` class names a reader or another article's writer, not this one's.
const NOT_THE_ARTICLE = '[class*="comment"], [id*="comment"], aside, footer, [class*="related"]';

function isMarkedByline(element: PageElement): boolean {
  const named = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return (
    element.getAttribute('rel') === 'author' ||
    (element.getAttribute('itemprop') ?? '').includes('author') ||
    BYLINE.test(named)
  );
}

// An advertising slot: a class or id such as `ad`, `ads`, `advert`, `ad-slot`, `sidebar-ad`,
// `div-gpt-ad-top`, or a data-ad-slot attribute.
const AD_NAME = /^(?:ads?|adverts?|advertisement|advertising|ad[-_].*|.*[-_]ads?|.*gpt-ad.*)$/i;
// A slot holds a label at most; a longer text is a wrapper (`has-ads`, `no-ads`) around content.
const MAX_AD_LENGTH = 200;

function isMarkedAd(element: PageElement): boolean {
  if (element.getAttribute('data-ad-slot') !== null) return true;
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return names.split(/\s+/).some((name) => AD_NAME.test(name));
}

/** Its text is shorter than `limit` (and, for a byline, not empty). Read last: it walks a subtree. */
function shortText(element: PageElement, limit: number): number | null {
  const length = element.textContent?.trim().length ?? 0;
  return length < limit ? length : null;
}

function isByline(element: PageElement): boolean {
  return (
    isMarkedByline(element) &&
    !/^(?:P|A|SPAN|STRONG|EM|B|I)$/.test(element.parentNode?.nodeName ?? '') &&
    Boolean(shortText(element, MAX_BYLINE_LENGTH)) &&
    !element.closest(NOT_THE_ARTICLE)
  );
}

/** `By Jeanne Martin` → `Jeanne Martin`, in the languages news is read in here. */
export function withoutBy(byline: string | null | undefined): string | null {
  return folded(byline?.replace(/^(?:by|par|von|por|di|door|de)\s*:?\s+/i, ''));
}

/**
 * Takes out advertising slots, and byline and dateline lines, and returns the first byline's name.
 * Readability takes a byline out only when the page's metadata names no author, and then only the
 * first: `Par Jeanne Martin` would otherwise open the article's text; and an ad slot holding a
 * lone `<p>Advertisement</p>` reads to it as a paragraph.
 */
export function takeBoilerplate(document: PageDocument): string | null {
  let byline: string | null = null;
  const marked = [...document.querySelectorAll('[class], [id], [rel], [itemprop], [data-ad-slot]')];
  for (const element of marked) {
    if (isMarkedAd(element) && shortText(element, MAX_AD_LENGTH) !== null) {
      element.remove();
    } else if (isByline(element)) {
      if (byline === null && !/dateline/i.test(element.getAttribute('class') ?? '')) {
        byline = withoutBy(textOf(element.querySelector('[itemprop~="name"]') ?? element));
      }
      element.remove();
    }
  }
  return byline;
}

// A label above a title (`Saint-Malo`, `Exclusive`, `Live`) is a few words.
const MAX_LABEL_LENGTH = 60;

interface Sibling extends PageElement {
  readonly previousElementSibling: Sibling | null;
}

/**
 * Takes out the short labels above the article's title (the rubric, `Exclusive`): Readability
 * drops the title as a repeat of the page's, and the label would then open the text, before the
 * standfirst, which would no longer read as one.
 */
export function takeTitleLabels(document: PageDocument): void {
  const title = document.querySelector('article h1, main h1') as Sibling | null;
  let label = title?.previousElementSibling ?? null;
  while (label) {
    const previous = label.previousElementSibling;
    if (shortText(label, MAX_LABEL_LENGTH) !== null) label.remove();
    label = previous;
  }
}
