/**
 * The people an article names, with the roles it gives them: `le directeur exécutif de Frontex,
 * Hans Leijtens` (role before), `Khalid Zerouali, Wali, directeur…` (role after), `chief executive
 * Tim Cook` (role as prefix), `M. Bourita` (title and surname). Later mentions by surname alone
 * find the full name here.
 */

import { fold } from '../../text/fold.js';
import { firstSentenceEnd, sentenceStarts } from '../../text/sentences.js';
import { type Word, words } from '../../text/words.js';
import {
  ADJUNCT_PREPOSITIONS,
  COMPLEMENT_PREPOSITIONS,
  DETERMINERS,
  ENGLISH_SPEECH,
  FRENCH_SPEECH,
  POSSESSIVES,
  ROLE_MODIFIERS,
  TITLES,
  VERB_MARKERS,
} from './lexicon.js';
import {
  cleanRole,
  type Gender,
  genderOfFirstName,
  genderOfNoun,
  isRoleWord,
  type NameRun,
  nameRuns,
  personLike,
  roleLike,
  wordEnd,
} from './names.js';

export interface PersonRecord {
  readonly name: string;
  role: string | null;
  gender: Gender;
  /** Something beyond two capitalised words says it is a person: a title, a role, speech. */
  supported: boolean;
}

/** Where a text names a known person, for pronouns that find no subject to refer to. */
export interface NameMention {
  readonly at: number;
  readonly record: PersonRecord;
}

const MAX_ROLE_CONTEXT = 300;
/** Sentences longer than this are read in pieces: no sentence of prose is, only hostile input. */
const MAX_SENTENCE = 4000;

export class PersonRegistry {
  private readonly records: PersonRecord[] = [];
  /** Folded full names, and folded last words (surnames), to their records: lookups stay O(1). */
  private readonly byName = new Map<string, PersonRecord>();
  private readonly bySurname = new Map<string, PersonRecord[]>();
  private readonly byRole = new Map<string, PersonRecord>();
  private readonly byRoleNoun = new Map<string, PersonRecord>();

  /** The person a name refers to: the same full name, or a full name ending with it (a surname). */
  find(name: string): PersonRecord | undefined {
    const folded = fold(name).trim();
    const exact = this.byName.get(folded);
    if (exact) return exact;
    const surname = folded.split(/\s+/u).at(-1) ?? '';
    const candidates = this.bySurname.get(surname) ?? [];
    for (let i = candidates.length - 1; i >= 0; i--) {
      const record = candidates[i] as PersonRecord;
      if (fold(record.name).endsWith(` ${folded}`)) return record;
    }
    return undefined;
  }

  /** A person the article gave exactly this role (`la Première ministre` → Élisabeth Borne). */
  withRole(role: string): PersonRecord | undefined {
    return this.byRole.get(fold(role));
  }

  /** The last person whose role is built on this noun: `le maire` → the `maire de Lyon`. */
  withRoleNoun(noun: string): PersonRecord | undefined {
    return this.byRoleNoun.get(fold(noun));
  }

  /** Notes a role learnt later for a person. */
  giveRole(record: PersonRecord, role: string | null): void {
    if (record.role !== null || role === null) return;
    record.role = role;
    const key = fold(role);
    if (!this.byRole.has(key)) this.byRole.set(key, record);
    const noun = words(role).find(isRoleWord);
    if (noun) this.byRoleNoun.set(fold(noun.lower), record);
  }

  add(name: string, role: string | null, gender: Gender, supported: boolean): PersonRecord {
    const known = this.find(name);
    if (known && (fold(known.name) === fold(name) || name.split(/\s+/).length === 1)) {
      this.giveRole(known, role);
      known.gender ??= gender;
      known.supported ||= supported;
      return known;
    }
    const record: PersonRecord = { name, role: null, gender, supported };
    this.records.push(record);
    const folded = fold(name);
    this.byName.set(folded, record);
    const surname = folded.split(/\s+/u).at(-1) ?? '';
    const list = this.bySurname.get(surname) ?? [];
    list.push(record);
    this.bySurname.set(surname, list);
    this.giveRole(record, role);
    return record;
  }

  supportedPeople(): readonly PersonRecord[] {
    return this.records.filter((r) => r.supported);
  }

  /**
   * Reads every person-like name of a text with its title and role, a sentence at a time (a
   * name and its role stand in one sentence), so a huge paragraph never becomes one huge list.
   */
  read(text: string): NameMention[] {
    const mentions: NameMention[] = [];
    const starts = sentenceStarts(text);
    starts.forEach((start, i) => {
      const end = starts[i + 1] ?? text.length;
      for (let from = start; from < end; from += MAX_SENTENCE) {
        const sentence = text.slice(from, Math.min(end, from + MAX_SENTENCE));
        const list = words(sentence);
        for (const run of nameRuns(list)) {
          const record = this.readRun(sentence, list, run);
          if (record) mentions.push({ at: from + (list[run.first] as Word).start, record });
        }
      }
    });
    return mentions;
  }

  private readRun(text: string, list: readonly Word[], found: NameRun): PersonRecord | null {
    const leading = leadingRoleSplit(list, found);
    const run = leading.run;
    const before = list[run.first - 1];
    const titled = before !== undefined && TITLES.has(before.lower) && /^\p{Lu}/u.test(before.text);
    const first = list[run.first];
    const last = list[run.last - 1];
    if (!first || !last) return null;
    const name = text.slice(first.start, wordEnd(last));
    // `le Paris Saint-Germain`, `the Met Office`: a determiner straight before a name is a thing's.
    const opening = list[found.first - 1];
    if (!titled && !leading.role && opening && DETERMINERS.has(opening.lower)) return null;
    const single = run.last - run.first === 1;
    if (single && /^\p{Lu}[\p{Lu}\d&]+$/u.test(first.text)) return null;
    if (!titled && !personLike(list, run) && !(single && leading.role)) return null;
    const role =
      roleAfter(text, wordEnd(last)) ?? leading.role ?? roleBefore(text, first.start, list, run);
    const gender = titled
      ? (TITLES.get(before.lower) ?? null)
      : (genderOf(role) ?? genderOfFirstName(first));
    // `Emma Clarke, 34,`: only people are given an age.
    const aged = /^,\s*\d{1,3}(?:\s*ans)?\s*,/u.test(text.slice(wordEnd(last), wordEnd(last) + 12));
    const supported = titled || role !== null || aged;
    if (single) {
      const known = this.find(name);
      if (known) {
        this.giveRole(known, role);
        known.gender ??= gender;
        known.supported ||= supported;
        return known;
      }
      if (!titled && !leading.role) return null;
    }
    return this.add(name, role, gender, supported);
  }
}

function genderOf(role: string | null): Gender {
  if (!role) return null;
  for (const word of words(role)) {
    const gender = genderOfNoun(word.lower);
    if (gender) return gender;
  }
  return null;
}

/** Capitalised role words at a run's start (`Environment Secretary Steve Barclay`) are its role. */
function leadingRoleSplit(
  list: readonly Word[],
  run: NameRun,
): { run: NameRun; role: string | null } {
  let lastRole = -1;
  for (let i = run.first; i < run.last - 1; i++) {
    const word = list[i];
    if (word && (isRoleWord(word) || TITLES.has(word.lower))) lastRole = i;
  }
  let role: string | null = null;
  let first = run.first;
  if (lastRole >= 0) {
    first = lastRole + 1;
    // Titles of address close the run's role words but are no part of the role: `Minister Prince`.
    let to = first;
    while (to > run.first && TITLES.has(list[to - 1]?.lower ?? '')) to--;
    role =
      list
        .slice(run.first, to)
        .map((w) => w.text)
        .join(' ') || null;
  }
  // Lower-case role words just before: `l'eurodéputé Philippe Lamberts`, `chief executive Tim Cook`.
  const prefix = rolePrefix(list, run.first);
  if (prefix) role = role ? `${prefix} ${role}` : prefix;
  return { run: { first, last: run.last }, role };
}

function stopsPrefix(word: Word): boolean {
  return (
    VERB_MARKERS.has(word.lower) ||
    FRENCH_SPEECH.has(word.lower) ||
    ENGLISH_SPEECH.has(word.lower) ||
    ADJUNCT_PREPOSITIONS.has(word.lower) ||
    COMPLEMENT_PREPOSITIONS.has(word.lower) ||
    DETERMINERS.has(word.lower) ||
    TITLES.has(word.lower) ||
    /^\d/u.test(word.text)
  );
}

// Endings of French adjectives of origin or kind: `portugais`, `américain`, `lensois`, `local`.
const ADJECTIVE_ENDING =
  /(?:ais|aise|ain|aine|ien|ienne|ois|oise|ol|ole|and|ande|ique|al|ale|el|elle|if|ive)$/u;

/** The words just before a name, with nothing but spaces between, around a role word. */
function rolePrefix(list: readonly Word[], first: number): string | null {
  let from = first;
  while (from > 0 && first - from < 5 && list[from]?.spaced) {
    const word = list[from - 1] as Word;
    if (stopsPrefix(word)) break;
    from--;
  }
  let span = list.slice(from, first);
  const roleAt = span.findLastIndex(isRoleWord);
  if (roleAt < 0) return null;
  // One adjective may follow the role word: `l'attaquant portugais Gonçalo Ramos`.
  const trailing = span.slice(roleAt + 1);
  if (trailing.length > 1 || (trailing[0] && !ADJECTIVE_ENDING.test(trailing[0].lower)))
    return null;
  span = span.slice(0, roleAt + 1 + trailing.length);
  return span.map((w) => (w.dotted ? `${w.text}.` : w.text)).join(' ');
}

/** `…, Wali, directeur des migrations…, selon…`: the role-like segments after a name. */
function roleAfter(text: string, end: number): string | null {
  const rest = text.slice(end, end + MAX_ROLE_CONTEXT);
  if (!/^\s*,/u.test(rest)) return null;
  const stop = firstSentenceEnd(rest);
  const parts: string[] = [];
  for (const segment of rest.slice(0, stop).split(',').slice(1)) {
    const trimmed = segment.trim();
    if (/^\d{1,3}(?:\s*(?:ans|years? old))?$/u.test(trimmed)) continue;
    const list = words(trimmed);
    if (!roleLike(list) || /[«»“”"]/u.test(trimmed)) break;
    parts.push(cleanRole(trimmed));
  }
  return parts.length > 0 ? parts.join(', ') : null;
}

function opensRole(word: Word): boolean {
  return (
    DETERMINERS.has(word.lower) ||
    POSSESSIVES.has(word.lower) ||
    isRoleWord(word) ||
    ROLE_MODIFIERS.has(word.lower)
  );
}

/** `le directeur exécutif de Frontex, Hans Leijtens`: a role segment just before the name. */
function roleBefore(
  text: string,
  start: number,
  list: readonly Word[],
  run: NameRun,
): string | null {
  const before = text.slice(Math.max(0, start - MAX_ROLE_CONTEXT), start);
  if (!/,\s*$/u.test(before)) return null;
  const after = text.slice(list[run.last - 1]?.end ?? start).trimStart();
  // The name closes the apposition: `…, Hans Leijtens, se rend` or `…, Hans Leijtens.`
  if (after && !/^[,.;:!?)]/u.test(after) && !/^\p{Ll}/u.test(after)) return null;
  const segments = before.replace(/,\s*$/u, '').split(',');
  const segment = (segments.at(-1) ?? '').trim();
  const segmentWords = words(segment);
  let from = 0;
  segmentWords.forEach((word, i) => {
    const stop =
      VERB_MARKERS.has(word.lower) ||
      FRENCH_SPEECH.has(word.lower) ||
      ENGLISH_SPEECH.has(word.lower) ||
      ADJUNCT_PREPOSITIONS.has(word.lower);
    if (
      stop &&
      !isRoleWord(word) &&
      !COMPLEMENT_PREPOSITIONS.has(segmentWords[i - 1]?.lower ?? '')
    ) {
      from = i + 1;
    }
  });
  // `… sur RTL le président du syndicat, X`: the object of a preposition is no part of the role.
  const afterPreposition =
    from > 0 && ADJUNCT_PREPOSITIONS.has(segmentWords[from - 1]?.lower ?? '');
  while (afterPreposition && from < segmentWords.length && !opensRole(segmentWords[from] as Word))
    from++;
  const kept = segmentWords.slice(from);
  const first = kept[0];
  if (!first || !roleLike(kept) || /[«»“”"]/u.test(segment)) return null;
  return cleanRole(segment.slice(first.start));
}
