/**
 * The names of the facts `article info` knows, apart from the code that computes them: the command
 * line lists them in its help and checks a field before the article (and marked) is loaded.
 */
import type { Person } from './people.js';

/** Every fact `article info` knows; the keys are fixed so scripts can rely on them. */
export interface ArticleInfo {
  readonly title: string | null;
  readonly date: string | null;
  /** Who wrote it: a byline, or front matter `author`, which a web page's metadata fills. */
  readonly author: string | null;
  readonly kicker: string | null;
  readonly language: string;
  readonly words: number;
  readonly readingMinutes: number;
  /** The publication's name as its page gives it (front matter `publisher`), else the source's host. */
  readonly publisher: string | null;
  readonly source: string | null;
  readonly quotes: number;
  readonly people: readonly Person[];
  readonly links: number;
}

export type InfoField = keyof ArticleInfo;

export const INFO_FIELDS: readonly InfoField[] = [
  'title',
  'date',
  'author',
  'kicker',
  'language',
  'words',
  'readingMinutes',
  'publisher',
  'source',
  'quotes',
  'people',
  'links',
];

export function isInfoField(name: string): name is InfoField {
  return (INFO_FIELDS as readonly string[]).includes(name);
}
