import type { Token, Tokens } from 'marked';
import { leadingDate, parseDateValue } from '../text/dates.js';
import { detectLanguage } from '../text/language.js';
import { stripUnsafe } from '../text/sanitize.js';
import type { Article, Block, Prose, SourceLine } from './article.js';
import { yamlValue } from './front-matter.js';
import { collapseSpaces, collectLinks, decodeText, inlineText, proseOf } from './inline.js';
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

export interface FrontMatter {
  readonly fields: Readonly<Record<string, string>>;
  readonly body: string;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n(?:---|\.\.\.)(?:\n|$)/;

/**
 * Simple `key: value` pairs of a leading YAML block. Hand-written because articles only carry flat
 * scalars there (title, date, source) and a YAML library would be most of our start-up time.
 */
export function splitFrontMatter(text: string): FrontMatter {
  const block = FRONT_MATTER.exec(text);
  if (!block) return { fields: {}, body: text };
  const fields: Record<string, string> = {};
  for (const line of (block[1] ?? '').split('\n')) {
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!pair?.[1]) continue;
    const value = yamlValue((pair[2] ?? '').trim());
    if (value) fields[pair[1].toLowerCase()] = value;
  }
  return { fields, body: text.slice(block[0].length) };
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
  const space: Tokens.Text = { type: 'text', raw: ' ', text: ' ' };
  return {
    text: `${first.text} ${second.text}`,
    tokens: [...first.tokens, space, ...second.tokens],
  };
}

function blockText(token: Token): string {
  switch (token.type) {
    case 'list':
      return token.items
        .map((item: Tokens.ListItem) => item.tokens.map(blockText).join(' '))
        .join('\n');
    case 'code':
      return stripUnsafe(token.text);
    case 'table':
      return [token.header, ...token.rows]
        .map((row: Tokens.TableCell[]) => row.map((cell) => inlineText(cell.tokens)).join(' '))
        .join('\n');
    default:
      if ('tokens' in token && Array.isArray(token.tokens)) {
        return token.type === 'paragraph' || token.type === 'text' || token.type === 'heading'
          ? collapseSpaces(inlineText(token.tokens))
          : token.tokens.map(blockText).join('\n');
      }
      return '';
  }
}

interface Reading {
  title: string | null;
  date: string | null;
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

function readParagraph(state: Reading, paragraph: Tokens.Paragraph): void {
  const prose = proseOf(paragraph.tokens);
  if (!prose.text) return;
  const source = sourceLine(paragraph, prose.text);
  if (source) {
    state.source = source;
    return;
  }
  const bold = emphasisedWhole(paragraph, !state.inBody);
  if (!state.inBody && !state.date && state.lead.length === 0) {
    const dated = leadingDate(prose.text);
    if (dated && isDateline(dated.rest, state.title)) {
      state.date = dated.iso;
      state.kicker = kickerOf(dated.rest, state.title);
      return;
    }
  }
  if (bold) {
    const heading = asHeading(collapseSpaces(inlineText(bold)));
    if (heading) {
      state.inBody = true;
      state.body.push({ kind: 'heading', prose: { text: heading, tokens: bold } });
      return;
    }
    if (!state.inBody) {
      state.lead.push(proseOf(bold));
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
    case 'html':
      // Raw HTML is what conversion left behind: its words are kept, its tags are not.
      if (!/^\s*<!--/.test(token.raw)) readHtmlText(state, token.raw);
      return;
    default:
      state.inBody = true;
      state.body.push({ kind: 'markdown', token, text: blockText(token) });
  }
}

function readHtmlText(state: Reading, raw: string): void {
  const text = collapseSpaces(decodeText(raw.replace(/<[^<>]*>/g, ' ')));
  if (!text) return;
  state.inBody = true;
  state.body.push({
    kind: 'paragraph',
    prose: { text, tokens: [{ type: 'text', raw: text, text }] },
  });
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
  const prose = [...state.lead.map((p) => p.text), ...body.map(textOfBlock)].join('\n');
  return {
    title: state.title,
    date: (front.fields.date && parseDateValue(front.fields.date)) || state.date,
    kicker: front.fields.category ?? front.fields.kicker ?? state.kicker,
    lead: state.lead.length > 0 ? state.lead : descriptionLead(front.fields),
    body,
    source: state.source,
    links: collectLinks(tokens),
    language: front.fields.lang ?? front.fields.language ?? detectLanguage(prose),
    frontMatter: front.fields,
  };
}

/** A page's description (front matter `description`) stands in for the standfirst it lacks. */
function descriptionLead(fields: Readonly<Record<string, string>>): Prose[] {
  const text = fields.description ? collapseSpaces(fields.description) : '';
  return text ? [{ text, tokens: [{ type: 'text', raw: text, text }] }] : [];
}

export function textOfBlock(block: Block): string {
  return block.kind === 'markdown' ? block.text : block.prose.text;
}
