/**
 * Who said a quotation: the attribution cues of news copy around it, and the people, roles and
 * pronouns they point to. Cues after the quotation (`», a déclaré X`, `,” she said`), before it
 * (`X : «`, `Selon X, «`, `X a dénoncé des «`), and none at all (a paragraph that only quotes,
 * after one naming its speaker) are read here; every reading works on a bounded slice.
 */

import { withoutAbbreviationDots } from '../../text/abbreviations.js';
import { fold } from '../../text/fold.js';
import { type Word, words } from '../../text/words.js';
import {
  ADJUNCT_PREPOSITIONS,
  BETWEEN_SUBJECT_AND_VERB,
  DETERMINERS,
  ENGLISH_SPEECH,
  FRENCH_AUXILIARIES,
  FRENCH_PRESENT,
  FRENCH_SPEECH,
  FUNCTION_WORDS,
  PERSONAL_PRONOUNS,
  POSSESSIVES,
  ROLE_MODIFIERS,
  TIME_WORDS,
  TITLES,
  VERB_MARKERS,
} from './lexicon.js';
import {
  type Gender,
  IMPERSONAL,
  isRoleWord,
  nameLike,
  type Phrase,
  type PronounKind,
  pronounPhrase,
  readPhrase,
  readSubject,
  roleLike,
  speaksForItself,
} from './names.js';
import type { PersonRecord, PersonRegistry } from './persons.js';

/** An attribution found around a quotation: the phrase naming the speaker and the words that cue it. */
export interface Cue {
  readonly phrase: Phrase;
  /** The cue as written: `a déclaré`, `said`, `selon`, `:`. */
  readonly words: string;
}

const WINDOW = 240;
const isSpeech = (word: Word) => FRENCH_SPEECH.has(word.lower) || ENGLISH_SPEECH.has(word.lower);

// `a-t-il déclaré`, `s'est-elle exclamée`, `ajoute-t-il`, `dit-elle`, `affirme-t-on`: a verb and its
// subject pronoun, inverted. Each branch is anchored and its word runs are separated by fixed
// characters, so matching is linear.
const INVERTED_PRONOUN =
  /^(?:(?:s['’](?:est|était)|(?:a|avait|aurait|ont|avaient|auraient|va|vont)(?:-t)?)-(il|elle|ils|elles|on)(?:\s+\p{Ll}+)?\s+\p{Ll}+|(?:s['’]|se\s+)?\p{Ll}+(?:-t)?-(il|elle|ils|elles|on))(?![\p{L}-])/u;

function pronounCue(pronoun: string, cue: string): Cue {
  if (pronoun === 'on') return { phrase: IMPERSONAL, words: cue };
  const kind = PERSONAL_PRONOUNS.get(pronoun) ?? 'm';
  return { phrase: pronounPhrase(kind), words: cue };
}

/** A word a noun phrase naming a speaker is made of: a determiner, a title, a name, a role. */
function isPhraseWord(word: Word): boolean {
  return (
    DETERMINERS.has(word.lower) ||
    POSSESSIVES.has(word.lower) ||
    TITLES.has(word.lower) ||
    nameLike(word) ||
    isRoleWord(word) ||
    ROLE_MODIFIERS.has(word.lower)
  );
}

/** Whether a word can open a speaker phrase: a phrase word or a subject pronoun. */
function opensPhrase(word: Word | undefined): boolean {
  if (!word) return false;
  return isPhraseWord(word) || PERSONAL_PRONOUNS.has(word.lower) || word.lower === 'on';
}

/**
 * Skips what may stand between an incise verb and its subject: time words and prepositional
 * phrases (`a déclaré jeudi à l'AFP le ministre`). Returns the offset where the subject starts.
 */
function subjectStart(text: string): number {
  const list = words(text.slice(0, WINDOW));
  let i = 0;
  let inAdjunct = false;
  for (let guard = 0; guard < 14 && i < list.length; guard++) {
    const word = list[i] as Word;
    const previous = list[i - 1];
    if (TIME_WORDS.has(word.lower)) {
      i++;
      continue;
    }
    if (ADJUNCT_PREPOSITIONS.has(word.lower) || ['à', 'au', 'aux', 'to'].includes(word.lower)) {
      inAdjunct = true;
      i++;
      continue;
    }
    const afterLink =
      previous !== undefined &&
      (ADJUNCT_PREPOSITIONS.has(previous.lower) ||
        DETERMINERS.has(previous.lower) ||
        ['à', 'au', 'aux', 'de', 'du', 'des', "d'", 'to', 'of'].includes(previous.lower));
    if (inAdjunct && (afterLink || !opensPhrase(word))) {
      i++;
      continue;
    }
    return word.start;
  }
  return list[i]?.start ?? text.length;
}

function subjectAfter(text: string, cue: string): Cue | null {
  const phrase = readPhrase(text.slice(subjectStart(text)));
  return phrase ? { phrase, words: cue } : null;
}

/** The first words of a text as they run on from the quotation: `, a déclaré X.` → `a déclaré X.` */
function strip(after: string): { text: string; broken: boolean } {
  const lead = /^[\s\u00a0\u202f]*([,.;!?…]*)[\s\u00a0\u202f]*/u.exec(after);
  const punctuation = lead?.[1] ?? '';
  return {
    text: after.slice(lead?.[0].length ?? 0),
    broken: /[.!?…;]/u.test(punctuation),
  };
}

/** French incises: `a-t-il déclaré`, `a déclaré X`, `s'est félicité X`, `raconte X`, `selon X`. */
function frenchAfter(text: string): Cue | null {
  const inverted = INVERTED_PRONOUN.exec(text.slice(0, 80));
  if (inverted) return pronounCue(inverted[1] ?? inverted[2] ?? 'il', inverted[0]);
  const list = words(text.slice(0, 60));
  const [w0, w1, w2] = list;
  if (!w0) return null;
  if (w0.lower === 'selon' || (w0.lower === "d'" && w1?.lower === 'après')) {
    const from = w0.lower === 'selon' ? w0.end : (w1 as Word).end;
    return subjectAfter(text.slice(from), w0.lower === 'selon' ? 'selon' : "d'après");
  }
  let verb: Word | undefined;
  if (FRENCH_AUXILIARIES.has(w0.lower) && w1) {
    verb = TIME_WORDS.has(w1.lower) && w2 ? w2 : w1;
    if (!/^\p{Ll}/u.test(verb.text) || DETERMINERS.has(verb.lower)) return null;
    if (!FRENCH_SPEECH.has(verb.lower) && !/(?:é|i|u|is|it|t)$/u.test(verb.lower)) return null;
  } else if ((w0.lower === "s'" || w0.lower === 'se') && w1) {
    verb = (w1.lower === 'est' || w1.lower === 'était') && w2 ? w2 : w1;
  } else if (
    FRENCH_PRESENT.has(w0.lower) &&
    opensPhrase(w1) &&
    !PERSONAL_PRONOUNS.has(w1?.lower ?? '')
  ) {
    verb = w0;
  }
  if (!verb) return null;
  return subjectAfter(text.slice(verb.end), text.slice(0, verb.end));
}

/** English attribution after a quotation: `said X`, `X said`, `he told Reuters`, `according to X`. */
function englishAfter(text: string, broken: boolean): Cue | null {
  const list = words(text.slice(0, 120));
  const [w0, w1] = list;
  if (!w0) return null;
  if (w0.lower === 'according' && w1?.lower === 'to') {
    return broken ? null : subjectAfter(text.slice(w1.end), 'according to');
  }
  if (!broken && ENGLISH_SPEECH.has(w0.lower) && opensPhrase(w1)) {
    return subjectAfter(text.slice(w0.end), w0.text);
  }
  // `X said`, `the spokesperson added`, `he told reporters`: a short subject, then the verb.
  for (let k = 1; k < Math.min(list.length, 12); k++) {
    const word = list[k] as Word;
    if (!ENGLISH_SPEECH.has(word.lower)) continue;
    const subject = text.slice(0, word.start).trim().replace(/,$/u, '');
    if (/[.!?;:«»“”"]/u.test(withoutAbbreviationDots(subject))) return null;
    const first = list[0] as Word;
    if (
      FUNCTION_WORDS.has(first.lower) &&
      !DETERMINERS.has(first.lower) &&
      !PERSONAL_PRONOUNS.has(first.lower)
    ) {
      return null;
    }
    // A new sentence after a closed quotation is attribution only when short: `Smith said.`
    if (broken && list.length > k + 4) return null;
    // `betting that a redesign can revive demand`: a clause, not a speaker, stands before the verb.
    if (
      list
        .slice(0, k)
        .some((w) => VERB_MARKERS.has(w.lower) && /^\p{Ll}/u.test(w.text) && w.lower !== 'a')
    ) {
      return null;
    }
    const phrase = readPhrase(subject);
    const speaks = phrase && (phrase.kind !== 'description' || speaksForItself(phrase));
    return speaks ? { phrase, words: word.text } : null;
  }
  return null;
}

/** The attribution that follows a quotation's closing mark, if any. */
export function cueAfter(after: string, quoteEndsSentence: boolean): Cue | null {
  const { text, broken: punctuated } = strip(after.slice(0, WINDOW));
  if (!text) return null;
  // `"…" — John Smith`: a signature after a dash.
  const signed = /^[—–]\s*/u.exec(text);
  if (signed) {
    const phrase = readPhrase(text.slice(signed[0].length));
    return phrase?.kind === 'name' ? { phrase, words: '—' } : null;
  }
  const broken =
    punctuated ||
    (quoteEndsSentence && /^\p{Lu}/u.test(text) && !/^(?:I|He|She|They|It)\b/u.test(text));
  if (!broken) {
    const french = frenchAfter(text);
    if (french) return french;
  }
  return englishAfter(text, broken);
}

/** A quotation cut by a French incise inside its marks: `« Nous irons, assure-t-il, jusqu'au bout »`. */
export interface InnerIncise {
  readonly cue: Cue;
  readonly parts: readonly string[];
}

const INNER_MAX_WORDS = 12;

/**
 * French sets a short incise inside the guillemets, between commas: the quotation is the words
 * around it. The incise must read as one (an inverted speech verb and its subject) and end at a
 * comma or a full stop; each comma is tried once on a bounded slice, so the search is linear.
 */
export function innerIncise(text: string): InnerIncise | null {
  for (const comma of text.matchAll(/,[\s\u00a0\u202f]+/gu)) {
    const from = comma.index + comma[0].length;
    const rest = text.slice(from, from + WINDOW);
    let end = rest.search(/[,.!?…]/u);
    if (end <= 0) continue;
    // `soupire Claire, professeure de mathématiques.`: the speaker's role belongs to the incise.
    for (let guard = 0; guard < 3 && rest[end] === ','; guard++) {
      const next = rest.slice(end + 1).search(/[,.!?…]/u);
      const segment = next < 0 ? '' : rest.slice(end + 1, end + 1 + next);
      if (!roleLike(words(segment))) break;
      end += 1 + next;
    }
    const incise = rest.slice(0, end);
    if (incise.split(/\s+/u).length > INNER_MAX_WORDS) continue;
    const cue = frenchAfter(incise);
    if (!cue) continue;
    const { phrase } = cue;
    const speaks =
      phrase.kind === 'pronoun' || phrase.kind === 'impersonal' || speaksForItself(phrase);
    if (!speaks || /^(?:a|avait|ont)\s+été\b/u.test(incise)) continue;
    const before = text.slice(0, comma.index).trim();
    const after = text.slice(from + end + 1).trim();
    return { cue, parts: [before, after].filter(Boolean) };
  }
  return null;
}

/** The subject of a speech verb, read back from it: a pronoun, or the clause's subject phrase. */
function subjectBefore(text: string, list: readonly Word[], verb: number): Phrase | null {
  let j = verb - 1;
  const skipped = (word: Word) =>
    BETWEEN_SUBJECT_AND_VERB.has(word.lower) && /^\p{Ll}/u.test(word.text);
  while (j >= 0 && skipped(list[j] as Word)) j--;
  const word = list[j];
  if (!word) return null;
  if (word.lower === 'on') return IMPERSONAL;
  const pronoun = PERSONAL_PRONOUNS.get(word.lower);
  if (pronoun) return pronounPhrase(pronoun);
  const phrase = readSubject(text.slice(0, word.end));
  return phrase && (phrase.kind !== 'description' || speaksForItself(phrase)) ? phrase : null;
}

const LEADING_CUE = /(?:^|[,;:—–]\s*)(selon|d['’]après|pour|according to)\s+/giu;

function leadingCue(text: string): { cue: Cue; at: number } | null {
  let best: { cue: Cue; at: number } | null = null;
  for (const match of text.matchAll(LEADING_CUE)) {
    const from = match.index + match[0].length;
    const comma = text.indexOf(',', from);
    const span = text.slice(from, comma < 0 ? undefined : comma);
    if (comma < 0 && span.trim().split(/\s+/).length > 8) continue;
    const phrase = readPhrase(span);
    if (!phrase) continue;
    const acceptable =
      phrase.kind === 'pronoun' || phrase.kind === 'impersonal' || speaksForItself(phrase);
    if (acceptable)
      best = { cue: { phrase, words: (match[1] ?? '').toLowerCase() }, at: match.index };
  }
  return best;
}

/** Every word of a clause belongs to a noun phrase: `la Première ministre`, `Emmanuel Macron`. */
function onlyNounPhrase(list: readonly Word[]): boolean {
  return (
    list.length > 0 &&
    list.length <= 8 &&
    list.every((w) => isPhraseWord(w) || ['de', 'du', 'des', "d'", 'of', 'the'].includes(w.lower))
  );
}

/** What stands before a quotation in its sentence, and whether another quotation precedes it there. */
export interface Before {
  readonly text: string;
  readonly quoteStartsLower: boolean;
}

/** The attribution before a quotation: `X : «`, `Selon X, «`, `X a dénoncé des «`, `X «…»` (headline). */
export function cueBefore({ text, quoteStartsLower }: Before): Cue | 'inherit' | null {
  const trimmed = text.slice(-WINDOW).trimEnd();
  if (!trimmed) return null;
  if (/:$/u.test(trimmed)) {
    const clause = trimmed.slice(0, -1);
    const list = words(clause);
    const verb = findLastIndex(list, isSpeech);
    const phrase = (verb >= 0 ? subjectBefore(clause, list, verb) : null) ?? readSubject(clause);
    if (phrase && (phrase.kind !== 'description' || speaksForItself(phrase))) {
      return { phrase, words: ':' };
    }
    return null;
  }
  const list = words(trimmed);
  const verb = findLastIndex(list, isSpeech);
  const leading = leadingCue(trimmed);
  const verbAt = verb >= 0 ? (list[verb] as Word).start : -1;
  if (leading && leading.at > verbAt) return leading.cue;
  if (verb >= 0) {
    const phrase = subjectBefore(trimmed, list, verb);
    if (phrase) return { phrase, words: (list[verb] as Word).text };
    return 'inherit';
  }
  if (leading) return leading.cue;
  if (quoteStartsLower) {
    const clause = trimmed.slice(
      Math.max(trimmed.lastIndexOf(':'), trimmed.lastIndexOf('–'), trimmed.lastIndexOf('—')) + 1,
    );
    const clauseWords = words(clause);
    if (onlyNounPhrase(clauseWords)) {
      const phrase = readPhrase(clause);
      if (phrase && speaksForItself(phrase)) return { phrase, words: '' };
    }
  }
  return null;
}

function findLastIndex<T>(list: readonly T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i] as T)) return i;
  return -1;
}

/** Someone who can be quoted: a person, a role without a name, or an institution. */
export interface Entity {
  readonly speaker: string;
  role: string | null;
  gender: Gender;
  readonly human: boolean;
  readonly plural: boolean;
  /** The role noun a description is built on, to find it again by `the spokesperson`. */
  readonly head: string | null;
  readonly record: PersonRecord | null;
}

interface Mention {
  readonly position: number;
  readonly unit: number;
  readonly entity: Entity;
  /** Named in passing, not as a subject or speaker: a last resort for pronouns. */
  readonly weak: boolean;
}

const LOOK_BACK_UNITS = 4;
const LOOK_BACK_MENTIONS = 40;

function opposite(gender: Gender): Gender | 'none' {
  if (gender === 'm') return 'f';
  if (gender === 'f') return 'm';
  return 'none';
}

function compatible(kind: PronounKind, entity: Entity): boolean {
  switch (kind) {
    case 'm':
      return entity.human && !entity.plural && entity.gender !== 'f';
    case 'f':
      return entity.human && !entity.plural && entity.gender !== 'm';
    case 'plural':
      return entity.plural;
    case 'thing':
      return !entity.human;
  }
}

/** The people and institutions met so far, most recent last, and what refers back to them. */
export class Discourse {
  private readonly mentions: Mention[] = [];
  private readonly byRecord = new Map<PersonRecord, Entity>();
  private readonly byDescription = new Map<string, Entity>();

  constructor(private readonly registry: PersonRegistry) {}

  /** Notes that an entity was mentioned as a subject or speaker at this point of the text. */
  mention(entity: Entity, unit: number, position: number, weak = false): void {
    this.mentions.push({ entity, unit, position, weak });
  }

  /** The entity of a person the registry knows. */
  person(record: PersonRecord): Entity {
    return this.forRecord(record, null);
  }

  /** The entity a phrase refers to at this point, or null for an impersonal or unresolvable one. */
  resolve(phrase: Phrase, unit: number): Entity | null {
    switch (phrase.kind) {
      case 'impersonal':
        return null;
      case 'pronoun':
        return this.pronoun(phrase.pronoun ?? 'm', unit);
      case 'name':
        return this.named(phrase);
      case 'description':
        return this.described(phrase, unit);
    }
  }

  /** The latest person or role mentioned, for a quotation that follows without attribution. */
  latestHuman(unit: number, sameUnitOnly: boolean): Entity | null {
    for (const weak of [false, true]) {
      for (const mention of this.recent(unit)) {
        if (sameUnitOnly && mention.unit !== unit) break;
        if (mention.weak === weak && mention.entity.human) return mention.entity;
      }
    }
    return null;
  }

  private *recent(unit: number): Generator<Mention> {
    let seen = 0;
    for (let i = this.mentions.length - 1; i >= 0 && seen < LOOK_BACK_MENTIONS; i--, seen++) {
      const mention = this.mentions[i] as Mention;
      if (unit - mention.unit > LOOK_BACK_UNITS) return;
      yield mention;
    }
  }

  /** Subjects and speakers first; a person only named in passing if none fits. */
  private pronoun(kind: PronounKind, unit: number): Entity | null {
    for (const weak of [false, true]) {
      for (const mention of this.recent(unit)) {
        if (mention.weak !== weak || !compatible(kind, mention.entity)) continue;
        const entity = mention.entity;
        if ((kind === 'm' || kind === 'f') && entity.gender === null) {
          entity.gender = kind;
          if (entity.record) entity.record.gender ??= kind;
        }
        return entity;
      }
    }
    return null;
  }

  private forRecord(record: PersonRecord, role: string | null): Entity {
    this.registry.giveRole(record, role);
    let entity = this.byRecord.get(record);
    if (!entity) {
      entity = {
        speaker: record.name,
        role: record.role,
        gender: record.gender,
        human: true,
        plural: false,
        head: null,
        record,
      };
      this.byRecord.set(record, entity);
    }
    entity.role ??= record.role;
    return entity;
  }

  private named(phrase: Phrase): Entity {
    const name = phrase.name ?? '';
    const known = this.registry.find(name);
    if (known) {
      known.gender ??= phrase.gender;
      return this.forRecord(known, phrase.role);
    }
    if (phrase.person) {
      const record = this.registry.add(name, phrase.role, phrase.gender, phrase.role !== null);
      return this.forRecord(record, phrase.role);
    }
    return this.describedEntity(name, null, null, false, phrase.gender);
  }

  private described(phrase: Phrase, unit: number): Entity | null {
    const role = phrase.role;
    const holder = role ? this.registry.withRole(role) : undefined;
    if (holder) return this.forRecord(holder, role);
    if (phrase.anaphoric) {
      for (const mention of this.recent(unit)) {
        if (phrase.head && mention.entity.head === phrase.head) return mention.entity;
      }
      const holderOfNoun = phrase.head ? this.registry.withRoleNoun(phrase.head) : undefined;
      if (holderOfNoun && holderOfNoun.gender !== opposite(phrase.gender)) {
        return this.forRecord(holderOfNoun, null);
      }
      for (const weak of [false, true]) {
        for (const mention of this.recent(unit)) {
          const entity = mention.entity;
          const fits = entity.human && !entity.plural && entity.gender !== opposite(phrase.gender);
          if (mention.weak === weak && fits) return entity;
        }
      }
    }
    const description = phrase.description ?? '';
    return this.describedEntity(description, role, phrase.head, phrase.person, phrase.gender, {
      group: phrase.group,
      plural: phrase.plural === true,
    });
  }

  private describedEntity(
    speaker: string,
    role: string | null,
    head: string | null,
    human: boolean,
    gender: Gender,
    { plural }: { group: boolean; plural: boolean } = { group: !human, plural: false },
  ): Entity {
    const key = fold(speaker);
    let entity = this.byDescription.get(key);
    if (!entity) {
      entity = { speaker, role, gender, human: human && !plural, plural, head, record: null };
      this.byDescription.set(key, entity);
    }
    return entity;
  }
}
