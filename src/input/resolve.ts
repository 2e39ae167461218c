import {
  closeSync,
  createReadStream,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import { ArticleError } from '../errors.js';
import { ARTICLES_DIR } from '../paths.js';
import { MAX_INPUT_BYTES, readBounded, tooLarge } from './bounded.js';
import { looksLikeHtml } from './decode.js';
import type { InputFormat, RawInput } from './raw.js';
import type { FetchOptions } from './web/fetch.js';

export { MAX_INPUT_BYTES } from './bounded.js';
export type { InputFormat, RawInput } from './raw.js';

export function bundledIds(): string[] {
  return readdirSync(ARTICLES_DIR)
    .filter((file) => file.endsWith('.md'))
    .map((file) => file.slice(0, -'.md'.length))
    .sort();
}

export function bundledPath(id: string): string {
  return path.join(ARTICLES_DIR, `${id}.md`);
}

function fileError(name: string, error: unknown): ArticleError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'is a directory, not a Markdown file'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : `cannot be read (${withoutPath(error as NodeJS.ErrnoException)})`;
  return new ArticleError(
    `${name}: ${reason}`,
    code === 'ENOENT' ? 'not-found' : 'unreadable',
    name,
  );
}

/** `ELOOP: too many symbolic links encountered`, without the `, open '<path>'` the message names first. */
function withoutPath(error: NodeJS.ErrnoException): string {
  const at = error.syscall ? error.message.indexOf(`, ${error.syscall} '`) : -1;
  return at > 0 ? error.message.slice(0, at) : error.message;
}

/**
 * A regular file is read at once, synchronously: at start-up an open, a stat and a read cost a
 * tenth of what the stream machinery does, and opening a regular file never blocks. Anything else
 * (a FIFO that may wait for a writer, a device such as /dev/zero, a /proc file claiming size 0)
 * has no size to trust and is streamed under the bound.
 */
async function readPath(file: string, name: string): Promise<RawInput> {
  try {
    const info = statSync(file);
    if (info.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    const bytes =
      info.isFile() && info.size > 0
        ? readRegularFile(file, name)
        : await readBounded(createReadStream(file), name);
    return unfetched(name, bytes, HTML_FILE.test(file) ? 'html' : 'markdown');
  } catch (error) {
    throw error instanceof ArticleError ? error : fileError(name, error);
  }
}

// A saved web page; every other file is read as Markdown, whatever its name.
const HTML_FILE = /\.html?$/i;

function unfetched(name: string, bytes: Uint8Array, format: InputFormat): RawInput {
  return { name, bytes, format, url: null, charset: null };
}

function readRegularFile(file: string, name: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    if (fstatSync(fd).size > MAX_INPUT_BYTES) throw tooLarge(name);
    // readFileSync reads the size fstat gives, so a file growing meanwhile stays bounded.
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

async function readStdin(stdin: NodeJS.ReadStream): Promise<RawInput> {
  const name = 'standard input';
  if (stdin.isTTY) {
    throw new ArticleError(
      `${name} is a terminal: pipe an article into it or give a file`,
      'unreadable',
      name,
    );
  }
  try {
    const bytes = await readBounded(stdin, name);
    return unfetched(name, bytes, looksLikeHtml(bytes) ? 'html' : 'markdown');
  } catch (error) {
    throw error instanceof ArticleError
      ? error
      : new ArticleError(
          `${name}: cannot be read (${(error as Error).message})`,
          'unreadable',
          name,
        );
  }
}

/** Whether a path names something, readable or not: only a missing path may be a bundled id. */
function exists(candidate: string): boolean {
  try {
    statSync(candidate);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

const WEB_ADDRESS = /^https?:\/\//i;
const OTHER_ADDRESS = /^[a-z][a-z\d+.-]*:\/\//i;

/**
 * The article a command's argument names: nothing for the default bundled article, a bundled id,
 * a path, an http or https address, or `-` for standard input. A path that exists wins over an id
 * of the same name. Standard input is asked for only for `-`: touching process.stdin opens a
 * stream, 2 ms of work that a command reading a file has no use for; and the fetching code is
 * loaded only for an address.
 */
export async function resolveInput(
  arg: string | undefined,
  stdin: () => NodeJS.ReadStream = () => process.stdin,
  options: FetchOptions = {},
): Promise<RawInput> {
  if (arg !== undefined && WEB_ADDRESS.test(arg)) {
    return (await import('./web/fetch.js')).fetchArticle(arg, options);
  }
  if (arg !== undefined && OTHER_ADDRESS.test(arg)) {
    throw new ArticleError(
      `${arg}: only http and https addresses are fetched`,
      'bad-argument',
      arg,
    );
  }
  const ids = bundledIds();
  if (arg === undefined) {
    const first = ids[0];
    if (!first) throw new ArticleError('no bundled article is installed', 'not-found');
    return readPath(bundledPath(first), first);
  }
  if (arg === '-') return readStdin(stdin());
  if (exists(arg)) return readPath(arg, arg);
  const id = arg.replace(/\.md$/, '');
  if (ids.includes(id)) return readPath(bundledPath(id), id);
  throw new ArticleError(`${arg}: no such file or bundled article`, 'not-found', arg);
}
