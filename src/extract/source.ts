import { type Article, textOfBlock } from '../model/article.js';
import { fold } from '../text/fold.js';
import { type Word, words } from '../text/words.js';
import { publisherOf, publisherOfArticle } from './facts.js';
import {
  COMPLEMENT_PREPOSITIONS,
  DETERMINERS,
  GROUP_NOUNS,
  ORGANISATION_WORDS,
  TITLES,
} from './quotes/lexicon.js';
import { nameLike, personLike } from './quotes/names.js';
import { analyseQuotes } from './quotes/quotes.js';

export interface CitedSource {
  /** How the article names it: `frontex.europa.eu`, `le Figaro`, `AFP`. */
  readonly name: string;
  readonly url: string | null;
}

export interface ArticleSource {
  /** Where the article itself comes from. */
  readonly url: string | null;
  /** Its name as its page gives it, else its host without `www.`. */
  readonly publisher: string | null;
  /** The sources the text cites, in order, each once. */
  readonly cited: readonly CitedSource[];
}

// The wire services that sign news in parentheses or with `avec`: `(AFP)`, `avec AP`.
const AGENCIES = [
  'AFP',
  'AP',
  'Reuters',
  'MAP',
  'APS',
  'TAP',
  'ANSA',
  'dpa',
  'DPA',
  'EFE',
  'Belga',
  'ATS',
  'Xinhua',
  'TASS',
  'Kyodo',
  'Bloomberg',
  'PA',
  'UPI',
  'Anadolu',
];
const AGENCY_SET = new Set(AGENCIES.map((a) => a.toLowerCase()));
const AGENCY = AGENCIES.join('|');
const AGENCY_CREDIT = new RegExp(
  `\\((${AGENCY})\\)|\\b(?:[Aa]vec|[Ww]ith) (${AGENCY})(?:,? (?:et|and) (${AGENCY}))?\\b`,
  'g',
);

/**
 * Words that hand over to a source: `selon`, `d'après`, `according to`, `told`, `dans un
 * entretien au`. Each is a fixed phrase, so the pattern cannot backtrack.
 */
const CUE =
  /(?:^|[^\p{L}])(selon|d['’]après|according to|cité par|rapporté par|reported by|told|au micro d[e'’]|in an interview with|dans un entretien (?:au|à la|à l['’]|avec))\s+/giu;

/** Nouns that introduce a publication: `le site X`, `le quotidien X`, `the newspaper X`. */
const MEDIA = new Set([
  'site',
  'journal',
  'quotidien',
  'hebdomadaire',
  'magazine',
  'mensuel',
  'agence',
  'chaîne',
  'radio',
  'télévision',
  'média',
  'revue',
  'blog',
  'portail',
  'newspaper',
  'website',
  'agency',
  'broadcaster',
  'outlet',
  'channel',
  'daily',
  'weekly',
]);
// Words that may follow a medium noun before the name: `le site web X`, `l'agence de presse X`.
const MEDIA_FILLERS = new Set(['web', 'internet', 'de', 'presse', "d'", 'information', 'news']);
const DOMAIN = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,}$/u;
const SCAN = 160;

interface Reading {
  readonly name: string;
  /** A medium noun, a domain or an agency says it is a publication. */
  readonly publication: boolean;
  /** It reads as a person's name (`Emmanuel Macron`, `M. Dupont`). */
  readonly person: boolean;
}

/** The name after a citing cue, and what kind of thing it names. */
function readCited(text: string): Reading | null {
  const list = words(text.slice(0, SCAN));
  let i = 0;
  let article: Word | null = null;
  let medium = false;
  const first = list[0];
  const second = list[1];
  // `le Figaro`, `The Associated Press`: an article before a name or a medium noun.
  if (
    first &&
    second &&
    DETERMINERS.has(first.lower) &&
    (nameLike(second) || MEDIA.has(second.lower))
  ) {
    article = first;
    i++;
  }
  while (list[i] && MEDIA.has(list[i]?.lower ?? '')) {
    medium = true;
    i++;
    while (list[i] && MEDIA_FILLERS.has(list[i]?.lower ?? '')) i++;
  }
  const head = list[i];
  if (!head) return null;
  if (DOMAIN.test(head.text) && /^\p{Ll}/u.test(head.text)) {
    return { name: head.text, publication: true, person: false };
  }
  const titled =
    TITLES.has(head.lower) && list[i + 1] !== undefined && nameLike(list[i + 1] as Word);
  if (titled) return { name: head.text, publication: false, person: true };
  let last = i;
  while (list[last] && (nameLike(list[last] as Word) || linksName(list, last))) last++;
  if (last === i) return null;
  // `the Turkish defence ministry`: a name that qualifies an institution's noun names the institution.
  for (let k = last; k < Math.min(list.length, last + 3); k++) {
    const word = list[k] as Word;
    if (!/^\p{Ll}/u.test(word.text) || COMPLEMENT_PREPOSITIONS.has(word.lower)) break;
    if (GROUP_NOUNS.has(word.lower) || ORGANISATION_WORDS.has(word.lower)) {
      last = k + 1;
      break;
    }
  }
  const end = list[last - 1] as Word;
  const from = article && !medium && !AGENCY_SET.has(head.lower) ? article.start : head.start;
  const name = text.slice(from, end.end).replace(/(?<![.,;:])[.,;:]+$/u, '');
  const run = { first: i, last };
  const person = !article && !medium && personLike(list, run);
  return { name, publication: medium || AGENCY_SET.has(head.lower) || article !== null, person };
}

/** `of`, `de` and the like inside a name (`Bank of England`, `Banque de France`). */
function linksName(list: readonly Word[], index: number): boolean {
  const word = list[index];
  const next = list[index + 1];
  return (
    word !== undefined &&
    next !== undefined &&
    COMPLEMENT_PREPOSITIONS.has(word.lower) &&
    /^\p{Ll}/u.test(word.text) &&
    nameLike(next)
  );
}

/** The article's source line and publisher, and the sources its text cites. */
export function extractSource(article: Article): ArticleSource {
  const url = article.source?.url ?? null;
  const registry = analyseQuotes(article).registry;
  const cited: CitedSource[] = [];
  const seen = new Set<string>();
  const add = (name: string) => {
    const key = fold(name).replace(/^(?:le|la|les|l'|the)\s*/u, '');
    if (seen.has(key)) return;
    seen.add(key);
    cited.push({ name, url: linkFor(article, name) });
  };
  const texts = [
    ...(article.title ? [article.title] : []),
    ...article.lead.map((p) => p.text),
    ...article.body.map(textOfBlock),
  ];
  for (const text of texts) {
    for (const match of text.matchAll(CUE)) {
      const reading = readCited(text.slice(match.index + match[0].length));
      if (!reading || reading.person || registry.find(reading.name)) continue;
      // `according to Ana Lopes` is a person; `selon Frontex`, `according to Reuters` are not.
      if (
        !reading.publication &&
        reading.name.split(/\s+/u).length > 1 &&
        !hasOrganisationWord(reading.name)
      ) {
        continue;
      }
      add(reading.name);
    }
    for (const match of text.matchAll(AGENCY_CREDIT)) {
      for (const name of match.slice(1)) if (name) add(name);
    }
  }
  return { url, publisher: publisherOfArticle(article), cited };
}

function hasOrganisationWord(name: string): boolean {
  return words(name).some((w) => ORGANISATION_WORDS.has(w.lower));
}

/** The article's link to a cited source: its text is the name, or its host holds the name. */
function linkFor(article: Article, name: string): string | null {
  const bare = fold(name)
    .replace(/^(?:le|la|les|l'|the)\s*/u, '')
    .replace(/[^\p{L}\d.]+/gu, '');
  for (const link of article.links) {
    if (fold(link.text) === fold(name)) return link.href;
    const host = (publisherOf(link.href) ?? '').replace(/[^\p{L}\d.]+/gu, '');
    if (bare && (host === bare || host.split('.')[0]?.endsWith(bare))) return link.href;
  }
  return null;
}
