/**
 * The names of the facts `article info` knows, apart from the code that computes them: the command
 * line lists them in its help and checks a field before the article (and marked) is loaded.
 */
import type { ArticleInfo } from './info.js';

export type InfoField = keyof ArticleInfo;

export const INFO_FIELDS: readonly InfoField[] = [
  'title',
  'date',
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
