/**
 * Reading the noun phrases that name speakers: `le directeur exécutif de Frontex, Hans Leijtens`,
 * `Ms. Rebecca Wettemann, chief executive of Valoir`, `a police spokesman`, `elle`. Hand-written
 * rules over a word list, because no installed library tags French and English names and roles;
 * every function works on a bounded slice, so the whole extraction stays linear.
 */
import { firstSentenceEnd } from '../../text/sentences.js';
import { type Word, words } from '../../text/words.js';
import {
  ADJUNCT_PREPOSITIONS,
  COMPLEMENT_PREPOSITIONS,
  DEFINITE_DETERMINERS,
  DETERMINERS,
  ENGLISH_SPEECH,
  FEMININE_FIRST_NAMES,
  FEMININE_NOUNS,
  FRENCH_SPEECH,
  FUNCTION_WORDS,
  GROUP_NOUNS,
  IMPERSONAL_IL,
  IMPERSONAL_OPENINGS,
  MASCULINE_FIRST_NAMES,
  MASCULINE_NOUNS,
  NAME_PARTICLES,
  ORGANISATION_WORDS,
  PERSONAL_PRONOUNS,
  PLURAL_DETERMINERS,
  POSSESSIVES,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  TITLES,
  VERB_MARKERS,
} from './lexicon.js';

/** How far a speaker phrase may run: names and roles are shorter, attribution windows cheaper. */
const PHRASE_WINDOW = 240;

export type Gender = 'm' | 'f' | null;
export type PronounKind = 'm' | 'f' | 'plural' | 'thing';

const isAcronym = (word: Word) => /^\p{Lu}[\p{Lu}\d&]+$/u.test(word.text);

/** A word that can be part of a proper name: capitalised, not a sentence-opening function word. */
export function nameLike(word: Word): boolean {
  if (!/^\p{Lu}/u.test(word.text)) return false;
  if (FUNCTION_WORDS.has(word.lower)) return false;
  return /\p{Ll}/u.test(word.text) || (word.dotted && word.text.length === 1) || isAcronym(word);
}

// `the 45-year-old`, `a 30-year-old`: English names people by their age.
export const isRoleWord = (word: Word) =>
  ROLE_NOUNS.has(word.lower) || /^\d{1,3}-year-olds?$/u.test(word.lower);
const isSpeechVerb = (word: Word) =>
  FRENCH_SPEECH.has(word.lower) || ENGLISH_SPEECH.has(word.lower);

export function isTitle(word: Word, next: Word | undefined): boolean {
  if (!TITLES.has(word.lower) || !next || !nameLike(next)) return false;
  // `Me` (Maître) and `Dame` are titles only before a name; capitalised `Me` in English is rare.
  return /^\p{Lu}/u.test(word.text);
}

/** A capitalised name inside a list of words: its word range and whether it reads as a person's. */
export interface NameRun {
  readonly first: number;
  /** Exclusive. */
  readonly last: number;
}

/** Runs of name words, particles allowed inside (`Ursula von der Leyen`), from `from` on. */
export function nameRuns(list: readonly Word[], from = 0, to = list.length): NameRun[] {
  const runs: NameRun[] = [];
  let i = from;
  while (i < to) {
    const word = list[i];
    if (!word || !nameLike(word) || isTitle(word, list[i + 1])) {
      i++;
      continue;
    }
    let last = i + 1;
    for (;;) {
      const next = list[last];
      if (!next || last >= to || !adjacent(list[last - 1], next)) break;
      if (nameLike(next)) {
        last++;
        continue;
      }
      // Particles join two name words only: `von der Leyen`, `de Gaulle`, `Le Pen`.
      let particle = last;
      while (particle < to && NAME_PARTICLES.has(list[particle]?.lower ?? '')) particle++;
      const after = list[particle];
      if (particle > last && after && particle < to && nameLike(after) && !isAcronym(after)) {
        last = particle + 1;
        continue;
      }
      break;
    }
    runs.push({ first: i, last });
    i = last;
  }
  return runs;
}

/** Two words with only spaces between them (no comma, no full stop but an initial's): one name. */
function adjacent(a: Word | undefined, b: Word): boolean {
  if (!a || !b.spaced) return false;
  return !a.dotted || /^\p{Lu}$/u.test(a.text) || TITLES.has(a.lower);
}

/** Whether a run of name words reads as a person's name rather than a place or organisation's. */
export function personLike(list: readonly Word[], run: NameRun): boolean {
  let names = 0;
  for (let i = run.first; i < run.last; i++) {
    const word = list[i];
    if (!word) continue;
    if (ORGANISATION_WORDS.has(word.lower)) return false;
    // `Laurent BERGER`: a surname in capitals after a first name, not an acronym (`RC Lens`).
    if (isAcronym(word) && (i === run.first || word.text.length < 3)) return false;
    if (!NAME_PARTICLES.has(word.lower)) names++;
  }
  return names >= 2;
}

/** The gender a common first name tells, if any. */
export function genderOfFirstName(word: Word | undefined): Gender {
  if (!word) return null;
  if (FEMININE_FIRST_NAMES.has(word.lower)) return 'f';
  if (MASCULINE_FIRST_NAMES.has(word.lower)) return 'm';
  return null;
}

export function genderOfNoun(lower: string): Gender {
  if (FEMININE_NOUNS.has(lower)) return 'f';
  if (MASCULINE_NOUNS.has(lower)) return 'm';
  return null;
}

/** What a speaker phrase names. */
export interface Phrase {
  readonly kind: 'name' | 'description' | 'pronoun' | 'impersonal';
  /** The name as written, title dropped (`Hans Leijtens`, `Bourita`, `Frontex`). */
  readonly name: string | null;
  /** The name reads as a person's (two names, or a title or role before it). */
  readonly person: boolean;
  /** The role the phrase gives, without determiner or title (`directeur exécutif de Frontex`). */
  readonly role: string | null;
  /** The phrase itself when it names nobody (`le président du RC Lens`), determiner lower-cased. */
  readonly description: string | null;
  /** A bare definite description that refers back (`la chercheuse`, `the spokesperson`). */
  readonly anaphoric: boolean;
  /** The role noun a description is built on, lower case (`chercheuse`). */
  readonly head: string | null;
  readonly gender: Gender;
  readonly pronoun: PronounKind | null;
  /** It names a group or institution rather than one human being (`le parquet`, `the ministry`). */
  readonly group: boolean;
  /** It names several people: `les syndicats`, `analysts at Goldman Sachs`. */
  readonly plural?: boolean;
}

/** A comma-separated part of a phrase; its words are read only when a rule looks at them. */
class Segment {
  private words: readonly Word[] | null = null;
  constructor(readonly text: string) {}
  get list(): readonly Word[] {
    this.words ??= words(this.text);
    return this.words;
  }
}

/** Where a speaker phrase ends: a sentence end, a colon, a bracket, a dash or a quotation mark. */
function phraseLimit(text: string): number {
  let limit = firstSentenceEnd(text);
  // A bracketed acronym belongs to the name it follows: `l'agence régionale de santé (ARS) Grand Est`.
  const stop = /[;:[\]«»“”"„‹›]|\((?![\p{Lu}\d]{2,8}\))|\s[—–]\s/u.exec(text.slice(0, limit));
  if (stop) limit = stop.index;
  return limit;
}

function segmentsOf(text: string): Segment[] {
  return text.split(',').map((part) => new Segment(part.trim()));
}

const ROLE_SKIP = (word: Word) =>
  DETERMINERS.has(word.lower) || POSSESSIVES.has(word.lower) || ROLE_MODIFIERS.has(word.lower);

/** A segment that states a function: `directeur exécutif de Frontex`, `a former state attorney general`. */
export function roleLike(list: readonly Word[]): boolean {
  const determined = list[0] !== undefined && DETERMINERS.has(list[0].lower);
  // `a former minister` but not `a déclaré le ministre`: what follows English `a` must not be a verb.
  const first = determined ? list[1] : list[0];
  if (!first || (VERB_MARKERS.has(first.lower) && !determined) || isSpeechVerb(first)) return false;
  if (determined && VERB_MARKERS.has(first.lower)) return false;
  if (ADJUNCT_PREPOSITIONS.has(first.lower) || COMPLEMENT_PREPOSITIONS.has(first.lower)) {
    return false;
  }
  // `accused ministers of…`, `arrivé en 2015`: a clause on a participle, not a role.
  if (!isRoleWord(first) && /\p{Ll}(?:ed|é|ée|és|ées)$/u.test(first.text)) return false;
  let seen = 0;
  for (const word of list) {
    if (ROLE_SKIP(word)) continue;
    if (isRoleWord(word)) return true;
    if (++seen >= 3) return false;
  }
  return false;
}

/** A role as the article states it, without determiner, possessive or title. */
export function cleanRole(text: string): string {
  const role = text.trim().replace(/(?<![.,;:\s])[.,;:\s]+$/u, '');
  const list = words(role);
  let i = 0;
  while (i < list.length) {
    const word = list[i] as Word;
    if (
      !DETERMINERS.has(word.lower) &&
      !POSSESSIVES.has(word.lower) &&
      !isTitle(word, list[i + 1])
    ) {
      break;
    }
    i++;
  }
  const first = list[i];
  return first ? role.slice(first.start).trim() : '';
}

function genderOfWords(list: readonly Word[]): Gender {
  for (const word of list) {
    const gender = genderOfNoun(word.lower);
    if (gender) return gender;
  }
  const determiner = list[0]?.lower;
  if (determiner === 'la' || determiner === 'une') return 'f';
  if (determiner === 'le' || determiner === 'un') return 'm';
  return null;
}

/** Appositions after a name that give its role: `, Wali, directeur des migrations…`. */
function appositionRole(segments: readonly Segment[], from: number): string | null {
  const parts: string[] = [];
  for (let i = from; i < segments.length; i++) {
    const segment = segments[i];
    if (!segment) break;
    if (/^\d{1,3}(?:\s*(?:ans|years? old))?$/u.test(segment.text)) continue;
    if (!roleLike(segment.list)) break;
    parts.push(cleanRole(segment.text));
  }
  return parts.length > 0 ? parts.join(', ') : null;
}

interface SegmentReading {
  /** Index range of the head name in the segment's words, if its head is a name. */
  readonly name: NameRun | null;
  readonly title: Gender | 'none' | null;
  /** Words before the name (or all words of a description), determiner excluded. */
  readonly roleFrom: number;
  readonly roleTo: number;
  /** Index after the last word the phrase covers. */
  readonly end: number;
  readonly determiner: Word | null;
  /** A stop word ended the segment early: no apposition can follow. */
  readonly stopped: boolean;
  /** The segment is a name and nothing else, titles aside: `Mme Hélène Garnier`. */
  readonly bare: boolean;
}

function stopsPhrase(list: readonly Word[], i: number, subject: boolean): boolean {
  const word = list[i];
  if (!word) return true;
  const previous = list[i - 1];
  const inComplement = previous !== undefined && COMPLEMENT_PREPOSITIONS.has(previous.lower);
  // `le joueur de 22 ans`: a number inside a complement belongs to it.
  if (/^\d/u.test(word.text) && !isRoleWord(word) && !inComplement) return true;
  if (isSpeechVerb(word) && !isRoleWord(word)) return true;
  // `a` is English's article inside a complement (`a spokesman for a hospital`), French `a` elsewhere;
  // a capitalised `Est` is a region's name, not the verb.
  if (VERB_MARKERS.has(word.lower) && !inComplement && /^\p{Ll}/u.test(word.text)) return true;
  if (!subject) return false;
  if (ADJUNCT_PREPOSITIONS.has(word.lower)) return true;
  if (word.lower === 'à' || word.lower === 'au' || word.lower === 'aux') {
    const next = list[i + 1];
    const object = next && DETERMINERS.has(next.lower) ? list[i + 2] : next;
    return !object || !/^\p{Lu}/u.test(object.text);
  }
  return false;
}

/** A name in complement position (`de Frontex`, `of the BBC`, `de l'Élysée`) is not the phrase's head. */
function inComplement(list: readonly Word[], index: number): boolean {
  const previous = list[index - 1];
  if (!previous) return false;
  if (COMPLEMENT_PREPOSITIONS.has(previous.lower)) return true;
  const before = list[index - 2];
  return (
    DETERMINERS.has(previous.lower) &&
    before !== undefined &&
    COMPLEMENT_PREPOSITIONS.has(before.lower)
  );
}

/** Particles bridging two name words: `von der` in `Ursula von der Leyen`. */
function particleBridge(list: readonly Word[], index: number): boolean {
  let k = index;
  while (k < list.length && k - index < 3 && NAME_PARTICLES.has(list[k]?.lower ?? '')) k++;
  const next = list[k];
  return k > index && next !== undefined && nameLike(next);
}

/**
 * A name heads the phrase alone, after a role word or title (`l'eurodéputé Philippe Lamberts`), or
 * as a full name after a common noun (`le docteur Marc Weber`), but not after a place's or an
 * institution's noun (`l'hôpital Georges-Pompidou`, `la rue Victor Hugo`).
 */
function headsPhrase(list: readonly Word[], run: NameRun, roleFrom: number): boolean {
  if (run.first === roleFrom) return true;
  const previous = list[run.first - 1];
  if (!previous || inComplement(list, run.first)) return false;
  if (isRoleWord(previous) || ROLE_MODIFIERS.has(previous.lower) || TITLES.has(previous.lower)) {
    return true;
  }
  const common = /^\p{Ll}/u.test(previous.text) && !ORGANISATION_WORDS.has(previous.lower);
  return common && !GROUP_NOUNS.has(previous.lower) && personLike(list, run);
}

/** The name words just before `index` read as a person's (two names or more). */
function personBefore(list: readonly Word[], index: number, from: number): boolean {
  let first = index;
  while (
    first > from &&
    (nameLike(list[first - 1] as Word) || NAME_PARTICLES.has(list[first - 1]?.lower ?? ''))
  ) {
    first--;
  }
  return personLike(list, { first, last: index });
}

function readSegment(list: readonly Word[], subject: boolean): SegmentReading {
  let i = 0;
  let determiner: Word | null = null;
  let title: Gender | 'none' | null = null;
  const first = list[0];
  if (first && (DETERMINERS.has(first.lower) || POSSESSIVES.has(first.lower))) {
    determiner = first;
    i = 1;
  }
  const roleFrom = i;
  let end = i;
  let stopped = false;
  let inName = false;
  while (end < list.length) {
    const word = list[end] as Word;
    if (end > roleFrom && stopsPhrase(list, end, subject)) {
      stopped = true;
      break;
    }
    // A capitalised role word opening the phrase is a noun, not a name: `Analysts at Goldman Sachs`.
    const opening = end === roleFrom && (isRoleWord(word) || GROUP_NOUNS.has(word.lower));
    const named: boolean = !opening && (nameLike(word) || (inName && particleBridge(list, end)));
    // `Sarah Collins went…`: after a name in head position, only role words may follow, or a
    // complement of an institution's name (`a Department for Education spokesperson`) but not of
    // a person's (`Jean Dupont au Parisien`, `John Smith of the ACLU`).
    const complement =
      COMPLEMENT_PREPOSITIONS.has(word.lower) && !personBefore(list, end, roleFrom);
    const continues = isRoleWord(word) || ROLE_MODIFIERS.has(word.lower) || complement;
    if (inName && !named && !continues) {
      stopped = true;
      break;
    }
    inName = named && (inName || !inComplement(list, end));
    end++;
  }
  const run = nameRuns(list, roleFrom, end).at(-1);
  let name: NameRun | null = null;
  if (run && run.last === end) {
    const split = splitLeadingRoles(list, run);
    if (headsPhrase(list, split, roleFrom) || split.first !== run.first) name = split;
  }
  let bare = name !== null;
  if (name) {
    const before = list[name.first - 1];
    if (before && TITLES.has(before.lower) && name.first - 1 >= roleFrom) {
      title = TITLES.get(before.lower) ?? 'none';
    }
    for (let k = roleFrom; k < name.first; k++) {
      if (!TITLES.has(list[k]?.lower ?? '')) bare = false;
    }
  }
  return { name, bare, title, roleFrom, roleTo: name ? name.first : end, end, determiner, stopped };
}

/** `Environment Secretary Steve Barclay`: the capitalised role words before the name are role. */
function splitLeadingRoles(list: readonly Word[], run: NameRun): NameRun {
  let lastRole = -1;
  for (let i = run.first; i < run.last - 1; i++) {
    const word = list[i];
    if (word && (isRoleWord(word) || TITLES.has(word.lower))) lastRole = i;
  }
  return lastRole >= 0 ? { first: lastRole + 1, last: run.last } : run;
}

/** Where a word ends, its full stop left out unless it marks an initial or a title. */
export function wordEnd(word: Word): number {
  if (!word.dotted || /^\p{Lu}$/u.test(word.text) || TITLES.has(word.lower)) return word.end;
  return word.end - 1;
}

function sliceWords(text: string, list: readonly Word[], from: number, to: number): string {
  const first = list[from];
  const last = list[to - 1];
  if (!first || !last || to <= from) return '';
  return text.slice(first.start, wordEnd(last)).trim();
}

function wordsHaveRole(list: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const word = list[i];
    if (word && isRoleWord(word)) return true;
  }
  return false;
}

function wordsHaveGroup(list: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const word = list[i];
    if (word && GROUP_NOUNS.has(word.lower)) return true;
  }
  return false;
}

/** A role from the words before a name, titles dropped: `chief executive`, `commandant`. */
function prefixRole(segment: Segment, reading: SegmentReading): string | null {
  const { list } = segment;
  let to = reading.roleTo;
  while (to > reading.roleFrom && TITLES.has(list[to - 1]?.lower ?? '')) to--;
  if (!wordsHaveRole(list, reading.roleFrom, to)) return null;
  return cleanRole(sliceWords(segment.text, list, reading.roleFrom, to));
}

function nameText(segment: Segment, run: NameRun): string {
  return sliceWords(segment.text, segment.list, run.first, run.last);
}

function isPersonName(segment: Segment, reading: SegmentReading, role: string | null): boolean {
  const run = reading.name;
  if (!run) return false;
  const list = segment.list;
  for (let i = run.first; i < run.last; i++) {
    const word = list[i];
    if (word && ORGANISATION_WORDS.has(word.lower)) return false;
  }
  if (!personLike(list, run) && list.slice(run.first, run.last).some(isAcronym)) return false;
  // `le Paris Saint-Germain`, `the Met Office`: a determiner straight before a name is a thing's.
  if (reading.determiner && run.first === reading.roleFrom) return false;
  return personLike(list, run) || reading.title !== null || role !== null;
}

export function pronounPhrase(kind: PronounKind): Phrase {
  return {
    kind: 'pronoun',
    name: null,
    person: kind === 'm' || kind === 'f',
    role: null,
    description: null,
    anaphoric: false,
    head: null,
    gender: kind === 'm' || kind === 'f' ? kind : null,
    pronoun: kind,
    group: false,
  };
}

export const IMPERSONAL: Phrase = {
  kind: 'impersonal',
  name: null,
  person: false,
  role: null,
  description: null,
  anaphoric: false,
  head: null,
  gender: null,
  pronoun: null,
  group: false,
};

const IMPERSONAL_START = new RegExp(`^(?:${IMPERSONAL_OPENINGS.join('|')})\\b`, 'iu');

/**
 * Reads the speaker phrase at the start of `text`: a pronoun, a name with its appositions, or a
 * description. `subject` is true where adjuncts may follow the phrase (`a déclaré X devant…`).
 */
export function readPhrase(text: string, subject = true): Phrase | null {
  const bounded = text.slice(0, PHRASE_WINDOW).trimStart();
  const limited = bounded.slice(0, phraseLimit(bounded));
  if (IMPERSONAL_START.test(limited)) return IMPERSONAL;
  const segments = segmentsOf(limited);
  const head = segments[0];
  if (!head || head.list.length === 0) return null;
  const firstWord = head.list[0];
  const second = head.list[1];
  // `a dit le ministre` is French `a` and a verb, not English `a` and a noun.
  if (
    firstWord?.lower === 'a' &&
    second &&
    (isSpeechVerb(second) || VERB_MARKERS.has(second.lower))
  ) {
    return null;
  }
  const pronoun = firstWord ? PERSONAL_PRONOUNS.get(firstWord.lower) : undefined;
  // `il faut`, `il y a`, `il semble`: French impersonal `il` names nobody.
  if (firstWord?.lower === 'il' && second && IMPERSONAL_IL.has(second.lower)) return IMPERSONAL;
  if (pronoun) return pronounPhrase(pronoun);
  const reading = readSegment(head.list, subject);
  if (reading.name) return namePhrase(segments, head, reading);
  // `l'entraîneur parisien, Luis Enrique`: a role, then the name in apposition.
  const next = segments[1];
  if (!reading.stopped && next && next.list.length > 0) {
    const nextReading = readSegment(next.list, subject);
    const phrase = nextReading.name ? namePhrase(segments.slice(1), next, nextReading) : null;
    // The name alone (`Luis Enrique`), or with a role of its own (`l'ancien ministre Thomas Cazenave`).
    const named = nextReading.bare && !nextReading.determiner;
    if (phrase && (named || (phrase.person && phrase.role !== null))) {
      const withRole = roleLike(head.list) ? cleanRole(head.text) : null;
      const gender = phrase.gender ?? (withRole ? genderOfWords(head.list) : null);
      return { ...phrase, role: phrase.role ?? withRole, person: true, gender };
    }
  }
  return descriptionPhrase(head, reading);
}

function namePhrase(segments: readonly Segment[], head: Segment, reading: SegmentReading): Phrase {
  const run = reading.name as NameRun;
  const after = reading.stopped ? null : appositionRole(segments, 1);
  const before = prefixRole(head, reading);
  const role = after ?? before;
  const person = isPersonName(head, reading, role);
  const roleWords = words(role ?? '');
  const titleGender = reading.title === 'none' ? null : reading.title;
  return {
    kind: 'name',
    name: nameText(head, run),
    person,
    role: person ? role : null,
    description: null,
    anaphoric: false,
    head: null,
    gender:
      titleGender ??
      (person ? (genderOfWords(roleWords) ?? genderOfFirstName(head.list[run.first])) : null),
    pronoun: null,
    group: !person,
  };
}

function descriptionPhrase(head: Segment, reading: SegmentReading): Phrase | null {
  const { list } = head;
  const from = reading.determiner ? 0 : reading.roleFrom;
  const text = sliceWords(head.text, list, from, reading.end);
  if (!text) return null;
  const hasRole = wordsHaveRole(list, reading.roleFrom, reading.end);
  const group = !hasRole && wordsHaveGroup(list, reading.roleFrom, reading.end);
  const headNoun = lastRoleWord(list, reading.roleFrom, reading.end);
  const determiner = reading.determiner;
  const bare =
    determiner !== null &&
    DEFINITE_DETERMINERS.has(determiner.lower) &&
    determiner.lower !== 'les' &&
    hasRole &&
    !hasComplement(list, reading.roleFrom, reading.end) &&
    reading.end - reading.roleFrom <= 5;
  const description = text.replace(/^\p{Lu}(?=\p{Ll}*['’\s])/u, (c) =>
    determiner ? c.toLowerCase() : c,
  );
  const pluralDeterminer = determiner !== null && PLURAL_DETERMINERS.has(determiner.lower);
  const open = determiner === null || determiner.lower === 'the';
  const plural = pluralDeterminer || (open && headNoun !== null && /[sx]$/u.test(headNoun));
  return {
    kind: 'description',
    name: null,
    person: hasRole,
    role: hasRole ? cleanRole(text) : null,
    description,
    anaphoric: bare,
    head: headNoun,
    gender: genderOfWords(list.slice(0, reading.end)),
    pronoun: null,
    group,
    plural,
  };
}

function hasComplement(list: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const word = list[i];
    // An age (`le joueur de 22 ans`) describes; it does not tell which player.
    const age =
      /^\d{1,3}$/u.test(list[i + 1]?.text ?? '') &&
      /^(?:ans|years?)$/u.test(list[i + 2]?.lower ?? '');
    if (word && COMPLEMENT_PREPOSITIONS.has(word.lower) && !age) return true;
    if (
      word &&
      /^\p{Lu}/u.test(word.text) &&
      !isRoleWord(word) &&
      !ROLE_MODIFIERS.has(word.lower)
    ) {
      return true;
    }
  }
  return false;
}

function lastRoleWord(list: readonly Word[], from: number, to: number): string | null {
  for (let i = to - 1; i >= from; i--) {
    const word = list[i];
    if (word && isRoleWord(word)) return word.lower;
  }
  return null;
}

/** A phrase worth remembering as someone who may speak later: a person, a role, an institution. */
export function speaksForItself(phrase: Phrase): boolean {
  if (phrase.kind === 'name') return true;
  return phrase.kind === 'description' && (phrase.role !== null || phrase.group);
}

/** Whether a segment opening a sentence is an adjunct (`Lundi`, `Devant la cour…`, `Interrogé sur…`). */
export function adjunctSegment(list: readonly Word[]): boolean {
  const first = list[0];
  if (!first) return true;
  if (DETERMINERS.has(first.lower) || POSSESSIVES.has(first.lower)) return false;
  if (PERSONAL_PRONOUNS.has(first.lower)) return false;
  if (FUNCTION_WORDS.has(first.lower)) return true;
  // A sentence opening on a participle: `Interrogé sur…`, `Asked whether…`, `Speaking to…`.
  if (/^\p{Lu}\p{Ll}+(?:é|ée|és|ées|ed|ing)$/u.test(first.text) && !nameLike(list[1] ?? first)) {
    return true;
  }
  return /^\p{Ll}/u.test(first.text) && !isRoleWord(first);
}

/** The subject phrase of a clause: leading adjuncts skipped (`Lundi, le ministre, X, a dit`). */
export function readSubject(clause: string): Phrase | null {
  const bounded = clause.slice(-PHRASE_WINDOW);
  // `Retraites : la Première ministre…`: a headline's topic before the colon is not its subject.
  const topic = /^[^:.!?]{1,60}\s:\s/u.exec(bounded);
  const opening = topic ? bounded.slice(topic[0].length) : bounded;
  const text = opening.slice(0, firstSentenceEnd(opening));
  let from = 0;
  for (let guard = 0; guard < 4; guard++) {
    const comma = text.indexOf(',', from);
    if (comma < 0) break;
    const segment = text.slice(from, comma);
    if (/[«»“”"]/u.test(segment) || !adjunctSegment(words(segment))) break;
    from = comma + 1;
  }
  return readPhrase(text.slice(from));
}
