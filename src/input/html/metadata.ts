/**
 * What a page says about itself in its markup, read before Readability rearranges it: JSON-LD,
 * Open Graph and other meta tags, <time>, <link rel=canonical>. Guessing from the text is left to
 * the model, which does it for Markdown as well.
 */
import { parseDateValue } from '../../text/dates.js';
import { folded, type PageDocument } from './dom.js';

type JsonObject = Readonly<Record<string, unknown>>;

/** The schema.org objects of the page's JSON-LD blocks, with lists and @graph flattened. */
function jsonLd(document: PageDocument): JsonObject[] {
  const objects: JsonObject[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ''), objects);
    } catch {
      // A block that is not JSON says nothing; the other sources still may.
    }
  }
  return objects;
}

function collect(value: unknown, into: JsonObject[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into);
  } else if (value !== null && typeof value === 'object') {
    into.push(value as JsonObject);
    collect((value as JsonObject)['@graph'], into);
  }
}

// schema.org's Article and its kinds (NewsArticle, ReportageNewsArticle…), and postings.
const ARTICLE_TYPE = /(?:Article|Posting|^Report)$/;

function isArticle(object: JsonObject): boolean {
  const type = object['@type'];
  return (Array.isArray(type) ? type : [type]).some(
    (name) => typeof name === 'string' && ARTICLE_TYPE.test(name),
  );
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? folded(value) : null;
}

/** A name given as a string, an object with a name, or the object an `@id` points to. */
function nameOf(value: unknown, objects: readonly JsonObject[]): string | null {
  if (typeof value === 'string') return folded(value);
  if (value === null || typeof value !== 'object') return null;
  const object = value as JsonObject;
  const named = text(object.name);
  if (named) return named;
  const id = object['@id'];
  const target = objects.find((other) => other !== object && id && other['@id'] === id);
  return target ? text(target.name) : null;
}

/** `Jeanne Martin, Paul Durand`: every author the block names. */
function authorsOf(value: unknown, objects: readonly JsonObject[]): string | null {
  const list = Array.isArray(value) ? value : [value];
  const names = list.map((item) => nameOf(item, objects)).filter((name) => name !== null);
  return names.length > 0 ? [...new Set(names)].join(', ') : null;
}

/** The content of the first meta tag with one of these names (as `property` or `name`). */
function meta(document: PageDocument, ...names: string[]): string | null {
  for (const name of names) {
    const tag = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const content = folded(tag?.getAttribute('content'));
    if (content) return content;
  }
  return null;
}

/** An address the page gives, made absolute, if it is a web address. */
function webAddress(value: string | null | undefined, base: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base ?? undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The publication date from <time datetime>: the one marked as such first, then the article's. */
function timeDate(document: PageDocument): string | null {
  for (const selector of [
    'time[datetime][itemprop~="datePublished"], time[datetime][pubdate]',
    'article time[datetime]',
    'time[datetime]',
  ]) {
    const date = parseDateValue(document.querySelector(selector)?.getAttribute('datetime') ?? '');
    if (date) return date.iso;
  }
  return null;
}

export interface PageMetadata {
  readonly date: string | null;
  /** From JSON-LD and meta tags; a byline in the text is read with the content. */
  readonly author: string | null;
  readonly publisher: string | null;
  readonly source: string | null;
  readonly description: string | null;
}

/**
 * The facts the page's markup states. `url` is where the page was found (null for a file or
 * standard input): the source when the page names no canonical address.
 */
export function pageMetadata(document: PageDocument, url: string | null): PageMetadata {
  const objects = jsonLd(document);
  const article = objects.find(isArticle) ?? {};
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  const ogUrl = webAddress(meta(document, 'og:url'), url);
  return {
    date:
      parseDateValue(text(article.datePublished) ?? '')?.iso ??
      parseDateValue(meta(document, 'article:published_time') ?? '')?.iso ??
      timeDate(document),
    author: authorsOf(article.author, objects) ?? meta(document, 'author'),
    publisher: meta(document, 'og:site_name') ?? nameOf(article.publisher, objects),
    source: webAddress(canonical, url ?? ogUrl) ?? ogUrl ?? webAddress(url, null),
    description:
      meta(document, 'description', 'og:description') ?? text(article.description) ?? null,
  };
}
