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
import { isBinary, NOT_TEXT, SNIFF_BYTES } from './decode.js';

/** Larger input is refused: no news article comes near it, and reading more risks the memory. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export interface RawInput {
  /** What to call the input in messages: a path, a bundled id, or `standard input`. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export function bundledIds(): string[] {
  return readdirSync(ARTICLES_DIR)
    .filter((file) => file.endsWith('.md'))
    .map((file) => file.slice(0, -'.md'.length))
    .sort();
}

export function bundledPath(id: string): string {
  return path.join(ARTICLES_DIR, `${id}.md`);
}

function tooLarge(name: string): ArticleError {
  return new ArticleError(
    `${name}: larger than the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit`,
    'too-large',
    name,
  );
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
 * Every chunk, up to the size limit. The limit is kept while reading rather than from the file's
 * size: a device (`/dev/zero`), a pipe or a growing file has no size to trust.
 */
async function readBounded(chunks: AsyncIterable<Buffer>, name: string): Promise<RawInput> {
  const kept: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > MAX_INPUT_BYTES) {
      // Endless binary (`/dev/urandom`) is better told as not text than as too large.
      if (isBinary(Buffer.concat([...kept, chunk], Math.min(size, SNIFF_BYTES))))
        throw new ArticleError(`${name}: ${NOT_TEXT}`, 'not-text', name);
      throw tooLarge(name);
    }
    kept.push(chunk);
  }
  return { name, bytes: Buffer.concat(kept) };
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
    if (info.isFile() && info.size > 0) return { name, bytes: readRegularFile(file, name) };
    return await readBounded(createReadStream(file), name);
  } catch (error) {
    throw error instanceof ArticleError ? error : fileError(name, error);
  }
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
    return await readBounded(stdin, name);
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

/**
 * The article a command's argument names: nothing for the default bundled article, a bundled id,
 * a path, or `-` for standard input. A path that exists wins over an id of the same name.
 * Standard input is asked for only for `-`: touching process.stdin opens a stream, 2 ms of work
 * that a command reading a file has no use for.
 */
export async function resolveInput(
  arg: string | undefined,
  stdin: () => NodeJS.ReadStream = () => process.stdin,
): Promise<RawInput> {
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
