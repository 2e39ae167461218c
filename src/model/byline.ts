/**
 * Bylines and date lines at the top of an article: `By Sam Lee, May 2, 2024`, `Par Jean Dupont et
 * Marie Durand`, `By Ana Ruiz, Reuters`, `— Jean Dupont`, `Texte par : RFI`, `Published: 2024-05-02`,
 * `Publié le 3 mars 2023 à 10h`, `Updated …`. Hand-written: no library reads news bylines, and
 * their shapes are few. Every pattern is anchored and its runs are separated by fixed characters,
 * so matching is linear.
 */
import { type DateMatch, leadingDate } from '../text/dates.js';

export interface Byline {
  /** The names as written, with an agency when one follows (`Ana Ruiz, Reuters`); null for none. */
  readonly author: string | null;
  /** A date the line gives, read as `leadingDate` reads it. */
  readonly date: DateMatch | null;
  /** What follows in the same paragraph once the byline ends (`par X - Une avocate…`). */
  readonly rest: string;
}

const INTRODUCER =
  /^(?:written\s+|reporting\s+|text\s+|texte\s+|propos\s+recueillis\s+)?(?:by|par)\s*:?\s+/iu;
const SIGNATURE = /^[—–]\s*/u;
// What separates the parts of a byline: a comma, a bar, a middle dot, a spaced dash, a semicolon.
const SEPARATOR = /^\s*(?:[,|·;]|\s[–—-])\s*/u;
const PUBLISHED =
  /^(?:published|posted|publié|publiée|mis\s+en\s+ligne|first\s+published)(?:\s+(?:on|le|at|à))?\s*:?\s*/iu;
const UPDATED =
  /^(?:updated|last\s+updated|modified|mis\s+à\s+jour|modifié|modifiée|actualisé|actualisée|act\.?)(?:\s+(?:on|le|at|à))?\s*:?\s*/iu;
// `à 10h12`, `at 9:30 a.m. EST`, `10:30`, `- 14h`: the time after a date.
const TIME =
  /^\s*(?:(?:à|at|,|-|–)\s*)?\d{1,2}\s*(?:[h:.]\s*\d{0,2})?(?:\s*(?:a\.?m\.?|p\.?m\.?))?(?:\s+(?:[A-Z]{2,4}|UTC|GMT)(?:[+-]\d{1,2})?)?/iu;
const CONNECTOR = /^(?:and|et|&|avec|with)$/iu;
const PARTICLE = /^(?:de|du|des|da|di|do|dos|van|von|der|den|ter|le|la|bin|ibn|al|el|y|st\.?)$/iu;
// A word of a name as bylines write it: `Jean-Pierre`, `N’Guessan`, `KONÉ`, `J.`, `McLean`.
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const MAX_NAME_WORDS = 8;
// A byline is a line: a longer "paragraph" is text that happens to start with `By`.
const MAX_BYLINE = 160;

/** Whether a run of words reads as names only: `Sam Lee`, `Jean Dupont et Marie Durand`, `AFP`. */
export function namesOnly(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return false;
  let names = 0;
  // `Avec AP et Reuters.` cites sources; it signs nothing. A full stop ends only an initial.
  if (CONNECTOR.test(words[0] ?? '') || /\p{L}{2}\.$/u.test(text.trim())) return false;
  for (const [i, word] of words.entries()) {
    if (NAME_WORD.test(word)) names++;
    else if (i === 0 || i === words.length - 1) return false;
    else if (!CONNECTOR.test(word) && !PARTICLE.test(word)) return false;
  }
  return names > 0 && !/\d/u.test(text);
}

// A signature alone on its line is a person's name (two or more words) or an agency (`AFP`).
const AGENCY = /^\p{Lu}{2,6}$/u;

/** Whether a whole paragraph is only a signature: `Boris Senff`, `Jean Dupont et Marie Durand`, `AFP`. */
export function signatureOnly(text: string): boolean {
  const line = text.trim();
  return namesOnly(line) && (line.split(/\s+/u).length >= 2 || AGENCY.test(line));
}

/** A date at the start of `text`, with its time and anything after it dropped as far as a separator. */
function dateAt(text: string): { date: DateMatch; rest: string } | null {
  const published = PUBLISHED.exec(text);
  const from = published ? text.slice(published[0].length) : text;
  const date = leadingDate(from);
  if (!date) return null;
  const time = TIME.exec(date.rest);
  const rest = time?.[0].trim() ? date.rest.slice(time[0].length) : date.rest;
  return { date, rest };
}

const DASH = /[–—-]\s*$/u;

/**
 * The parts after the names: agencies, a date, an update line. What is left is text only after a
 * dash (`par X - Une avocate…`); after a comma it was no byline (`By Monday, the council…`): null.
 */
function readParts(text: string, names: string[]): { date: DateMatch | null; rest: string } | null {
  let rest = text;
  let date: DateMatch | null = null;
  for (;;) {
    const separator = SEPARATOR.exec(rest);
    const part = separator ? rest.slice(separator[0].length) : rest;
    if (!part.trim()) return { date, rest: '' };
    const updated = UPDATED.exec(part);
    if (updated) {
      const skipped = dateAt(part.slice(updated[0].length));
      rest = skipped ? skipped.rest : '';
      continue;
    }
    const dated: ReturnType<typeof dateAt> = date ? null : dateAt(part);
    if (dated) {
      date = dated.date;
      rest = dated.rest;
      continue;
    }
    const end = part.search(/\s*(?:[,|·;]|\s[–—-]\s)/u);
    const segment = end < 0 ? part : part.slice(0, end);
    if (!separator || !namesOnly(segment)) {
      return separator && DASH.test(separator[0]) ? { date, rest: part.trim() } : null;
    }
    names.push(segment.trim());
    rest = end < 0 ? '' : part.slice(end);
  }
}

/** The byline a paragraph opens with, or null when it is no byline. */
export function readByline(text: string): Byline | null {
  const line = text.trim();
  const introducer = INTRODUCER.exec(line) ?? SIGNATURE.exec(line);
  if (!introducer) return null;
  const after = line.slice(introducer[0].length);
  const end = after.search(/\s*(?:[,|·;]|\s[–—-]\s)|$/u);
  const first = after.slice(0, end);
  // `Par ailleurs, …`, `By the end of the year…`: what follows is no name.
  if (!namesOnly(first)) return null;
  const names = [first.trim()];
  const parts = readParts(after.slice(end), names);
  if (!parts || line.length - parts.rest.length > MAX_BYLINE) return null;
  return { author: names.join(', '), date: parts.date, rest: parts.rest };
}

// What is left of a date line once a page's script no longer fills it in: `Published`,
// `2 hours ago`, `il y a 3 heures`, `Mis à jour`.
const DATE_REMNANT =
  /^(?:(?:published|posted|updated|last\s+updated|publié|publiée|mis\s+à\s+jour|mis\s+en\s+ligne)\s*:?|(?:\d{1,2}|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|il\s+y\s+a\s+\d{1,2}\s+(?:secondes?|minutes?|min|heures?|h|jours?|semaines?))$/iu;

/** Whether a line is a date line with no date left in it: it dates nothing and is no text. */
export function dateRemnant(text: string): boolean {
  return DATE_REMNANT.test(text.trim());
}

export interface DateLine {
  readonly date: DateMatch;
  /** `Updated …`, `Mis à jour le …`: never the date the article was published. */
  readonly updated: boolean;
}

/** A line that only dates the article: `Published: 2024-05-02`, `Mis à jour le 3 mars 2023`. */
export function readDateLine(text: string): DateLine | null {
  const line = text.trim();
  const updated = UPDATED.exec(line);
  const published = PUBLISHED.exec(line);
  if (!updated && !published) return null;
  const dated = dateAt(updated ? line.slice(updated[0].length) : line);
  if (!dated) return null;
  if (readParts(dated.rest, [])?.rest !== '') return null;
  return { date: dated.date, updated: updated !== null };
}
