import type { Article } from '../../model/article.js';
import { fold } from '../../text/fold.js';
import { firstSentenceEnd, sentenceStartBefore, sentenceStarts } from '../../text/sentences.js';
import {
  type Cue,
  cueAfter,
  cueBefore,
  Discourse,
  type Entity,
  innerIncise,
} from './attribution.js';
import { TITLE_SMALL_WORDS } from './lexicon.js';
import { type Marked, scanQuotations, type Unit, unitsOf } from './marks.js';
import { type Phrase, readPhrase, readSubject, speaksForItself } from './names.js';
import { type NameMention, type PersonRecord, PersonRegistry } from './persons.js';

/** A direct quotation and who said it. */
export interface Quote {
  /** The words quoted, without the quotation marks; the parts of an interrupted quote joined. */
  readonly text: string;
  /** Who said it, as the article names them; null when it does not say (or says it impersonally). */
  readonly speaker: string | null;
  /** What the article calls them (`directeur exécutif de Frontex`); null when it gives no role. */
  readonly role: string | null;
  /** The pieces of a quotation interrupted by an incise (`« A », a-t-il dit. « B »`), in order. */
  readonly parts: readonly string[];
  /** The opening mark as the article writes it (`«`, `“`, `"`…), so it can be set the same way. */
  readonly mark: string;
  /** The words that attribute it (`a déclaré`, `said`, `selon`, `:`); null when none do. */
  readonly cue: string | null;
}

/** The quotations and the people met on the way, for `article info` to reuse. */
export interface QuoteAnalysis {
  readonly quotes: readonly Quote[];
  readonly registry: PersonRegistry;
}

const WINDOW = 300;
/** A sentence's subject stands in its first words. */
const SUBJECT_WINDOW = 160;

/** A quotation with the pieces an incise interrupts it into. */
interface Group {
  readonly members: readonly Marked[];
  /** Index of its last member in the scan, to find what follows it. */
  readonly last: number;
  readonly first: number;
  readonly gapCue: Cue | null;
}

interface Found {
  readonly entity: Entity | null;
  readonly cue: string | null;
  readonly attributed: boolean;
}

interface Attributed {
  readonly group: Group;
  readonly text: string;
  readonly parts: readonly string[];
  readonly entity: Entity | null;
  readonly cue: string | null;
  readonly attributed: boolean;
  readonly unitKind: Unit['kind'];
}

class Reader {
  private readonly starts: (number[] | undefined)[] = [];
  private readonly texts: (string | undefined)[] = [];
  private readonly afterCues: (Cue | null | undefined)[] = [];
  constructor(
    readonly units: readonly Unit[],
    readonly marked: readonly Marked[],
  ) {}

  text(unit: number): string {
    return this.units[unit]?.text ?? '';
  }

  sentenceStarts(unit: number): number[] {
    let found = this.starts[unit];
    if (!found) {
      found = sentenceStarts(this.text(unit));
      this.starts[unit] = found;
    }
    return found;
  }

  quoted(mark: Marked, index: number): string {
    let text = this.texts[index];
    if (text === undefined) {
      text = mark.pieces
        .map((p) => this.text(p.unit).slice(p.start, p.end).trim())
        .filter(Boolean)
        .join(' ');
      this.texts[index] = text;
    }
    return text;
  }

  /** The attribution after the quotation at `index`, read once. */
  cueAfter(index: number): Cue | null {
    let cue = this.afterCues[index];
    if (cue === undefined) {
      const mark = this.marked[index] as Marked;
      cue = cueAfter(this.after(index), endsSentence(this.quoted(mark, index)));
      this.afterCues[index] = cue;
    }
    return cue;
  }

  /** The text after a quotation's close, up to the next quotation in its paragraph. */
  after(index: number): string {
    const mark = this.marked[index];
    if (!mark || mark.closeAt === null) return '';
    const next = this.marked[index + 1];
    const text = this.text(mark.closeUnit);
    const end = next && next.openUnit === mark.closeUnit ? next.openAt : text.length;
    return text.slice(mark.closeAt + 1, Math.min(end, mark.closeAt + 1 + WINDOW));
  }

  /** The quotation before this one closes in the same sentence. */
  previousInSentence(index: number): boolean {
    const mark = this.marked[index];
    const previous = this.marked[index - 1];
    if (!mark || !previous || previous.closeUnit !== mark.openUnit || previous.closeAt === null) {
      return false;
    }
    return previous.closeAt >= sentenceStartBefore(this.sentenceStarts(mark.openUnit), mark.openAt);
  }

  /** What stands before a quotation in its sentence, after any quotation before it there. */
  before(index: number): string {
    const mark = this.marked[index];
    if (!mark || mark.lostOpening) return '';
    let from = sentenceStartBefore(this.sentenceStarts(mark.openUnit), mark.openAt);
    const previous = this.marked[index - 1];
    if (previous && previous.closeUnit === mark.openUnit && previous.closeAt !== null) {
      from = Math.max(from, previous.closeAt + 1);
    }
    return this.text(mark.openUnit).slice(Math.max(from, mark.openAt - WINDOW), mark.openAt);
  }

  /** Nothing but the sentence's start stands before the quotation. */
  sentenceInitial(index: number): boolean {
    const mark = this.marked[index];
    if (!mark) return false;
    if (mark.lostOpening) return true;
    const from = sentenceStartBefore(this.sentenceStarts(mark.openUnit), mark.openAt);
    return /^[\s\u00a0\u202f—–-]*$/u.test(this.text(mark.openUnit).slice(from, mark.openAt));
  }
}

const endsSentence = (text: string) => /[.!?…]$/u.test(text.trim());

/** `« A », a déclaré X. « B »` and `“A,” she said, “b.”`: one quotation the incise interrupts. */
function inciseBetween(reader: Reader, index: number): Cue | null {
  const previous = reader.marked[index - 1];
  const mark = reader.marked[index];
  if (!previous || !mark || mark.lostOpening || previous.closeAt === null) return null;
  if (previous.closeUnit !== mark.openUnit) return null;
  const gap = reader.text(mark.openUnit).slice(previous.closeAt + 1, mark.openAt);
  if (gap.length > WINDOW) return null;
  const cue = cueAfter(gap, endsSentence(reader.quoted(previous, index - 1)));
  if (!cue) return null;
  // The lookbehind lets a trailing run match only from its start, not from each of its characters.
  const trimmed = gap.replace(/^[\s,]+|(?<![\s\u00a0\u202f])[\s\u00a0\u202f]+$/gu, '');
  const oneSentence = firstSentenceEnd(trimmed) === trimmed.length;
  const closed = /[.:!?]$/u.test(trimmed);
  const runsOn = /,$/u.test(trimmed) && /^\p{Ll}/u.test(reader.quoted(mark, index));
  if (!oneSentence || !(closed || runsOn)) return null;
  // The second piece has an attribution of its own: two quotations, not one.
  if (reader.cueAfter(index)) return null;
  return cue;
}

function groupIncises(reader: Reader): Group[] {
  const groups: Group[] = [];
  reader.marked.forEach((mark, index) => {
    const cue = index > 0 ? inciseBetween(reader, index) : null;
    const current = groups.at(-1);
    if (cue && current && current.last === index - 1) {
      groups[groups.length - 1] = {
        members: [...current.members, mark],
        last: index,
        first: current.first,
        gapCue: current.gapCue ?? cue,
      };
    } else {
      groups.push({ members: [mark], last: index, first: index, gapCue: null });
    }
  });
  return groups;
}

/**
 * Someone the text speaks of at a point: a sentence's subject (`Le maire, X, s'est rendu…`), the
 * person a sentence gives the floor to (`Pour X, …`), or, weakly, any person it names.
 */
interface SubjectItem {
  readonly unit: number;
  readonly at: number;
  readonly phrase: Phrase | null;
  readonly record: PersonRecord | null;
}

// `Pour un hydrologue, ces épisodes vont se multiplier.`: the sentence is that person's view.
const GIVES_THE_FLOOR = /^(?:Pour|Selon|D['’]après|According to)\s+([^,]{1,120}),/u;

function sentenceSubject(text: string): Phrase | null {
  const floor = GIVES_THE_FLOOR.exec(text);
  const phrase = floor ? readPhrase(floor[1] ?? '') : readSubject(text);
  if (!phrase) return null;
  return phrase.kind === 'pronoun' || speaksForItself(phrase) ? phrase : null;
}

function subjectItems(reader: Reader, names: readonly (readonly NameMention[])[]): SubjectItem[][] {
  const inside: [number, number][][] = reader.units.map(() => []);
  for (const mark of reader.marked) {
    for (const piece of mark.pieces) inside[piece.unit]?.push([piece.start - 1, piece.end + 1]);
  }
  return reader.units.map((unit, index) => {
    if (unit.kind === 'title' || unit.kind === 'heading') return [];
    const ranges = inside[index] ?? [];
    // Ranges are in order and apart: a binary search finds the first one ending after `at`.
    const quoted = (at: number) => {
      let low = 0;
      let high = ranges.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((ranges[middle]?.[1] ?? 0) > at) high = middle;
        else low = middle + 1;
      }
      const range = ranges[low];
      return range !== undefined && range[0] <= at;
    };
    const items: SubjectItem[] = [];
    for (const start of reader.sentenceStarts(index)) {
      const text = unit.text.slice(start, start + SUBJECT_WINDOW);
      if (/^[«“"„‹‘]/u.test(text) || quoted(start)) continue;
      const phrase = sentenceSubject(text);
      if (phrase) items.push({ unit: index, at: start, phrase, record: null });
    }
    for (const name of names[index] ?? []) {
      if (!quoted(name.at))
        items.push({ unit: index, at: name.at, phrase: null, record: name.record });
    }
    return items.sort((x, y) => x.at - y.at);
  });
}

function partsOf(reader: Reader, group: Group): string[] {
  return group.members.map((m, k) => reader.quoted(m, group.first + k)).filter(Boolean);
}

function joinParts(parts: readonly string[]): string {
  return parts.join(' ').replace(/(?<![\s,])[\s,]+$/u, '');
}

class Attributor {
  private readonly results: Attributed[] = [];
  private readonly lastInUnit = new Map<number, Attributed>();

  constructor(
    private readonly reader: Reader,
    private readonly discourse: Discourse,
  ) {}

  get attributed(): readonly Attributed[] {
    return this.results;
  }

  subject(item: SubjectItem): void {
    if (item.record) {
      this.discourse.mention(this.discourse.person(item.record), item.unit, item.at, true);
      return;
    }
    const entity = item.phrase ? this.discourse.resolve(item.phrase, item.unit) : null;
    if (entity) this.discourse.mention(entity, item.unit, item.at);
  }

  quote(group: Group): void {
    const reader = this.reader;
    const first = group.members[0] as Marked;
    const last = group.members.at(-1) as Marked;
    let parts = partsOf(reader, group);
    let text = joinParts(parts);
    let found = this.outside(group);
    if (!found) {
      const inner = parts.length === 1 ? innerIncise(parts[0] ?? '') : null;
      if (inner) {
        parts = [...inner.parts];
        text = joinParts(parts);
        found = this.resolved(inner.cue, first.openUnit);
      }
    }
    found ??= this.around(group, text);
    const result: Attributed = {
      group,
      text,
      parts,
      entity: found.entity,
      cue: found.cue,
      attributed: found.attributed,
      unitKind: reader.units[first.openUnit]?.kind ?? 'paragraph',
    };
    this.results.push(result);
    this.lastInUnit.set(last.closeUnit, result);
    // Someone quoted is someone the article names, even with no role given.
    if (found.entity?.record) found.entity.record.supported = true;
    if (found.entity) this.discourse.mention(found.entity, last.closeUnit, last.closeAt ?? 0);
  }

  private resolved(cue: Cue, unit: number): Found {
    return {
      entity: this.discourse.resolve(cue.phrase, unit),
      cue: cue.words || null,
      attributed: true,
    };
  }

  /** The attribution after the closing mark, or in the incise between two pieces. */
  private outside(group: Group): Found | null {
    const first = group.members[0] as Marked;
    const after = group.gapCue ?? this.reader.cueAfter(group.last);
    return after ? this.resolved(after, first.openUnit) : null;
  }

  /** The attribution before the quotation, or the context when nothing attributes it. */
  private around(group: Group, text: string): Found {
    const reader = this.reader;
    const first = group.members[0] as Marked;
    const unit = first.openUnit;
    const resolve = (cue: Cue) => this.resolved(cue, unit);
    const inSentence = reader.previousInSentence(group.first);
    const previous = this.results.at(-1);
    const before = cueBefore({
      text: reader.before(group.first),
      quoteStartsLower: /^\p{Ll}/u.test(text),
    });
    if (before === 'inherit' || (before === null && inSentence && this.coordinated(group))) {
      if (inSentence && previous?.attributed) {
        return { entity: previous.entity, cue: previous.cue, attributed: true };
      }
    } else if (before) {
      return resolve(before);
    }
    if (!reader.sentenceInitial(group.first)) return { entity: null, cue: null, attributed: false };
    return { entity: this.unattributed(group), cue: null, attributed: false };
  }

  /** `« stratégique » et « irréversible »`: quotations joined by a few words share their speaker. */
  private coordinated(group: Group): boolean {
    const between = this.reader.before(group.first);
    return between.length <= 40 && !/[.!?;:]/u.test(between);
  }

  /** A quotation standing alone: the speaker of the line before, or of the paragraph's sentences. */
  private unattributed(group: Group): Entity | null {
    const reader = this.reader;
    const first = group.members[0] as Marked;
    const unit = first.openUnit;
    const line = reader.text(unit);
    const atUnitStart = first.lostOpening || /^[\s—–-]*$/u.test(line.slice(0, first.openAt));
    // A short quoted line that is no sentence stands as a subheading (`'Lessons learned'`).
    if (atUnitStart && line.length < 60 && !/[.!?…][\s\u00a0\u202f]*['’"”»]?$/u.test(line.trim())) {
      return null;
    }
    if (!atUnitStart) {
      return this.discourse.latestHuman(unit, true) ?? this.lastInUnit.get(unit)?.entity ?? null;
    }
    const kind = reader.units[unit]?.kind;
    const previousUnit = reader.units[unit - 1];
    if (!previousUnit || kind === 'title' || kind === 'heading') return null;
    if (previousUnit.kind === 'title' || previousUnit.kind === 'heading') return null;
    const previousText = previousUnit.text.trim();
    if (/:$/u.test(previousText)) {
      const starts = reader.sentenceStarts(unit - 1);
      const sentence = previousText.slice(sentenceStartBefore(starts, previousText.length - 1));
      const cue = cueBefore({ text: sentence, quoteStartsLower: false });
      return cue && cue !== 'inherit' ? this.discourse.resolve(cue.phrase, unit - 1) : null;
    }
    const quoted = this.lastInUnit.get(unit - 1);
    if (quoted) return quoted.entity;
    return this.discourse.latestHuman(unit - 1, true);
  }
}

/** A quotation of one or two capitalised words between names: a nickname (`Lionel "Leo" Messi`). */
function nickname(reader: Reader, mark: Marked, text: string): boolean {
  if (mark.pieces.length !== 1 || mark.closeAt === null || text.split(/\s+/).length > 3)
    return false;
  if (!/^\p{Lu}/u.test(text)) return false;
  const line = reader.text(mark.openUnit);
  return (
    /\p{Lu}\p{Ll}+\s$/u.test(line.slice(Math.max(0, mark.openAt - 30), mark.openAt)) &&
    /^\s\p{Lu}/u.test(line.slice(mark.closeAt + 1, mark.closeAt + 4))
  );
}

/** `"The Crown"`, `"Game of Thrones"`: a short title-case phrase nobody says is a work's title. */
function titleOfWork(text: string): boolean {
  const list = text.split(/\s+/u);
  if (list.length > 6 || !/^\p{Lu}/u.test(text)) return false;
  const capitalised = list.filter((w) => /^\p{Lu}/u.test(w)).length;
  return (
    capitalised >= 2 &&
    list.every((w) => /^\p{Lu}/u.test(w) || TITLE_SMALL_WORDS.has(w.toLowerCase()))
  );
}

function kept(reader: Reader, result: Attributed): boolean {
  if (!/[\p{L}\p{N}]/u.test(result.text)) return false;
  const first = result.group.members[0] as Marked;
  if (nickname(reader, first, result.text)) return false;
  if (
    !result.attributed &&
    !reader.sentenceInitial(result.group.first) &&
    titleOfWork(result.text)
  ) {
    return false;
  }
  // A lone word in quotation marks is a term being mentioned (`le « wokisme »`) unless someone says it.
  if (!result.attributed && result.text.split(/\s+/).length < 2) return false;
  if (first.lostOpening && !result.attributed) {
    const line = reader.text(first.closeUnit);
    return /^[\s.,;!?…)]*$/u.test(line.slice((first.closeAt ?? 0) + 1));
  }
  return true;
}

const normalise = (text: string) =>
  fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

// A phrase short enough to recur by chance is merged only when repeated whole, or from a headline.
const MIN_CONTAINED_WORDS = 3;
const MAX_CANDIDATES = 32;

class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    let node = i;
    while (this.parent[node] !== root) {
      const next = this.parent[node] as number;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * Repeated and pull quotations merged into the fullest one: a quotation whose words all stand,
 * in order, in a longer one (a headline fragment, an intertitle) is the same quotation. The merged
 * quotation keeps the place where the reader first met it. Candidates are found through an index
 * of word trigrams, so the pass stays linear even on thousands of quotations.
 */
function mergeRepeated(results: readonly Attributed[]): Attributed[] {
  const norms = results.map((r) => normalise(r.text));
  const union = new UnionFind(results.length);
  const byTrigram = new Map<string, number[]>();
  const exact = new Map<string, number>();
  norms.forEach((norm, i) => {
    const seen = exact.get(norm);
    if (seen !== undefined) union.union(seen, i);
    else exact.set(norm, i);
    const list = norm.split(' ');
    for (let k = 0; k + 3 <= list.length; k++) {
      const key = list.slice(k, k + 3).join(' ');
      const bucket = byTrigram.get(key) ?? [];
      if (bucket.length < MAX_CANDIDATES && bucket.at(-1) !== i) bucket.push(i);
      byTrigram.set(key, bucket);
    }
  });
  const headlines = results
    .map((_, i) => i)
    .filter((i) => results[i]?.unitKind === 'title' || results[i]?.unitKind === 'heading')
    .slice(0, MAX_CANDIDATES);
  norms.forEach((norm, i) => {
    const list = norm.split(' ');
    const headline = headlines.includes(i);
    if (list.length < MIN_CONTAINED_WORDS && !headline) return;
    const candidates =
      list.length >= 3
        ? (byTrigram.get(list.slice(0, 3).join(' ')) ?? [])
        : results.map((_, j) => j).slice(0, 200);
    for (const j of candidates) {
      const other = norms[j] ?? '';
      if (j !== i && other.length > norm.length && ` ${other} `.includes(` ${norm} `))
        union.union(i, j);
    }
  });
  const groups = new Map<number, number[]>();
  results.forEach((_, i) => {
    const root = union.find(i);
    const members = groups.get(root) ?? [];
    members.push(i);
    groups.set(root, members);
  });
  return [...groups.values()].map((members) => {
    const fullest = members.reduce((a, b) =>
      (norms[b] ?? '').length > (norms[a] ?? '').length ? b : a,
    );
    const best = results[fullest] as Attributed;
    if (best.entity || best.attributed) return best;
    const spoken = members.map((m) => results[m] as Attributed).find((r) => r.entity);
    return spoken ? { ...best, entity: spoken.entity, cue: spoken.cue, attributed: true } : best;
  });
}

// The model is immutable, so `article info` asking for quotes and people analyses it once.
const analysed = new WeakMap<Article, QuoteAnalysis>();

/** Every quotation with its speaker, and the people the article names. */
export function analyseQuotes(article: Article): QuoteAnalysis {
  let analysis = analysed.get(article);
  if (!analysis) {
    analysis = analyse(article);
    analysed.set(article, analysis);
  }
  return analysis;
}

function analyse(article: Article): QuoteAnalysis {
  const units = unitsOf(article);
  const registry = new PersonRegistry();
  const names = units.map((unit) => registry.read(unit.text));
  const reader = new Reader(units, scanQuotations(units));
  const groups = groupIncises(reader);
  const subjects = subjectItems(reader, names);
  const attributor = new Attributor(reader, new Discourse(registry));
  let g = 0;
  subjects.forEach((items, unit) => {
    for (const item of items) {
      while (g < groups.length && startsBefore(groups[g] as Group, unit, item.at)) {
        attributor.quote(groups[g] as Group);
        g++;
      }
      attributor.subject(item);
    }
    while (g < groups.length && ((groups[g] as Group).members[0] as Marked).openUnit <= unit) {
      attributor.quote(groups[g] as Group);
      g++;
    }
  });
  for (; g < groups.length; g++) attributor.quote(groups[g] as Group);
  const results = mergeRepeated(attributor.attributed.filter((r) => kept(reader, r)));
  const quotes = results.map(
    (r): Quote => ({
      text: r.text,
      speaker: r.entity?.speaker ?? null,
      role: r.entity?.role ?? null,
      parts: r.parts,
      mark: (r.group.members[0] as Marked).mark,
      cue: r.cue,
    }),
  );
  return { quotes, registry };
}

function startsBefore(group: Group, unit: number, at: number): boolean {
  const first = group.members[0] as Marked;
  return first.openUnit < unit || (first.openUnit === unit && first.openAt < at);
}

/** Every direct quotation of the article, in order of appearance. */
export function extractQuotes(article: Article): Quote[] {
  return [...analyseQuotes(article).quotes];
}
