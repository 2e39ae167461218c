import type { Token, Tokens } from 'marked';
import { type DateMatch, leadingDate, parseDateValue, resolveDate } from '../text/dates.js';
import { detectLanguage } from '../text/language.js';
import { stripUnsafe } from '../text/sanitize.js';
import { type Article, type Block, type Prose, type SourceLine, textOfBlock } from './article.js';
import { dateRemnant, readByline, readDateLine, signatureOnly } from './byline.js';
import { splitFrontMatter } from './front-matter.js';
import { collapseSpaces, collectLinks, decodeText, proseOf } from './inline.js';
import { lex, walkTokens } from './lex.js';

/**
 * marked decodes character references in text tokens itself, so `&#27;` is an ESC again in the
 * token tree renderers style: every text it holds is cleaned once more.
 */
function cleanDecoded(token: Token): void {
  const fields = token as unknown as Record<string, unknown>;
  for (const key of ['text', 'href', 'title', 'lang']) {
    const value = fields[key];
    if (typeof value === 'string') fields[key] = stripUnsafe(value);
  }
  if (token.type === 'table') {
    for (const cell of [...token.header, ...token.rows.flat()]) cell.text = stripUnsafe(cell.text);
  }
}

function meaningful(tokens: readonly Token[]): Token[] {
  return tokens.filter((t) => !(t.type === 'text' && !t.raw.trim()) && t.type !== 'br');
}

/** The tokens inside the emphasis when a paragraph is wholly bold (or, for `allowEm`, italic). */
function emphasisedWhole(paragraph: Tokens.Paragraph, allowEm: boolean): Token[] | null {
  const [only, ...more] = meaningful(paragraph.tokens);
  if (!only || more.length > 0) return null;
  if (only.type === 'strong' || (allowEm && only.type === 'em')) return only.tokens ?? [];
  return null;
}

// Characters set around an intertitle for decoration (`+ « … » +`, `■ …`), not part of its words.
// The lookbehind starts the trailing run only where it begins: tried inside it, `[…]+$` would
// rescan the rest of the run from every character.
const DECORATION = /^[\s+*•·■□▪►▶=~#|_–—-]+|(?<![\s+*•·■□▪◄◀=~#|_–—-])[\s+*•·■□▪◄◀=~#|_–—-]+$/g;
const MAX_HEADING_LENGTH = 140;

/** A short wholly bold line that does not end a sentence reads as a subheading. */
function asHeading(text: string): string | null {
  const words = text.replace(DECORATION, '');
  if (!words || words.length > MAX_HEADING_LENGTH || /[.,;:]$/.test(words)) return null;
  return words;
}

const SOURCE_LABEL =
  /^(sources?|via|lire l['’]article original|article original|original article|read the original(?: article)?|read more)\s*:?\s*/i;
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()]+[^\s<>().,;:!?'"»”]/i;

function sourceLine(paragraph: Tokens.Paragraph, text: string): SourceLine | null {
  const label = SOURCE_LABEL.exec(text);
  if (!label) return null;
  const rest = text.slice(label[0].length);
  const link = collectLinks(paragraph.tokens)[0];
  const url = link?.href ?? BARE_URL.exec(rest)?.[0];
  // The label must introduce nothing but the address: "Source : <url>", not a sentence about sources.
  if (!url || rest.length > url.length + 80) return null;
  return {
    label: collapseSpaces(label[1] ?? ''),
    url: withScheme(url),
  };
}

/** `www.example.org/x` as an address a browser and `new URL` take. */
function withScheme(url: string): string {
  return url.startsWith('www.') ? `https://${url}` : url;
}

function authorFromFrontMatter(fields: Readonly<Record<string, string>>): string | null {
  return fields.author ?? fields.authors ?? fields.byline ?? null;
}

function sourceFromFrontMatter(fields: Readonly<Record<string, string>>): SourceLine | null {
  for (const key of ['source', 'url', 'canonical', 'via', 'link']) {
    const value = fields[key];
    if (value && BARE_URL.test(value)) {
      return { label: key.charAt(0).toUpperCase() + key.slice(1), url: withScheme(value) };
    }
  }
  return null;
}

/** A paragraph whose last character closes a sentence or a clause the next paragraph cannot continue. */
const CLOSED = /[.!?…:;»"”’)\]]$/;

/**
 * Conversion from HTML often cuts a paragraph in two at a line break: `… (IBM) et` / `l'une des …`.
 * An open end followed by a lower-case start is one paragraph.
 */
function joinBrokenParagraphs(blocks: readonly Block[]): Block[] {
  const joined: Block[] = [];
  for (const block of blocks) {
    const previous = joined.at(-1);
    if (
      block.kind === 'paragraph' &&
      previous?.kind === 'paragraph' &&
      !CLOSED.test(previous.prose.text) &&
      /^\p{Ll}/u.test(block.prose.text)
    ) {
      joined[joined.length - 1] = {
        kind: 'paragraph',
        prose: joinProse(previous.prose, block.prose),
      };
    } else {
      joined.push(block);
    }
  }
  return joined;
}

function joinProse(first: Prose, second: Prose): Prose {
  return {
    text: `${first.text} ${second.text}`,
    inlines: [...first.inlines, { kind: 'text', text: ' ' }, ...second.inlines],
  };
}

/** A block of raw HTML as prose: its words are kept, its tags are not; a comment holds none. */
function htmlBlock(raw: string): Block | null {
  if (/^\s*<!--/.test(raw)) return null;
  const text = collapseSpaces(decodeText(raw.replace(/<[^<>]*>/g, ' ')));
  return text ? { kind: 'paragraph', prose: { text, inlines: [{ kind: 'text', text }] } } : null;
}

function blocksOf(tokens: readonly Token[]): Block[] {
  return tokens.map(blockOf).filter((block): block is Block => block !== null);
}

/** marked's block token as a block of the model; null for what holds nothing to read. */
function blockOf(token: Token): Block | null {
  switch (token.type) {
    case 'paragraph':
    case 'text':
      return { kind: 'paragraph', prose: proseOf(token.tokens ?? [token]) };
    case 'heading':
      return { kind: 'heading', prose: proseOf(token.tokens ?? []) };
    case 'list': {
      const list = token as Tokens.List;
      return {
        kind: 'list',
        ordered: list.ordered,
        start: typeof list.start === 'number' ? list.start : 1,
        loose: list.loose,
        items: list.items.map((item) => ({
          checked: item.task ? Boolean(item.checked) : null,
          loose: item.loose,
          blocks: blocksOf(item.tokens),
        })),
      };
    }
    case 'blockquote':
      return { kind: 'quote', blocks: blocksOf(token.tokens ?? []) };
    case 'code':
      return { kind: 'code', text: stripUnsafe(token.text) };
    case 'table': {
      const table = token as Tokens.Table;
      return {
        kind: 'table',
        align: table.align,
        header: table.header.map((cell) => proseOf(cell.tokens)),
        rows: table.rows.map((row) => row.map((cell) => proseOf(cell.tokens))),
      };
    }
    case 'hr':
      return { kind: 'rule' };
    case 'html':
      return htmlBlock(token.raw);
    default:
      return null;
  }
}

interface Reading {
  title: string | null;
  /** The date as first read; an all-numeric one is resolved once the language is known. */
  date: DateMatch | null;
  author: string | null;
  kicker: string | null;
  lead: Prose[];
  body: Block[];
  source: SourceLine | null;
  /** Once body text has started, bold paragraphs are no longer lead. */
  inBody: boolean;
}

/** The dateline's rubric: what stands between the date and the repeated title (`Migration`). */
function kickerOf(rest: string, title: string | null): string | null {
  const dashes = [' – ', ' — ', ' - ', ' | ']
    .map((dash) => rest.indexOf(dash))
    .filter((i) => i > 0);
  const cut = Math.min(...dashes);
  const candidate = Number.isFinite(cut) ? rest.slice(0, cut) : rest;
  const words = candidate.trim().split(/\s+/);
  if (!candidate.trim() || words.length > 5) return null;
  if (title && collapseSpaces(candidate) === collapseSpaces(title)) return null;
  return candidate.trim();
}

// A dateline's words after the date: a rubric at most, unless they repeat the title.
const MAX_DATELINE_REST = 80;

/**
 * A paragraph opening with a date is the dateline when what follows is short (`– Politique`) or
 * repeats the title; otherwise it is text that happens to start with a date, and is kept.
 */
function isDateline(rest: string, title: string | null): boolean {
  if (rest.length <= MAX_DATELINE_REST) return true;
  return (
    title !== null &&
    collapseSpaces(rest).toLowerCase().endsWith(collapseSpaces(title).toLowerCase())
  );
}

// Bylines and date lines stand at the top: before the body, or among its first paragraphs when
// the standfirst is set as plain text.
const TOP_BODY_BLOCKS = 2;

/**
 * A byline (`By X, May 2, 2024`), a date line (`Published: …`, `Updated …`) or a name alone on
 * its line near the top: read into the author and the date, never into the lead or the body.
 * Returns whether the paragraph was one.
 */
function readTopLine(state: Reading, prose: Prose, bold: boolean): boolean {
  if (state.inBody && state.body.length > TOP_BODY_BLOCKS) return false;
  if (dateRemnant(prose.text)) return true;
  const dateLine = readDateLine(prose.text);
  if (dateLine) {
    if (!dateLine.updated) state.date ??= dateLine.date;
    return true;
  }
  const byline = readByline(prose.text);
  if (byline) {
    state.author ??= byline.author;
    if (byline.date) state.date ??= byline.date;
    if (byline.rest) {
      state.inBody = true;
      state.body.push({
        kind: 'paragraph',
        prose: { text: byline.rest, inlines: [{ kind: 'text', text: byline.rest }] },
      });
    }
    return true;
  }
  // `Boris Senff` alone under the standfirst: a signature, when no byline named the author.
  if (!bold && state.author === null && signatureOnly(prose.text)) {
    state.author = prose.text;
    return true;
  }
  return false;
}

function readParagraph(state: Reading, paragraph: Tokens.Paragraph): void {
  const prose = proseOf(paragraph.tokens);
  if (!prose.text) return;
  const source = sourceLine(paragraph, prose.text);
  if (source) {
    state.source = source;
    return;
  }
  const bold = emphasisedWhole(paragraph, !state.inBody);
  if (readTopLine(state, prose, bold !== null)) return;
  if (!state.inBody && !state.date && state.lead.length === 0) {
    const dated = leadingDate(prose.text);
    if (dated && isDateline(dated.rest, state.title)) {
      state.date = dated;
      state.kicker = kickerOf(dated.rest, state.title);
      return;
    }
  }
  if (bold) {
    const inner = proseOf(bold);
    const heading = asHeading(inner.text);
    if (heading) {
      state.inBody = true;
      state.body.push({ kind: 'heading', prose: { text: heading, inlines: inner.inlines } });
      return;
    }
    if (!state.inBody) {
      state.lead.push(inner);
      return;
    }
  }
  state.inBody = true;
  state.body.push({ kind: 'paragraph', prose });
}

function readToken(state: Reading, token: Token): void {
  switch (token.type) {
    case 'space':
    case 'def':
      return;
    case 'heading': {
      const prose = proseOf(token.tokens ?? []);
      if (token.depth === 1 && state.title === null) {
        state.title = prose.text;
        return;
      }
      state.inBody = true;
      state.body.push({ kind: 'heading', prose });
      return;
    }
    case 'paragraph':
      readParagraph(state, token as Tokens.Paragraph);
      return;
    default: {
      const block = blockOf(token);
      if (!block) return;
      state.inBody = true;
      state.body.push(block);
    }
  }
}

/** Reads cleaned Markdown text into the one model every command works from. */
export function parseArticle(text: string): Article {
  const front = splitFrontMatter(text);
  const tokens = lex(front.body);
  walkTokens(tokens, cleanDecoded);
  // The dateline is read (and kept out of the body) even when front matter gives the date.
  const state: Reading = {
    title: front.fields.title ?? null,
    date: null,
    author: authorFromFrontMatter(front.fields),
    kicker: null,
    lead: [],
    body: [],
    source: sourceFromFrontMatter(front.fields),
    inBody: false,
  };
  const titleFromFrontMatter = state.title !== null;
  for (const token of tokens) {
    if (titleFromFrontMatter && token.type === 'heading' && token.depth === 1 && !state.inBody) {
      continue;
    }
    readToken(state, token);
  }
  const body = joinBrokenParagraphs(state.body);
  // French sites often sign at the end: `Modeste KONÉ`, `J. M. avec AFP` as the last paragraph.
  const last = body.at(-1);
  if (state.author === null && last?.kind === 'paragraph' && signatureOnly(last.prose.text)) {
    state.author = last.prose.text;
    body.pop();
  }
  const prose = [...state.lead.map((p) => p.text), ...body.map(textOfBlock)].join('\n');
  const language = front.fields.lang ?? front.fields.language ?? detectLanguage(prose);
  const dated = (front.fields.date ? parseDateValue(front.fields.date) : null) ?? state.date;
  return {
    title: state.title,
    date: dated ? resolveDate(dated, language, front.body) : null,
    author: state.author,
    kicker: front.fields.category ?? front.fields.kicker ?? state.kicker,
    lead: state.lead.length > 0 ? state.lead : descriptionLead(front.fields),
    body,
    source: state.source,
    links: collectLinks(tokens),
    language,
    frontMatter: front.fields,
  };
}

/** A page's description (front matter `description`) stands in for the standfirst it lacks. */
function descriptionLead(fields: Readonly<Record<string, string>>): Prose[] {
  const text = fields.description ? collapseSpaces(fields.description) : '';
  return text ? [{ text, inlines: [{ kind: 'text', text }] }] : [];
}
