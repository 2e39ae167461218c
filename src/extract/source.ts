import type { Article } from '../article.js';
import { textOfBlock } from '../parse.js';
import { publisherOf } from './facts.js';

export interface CitedSource {
  /** How the article names it: `frontex.europa.eu`, `le Figaro`, `AFP`. */
  readonly name: string;
  readonly url: string | null;
}

export interface ArticleSource {
  /** Where the article itself comes from. */
  readonly url: string | null;
  /** Its host without `www.`. */
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
const AGENCY = AGENCIES.join('|');
const AGENCY_CREDIT = new RegExp(
  `\\((${AGENCY})\\)|\\bavec (${AGENCY})\\b|\\bwith (${AGENCY})\\b`,
  'g',
);

// Nouns that introduce a publication: `selon le site X`, `d'après le quotidien X`, `according to the X newspaper`.
const MEDIUM =
  '(?:site(?: web| internet)?|journal|quotidien|hebdomadaire|magazine|mensuel|agence(?: de presse)?|chaîne|radio|télévision|média|revue|blog|portail|newspaper|website|site|agency|broadcaster|outlet)';
const NAME =
  "((?:[\\p{Lu}\\d][\\p{L}\\d.'’&-]*|[a-z\\d-]+\\.[a-z.]{2,})(?:\\s+(?:[\\p{Lu}\\d][\\p{L}\\d.'’&-]*|de|du|des|of|the))*)";
const CITATION = new RegExp(
  `\\b(?:selon|d['’]après|rapporte|rapporté par|cité par|according to|reported by|told)\\s+` +
    `(?:(?:le|la|les|l['’]|the)\\s*)?(?:${MEDIUM}\\s+(?:d['’]information\\s+)?)?${NAME}`,
  'gu',
);
const ARTICLE_BEFORE_NAME =
  /\b(?:selon|d['’]après|according to)\s+(le|la|les|l['’]|the)\s*[\p{Lu}]/u;

function isPublicationName(match: string, name: string, hasMedium: boolean): boolean {
  if (hasMedium || name.includes('.')) return true;
  if (new RegExp(`^(?:${AGENCY})$`).test(name)) return true;
  // French names people without an article (`selon Emmanuel Macron`) and papers with one (`selon le Figaro`).
  return ARTICLE_BEFORE_NAME.test(match);
}

function trimName(name: string): string {
  return name.replace(/[.’']+$/, '').replace(/\s+(?:de|du|des|of|the)$/u, '');
}

/** The article's source line and publisher, and the sources its text cites. */
export function extractSource(article: Article): ArticleSource {
  const url = article.source?.url ?? null;
  const cited: CitedSource[] = [];
  const add = (name: string, link: string | null) => {
    if (!cited.some((c) => c.name.toLowerCase() === name.toLowerCase()))
      cited.push({ name, url: link });
  };
  const linkFor = (name: string) =>
    article.links.find((l) => l.text === name || publisherOf(l.href) === name.toLowerCase())
      ?.href ?? null;
  const texts = [...article.lead.map((p) => p.text), ...article.body.map(textOfBlock)];
  for (const text of texts) {
    for (const match of text.matchAll(CITATION)) {
      const name = trimName(match[1] ?? '');
      const hasMedium = new RegExp(`\\s${MEDIUM}\\s`, 'u').test(match[0]);
      if (name && isPublicationName(match[0], name, hasMedium)) add(name, linkFor(name));
    }
    for (const match of text.matchAll(AGENCY_CREDIT)) {
      const name = match[1] ?? match[2] ?? match[3];
      if (name) add(name, null);
    }
  }
  return { url, publisher: publisherOf(url), cited };
}
