/**
 * Finding quotations by their marks, in one left-to-right pass per paragraph: `« »`, `“ ”`,
 * `„ “`, `‹ ›`, `‘ ’` and straight `" "`, with French spaces inside, over paragraph breaks, and
 * when a mark was lost. Apostrophes (`l’Intérieur`, `Jobs’`) never open or close anything.
 */

import { type Article, textOfBlock } from '../../model/article.js';
import { sentenceStartBefore, sentenceStarts } from '../../text/sentences.js';

/** A run of the article's text that quotations can sit in, in reading order. */
export interface Unit {
  readonly kind: 'title' | 'lead' | 'heading' | 'paragraph' | 'item';
  readonly text: string;
}

/** The article as units: title, lead, then body blocks (list items and block-quote lines apart). */
export function unitsOf(article: Article): Unit[] {
  const units: Unit[] = [];
  if (article.title) units.push({ kind: 'title', text: article.title });
  for (const prose of article.lead) units.push({ kind: 'lead', text: prose.text });
  for (const block of article.body) {
    if (block.kind === 'paragraph' || block.kind === 'heading') {
      units.push({ kind: block.kind, text: block.prose.text });
    } else if (block.kind !== 'code') {
      // Code is not prose: its quotation marks delimit strings, not speech.
      for (const line of textOfBlock(block).split('\n')) {
        if (line.trim()) units.push({ kind: 'item', text: line.trim() });
      }
    }
  }
  return units;
}

/** A piece of quoted text: the words between the marks within one unit. */
export interface Piece {
  readonly unit: number;
  readonly start: number;
  readonly end: number;
}

/** One quotation as the marks delimit it. */
export interface Marked {
  readonly pieces: readonly Piece[];
  /** The opening mark as written (`«`, `“`, `"`…); for a lost opening, the one that pairs with the close. */
  readonly mark: string;
  /** Where the opening mark stands (or where the quotation starts when it was lost). */
  readonly openUnit: number;
  readonly openAt: number;
  /** Where the closing mark stands; null when the quotation runs to its paragraph's end unclosed. */
  readonly closeUnit: number;
  readonly closeAt: number | null;
  /** The opening mark was missing: the quotation is read from its paragraph's start. */
  readonly lostOpening: boolean;
}

const CLOSERS: Readonly<Record<string, string>> = {
  '«': '»',
  '“': '”',
  '„': '“”',
  '‹': '›',
  '‘': '’',
  '"': '"',
  "'": "'",
};
const OPENER_OF_CLOSER: Readonly<Record<string, string>> = { '»': '«', '”': '“' };
const MARK = /[«»“”„‹›‘’"]/g;
// Headlines set quotations in straight single quotes (`'We were left with nothing'`); in running
// text those are apostrophes, so they count only there.
const HEADLINE_MARK = /[«»“”„‹›‘’"']/g;
const SPACE = /[\s\u00a0\u202f]/u;
const LETTER = /[\p{L}\p{N}]/u;

interface Event {
  start: number;
  end: number;
  open: number;
  close: number | null;
  mark: string;
  lost: boolean;
}

/** A straight `"` reads as opening after a space, a bracket or a dash, and before a non-space. */
function straightOpens(text: string, at: number): boolean {
  const before = text[at - 1];
  const after = text[at + 1];
  if (after === undefined || SPACE.test(after)) return false;
  return before === undefined || SPACE.test(before) || /[([{—–\-/:]/.test(before);
}

function straightCloses(text: string, at: number): boolean {
  const before = text[at - 1];
  const after = text[at + 1];
  if (before === undefined || SPACE.test(before)) return false;
  return after === undefined || !LETTER.test(after);
}

/** `‘` opens only at a word's start; `’` closes only where no letter follows (else it is an apostrophe). */
function singleOpens(text: string, at: number): boolean {
  const before = text[at - 1];
  const after = text[at + 1];
  return (
    after !== undefined &&
    !SPACE.test(after) &&
    (before === undefined || SPACE.test(before) || /[([{—–\-"“«]/.test(before))
  );
}

function closesHere(text: string, at: number, mark: string): boolean {
  const c = text[at] ?? '';
  if (!(CLOSERS[mark] ?? '').includes(c)) return false;
  if (c === '’' || c === "'") return !LETTER.test(text[at + 1] ?? '');
  return true;
}

/**
 * The quotations of one unit in one pass. A second opening mark of the same kind before any
 * close means the first lost its close: the scan restarts there, so unbalanced marks never make
 * it look back or hang. A closing mark with no opening one (the opening was lost) starts its
 * quotation at the paragraph's start, or at the first sentence after the last quotation.
 */
function scanUnit(text: string, headline: boolean): Event[] {
  const events: Event[] = [];
  let open: { mark: string; at: number } | null = null;
  let starts: number[] | null = null;
  const recover = (at: number, mark: string) => {
    const previous = events.at(-1);
    if (!previous) {
      starts ??= sentenceStarts(text);
      events.push(lost(speechStart(text, starts, at), at, mark));
      return;
    }
    if (previous.close === null) return;
    starts ??= sentenceStarts(text);
    const from = sentenceStartBefore(starts, at);
    if (from > previous.close) events.push(lost(from, at, mark));
  };
  for (const match of text.matchAll(headline ? HEADLINE_MARK : MARK)) {
    const at = match.index;
    const c = match[0];
    if (open) {
      if (closesHere(text, at, open.mark)) {
        events.push({
          start: open.at + 1,
          end: at,
          open: open.at,
          close: at,
          mark: open.mark,
          lost: false,
        });
        open = null;
      } else if (c === open.mark && c !== '"' && c !== "'") {
        open = { mark: c, at };
      }
      continue;
    }
    if (c === '«' || c === '“' || c === '„' || c === '‹') open = { mark: c, at };
    else if ((c === '‘' || c === "'") && singleOpens(text, at)) open = { mark: c, at };
    else if (c === '"') {
      if (straightOpens(text, at)) open = { mark: c, at };
      else if (straightCloses(text, at)) recover(at, '"');
    } else if (c === '»' || c === '”') {
      recover(at, OPENER_OF_CLOSER[c] ?? c);
    }
  }
  if (open) {
    events.push({
      start: open.at + 1,
      end: text.length,
      open: open.at,
      close: null,
      mark: open.mark,
      lost: false,
    });
  }
  return events;
}

// Words of a speaker about themselves or their listener: what quoted speech is made of.
const FIRST_PERSON =
  /(?:^|[^\p{L}'’])(?:je|j['’]|nous|me|m['’]|moi|mon|ma|mes|notre|nos|vous|votre|vos|I|I['’]m|I['’]ve|we|we['’]re|we['’]ve|us|our|my|me|you|your)(?![\p{L}])/iu;

/**
 * Where a quotation whose opening mark was lost starts: at the paragraph's start, unless the
 * paragraph opens with narration (`Patients were sympathetic. We're going to lose…`), in which
 * case at the first sentence before the close that speaks in the first or second person.
 */
function speechStart(text: string, starts: readonly number[], close: number): number {
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i] ?? 0;
    if (from >= close) break;
    const to = Math.min(starts[i + 1] ?? close, close, from + 400);
    if (FIRST_PERSON.test(text.slice(from, to))) return from;
  }
  return 0;
}

function lost(from: number, at: number, mark: string): Event {
  return { start: from, end: at, open: from, close: at, mark, lost: true };
}

/** Paragraph-like units a quotation may run on into; titles and subheadings stand alone. */
const CONTINUES = new Set<Unit['kind']>(['lead', 'paragraph', 'item']);

interface Pending {
  pieces: Piece[];
  mark: string;
  openUnit: number;
  openAt: number;
  lostOpening: boolean;
}

/** Every marked quotation of the units, in order, with quotations over paragraph breaks joined. */
export function scanQuotations(units: readonly Unit[]): Marked[] {
  const found: Marked[] = [];
  let pending: Pending | null = null;
  const finish = (p: Pending, closeUnit: number, closeAt: number | null) => {
    found.push({ ...p, closeUnit, closeAt });
  };
  units.forEach((unit, index) => {
    const headline =
      unit.kind === 'title' || unit.kind === 'heading' || /^'[^']{1,120}'$/u.test(unit.text);
    const events = scanUnit(unit.text, headline);
    let from = 0;
    if (pending) {
      const first = events[0];
      const leading = unit.text.search(/\S/u);
      const continues =
        CONTINUES.has(unit.kind) &&
        first !== undefined &&
        ((first.lost && first.mark === pending.mark) ||
          (!first.lost && first.open === leading && first.mark === pending.mark));
      if (continues && first) {
        pending.pieces.push({ unit: index, start: first.start, end: first.end });
        from = 1;
        if (first.close === null) {
          // Still open at this paragraph's end: the quotation runs on.
        } else {
          finish(pending, index, first.close);
          pending = null;
        }
      } else {
        const last = pending.pieces.at(-1);
        finish(pending, last?.unit ?? index, null);
        pending = null;
      }
    }
    if (from === 1 && pending) return;
    for (let i = from; i < events.length; i++) {
      const event = events[i] as Event;
      const piece = { unit: index, start: event.start, end: event.end };
      const base = {
        pieces: [piece],
        mark: event.mark,
        openUnit: index,
        openAt: event.open,
        lostOpening: event.lost,
      };
      if (event.close === null && CONTINUES.has(unit.kind) && i === events.length - 1) {
        pending = base;
      } else {
        found.push({ ...base, closeUnit: index, closeAt: event.close });
      }
    }
  });
  if (pending) {
    const last = (pending as Pending).pieces.at(-1);
    finish(pending, last?.unit ?? units.length - 1, null);
  }
  return found;
}
