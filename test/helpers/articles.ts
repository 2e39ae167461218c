import { readFileSync } from 'node:fs';
import { decodeArticle } from '../../src/input/decode.js';
import type { Article } from '../../src/model/article.js';
import { parseArticle } from '../../src/model/parse.js';

const read = (url: URL): Article =>
  parseArticle(decodeArticle(readFileSync(url), url.pathname).text);

/** The bundled seed article, as the command reads it. */
export const seedArticle = (): Article =>
  read(new URL('../../articles/frontex-maroc.md', import.meta.url));

export const fixtureArticle = (name: string): Article =>
  read(new URL(`../fixtures/${name}`, import.meta.url));

export const markdownArticle = (markdown: string): Article => parseArticle(markdown);
