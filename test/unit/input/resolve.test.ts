import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { ArticleError } from '../../../src/errors.js';
import { MAX_INPUT_BYTES, resolveInput } from '../../../src/input/resolve.js';
import { articleFromInput } from '../../../src/load.js';

const dir = mkdtempSync(path.join(tmpdir(), 'article-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function stdin(chunks: Iterable<Buffer> | AsyncIterable<Buffer>, isTTY = false): NodeJS.ReadStream {
  return Object.assign(Readable.from(chunks), { isTTY }) as unknown as NodeJS.ReadStream;
}

const noStdin = stdin([]);

async function failure(promise: Promise<unknown>): Promise<ArticleError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ArticleError);
  return error as ArticleError;
}

describe('resolveInput', () => {
  it('reads the bundled article without an argument, and by its id with or without .md', async () => {
    const bundled = await resolveInput(undefined, () => noStdin);
    expect(bundled.name).toBe('frontex-maroc');
    expect(new TextDecoder().decode(bundled.bytes)).toContain('Frontex');
    expect((await resolveInput('frontex-maroc.md', () => noStdin)).bytes).toEqual(bundled.bytes);
  });

  it('reads a file and names it by its path', async () => {
    const file = path.join(dir, 'story.md');
    writeFileSync(file, '# Story\n');
    const input = await resolveInput(file, () => {
      throw new Error('standard input was opened for a file');
    });
    expect(input.name).toBe(file);
    expect(Buffer.from(input.bytes).toString()).toBe('# Story\n');
  });

  it('refuses a missing file, a directory and a device that never ends', async () => {
    expect((await failure(resolveInput(path.join(dir, 'nope.md'), () => noStdin))).message).toBe(
      `${path.join(dir, 'nope.md')}: no such file or bundled article`,
    );
    expect((await failure(resolveInput(dir, () => noStdin))).message).toBe(
      `${dir}: is a directory, not a Markdown file`,
    );
    expect((await failure(resolveInput('/dev/zero', () => noStdin))).message).toBe(
      '/dev/zero: not a text file (it contains NUL bytes)',
    );
  });

  it('refuses standard input that is a terminal', async () => {
    expect((await failure(resolveInput('-', () => stdin([], true)))).message).toBe(
      'standard input is a terminal: pipe an article into it or give a file',
    );
  });

  it('stops reading standard input at the size limit', async () => {
    const megabyte = Buffer.alloc(1024 * 1024, 'a');
    let given = 0;
    async function* endless() {
      for (;;) {
        given++;
        yield megabyte;
      }
    }
    const error = await failure(resolveInput('-', () => stdin(endless())));
    expect(error.message).toBe('standard input: larger than the 50 MB limit');
    // The stream reads a chunk or two ahead of what is asked of it.
    expect(given).toBeLessThanOrEqual(MAX_INPUT_BYTES / megabyte.length + 3);
  });

  it('reads standard input up to the limit exactly', async () => {
    const input = await resolveInput('-', () =>
      stdin([Buffer.from('# A\n'), Buffer.from('\nB\n')]),
    );
    expect(input.name).toBe('standard input');
    expect(Buffer.from(input.bytes).toString()).toBe('# A\n\nB\n');
  });

  it('says what was not found, leaving suggestions to the command line', async () => {
    const error = await failure(resolveInput('frontex-marco', () => noStdin));
    expect(error.message).toBe('frontex-marco: no such file or bundled article');
    expect(error.code).toBe('not-found');
    expect(error.subject).toBe('frontex-marco');
  });
});

describe('articleFromInput', () => {
  const markdown = (bytes: Uint8Array) => ({
    name: 'a.md',
    bytes,
    format: 'markdown' as const,
    url: null,
    charset: null,
  });

  it('turns NUL bytes, emptiness and invalid UTF-8 into messages about the input', async () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    await expect(articleFromInput(markdown(Uint8Array.from([65, 0])))).rejects.toThrow(
      'a.md: not a text file (it contains NUL bytes)',
    );
    await expect(articleFromInput(markdown(bytes(' \n\t\n')))).rejects.toThrow(
      expect.objectContaining({ message: 'a.md: the article is empty', code: 'empty' }),
    );
    const latin1 = await articleFromInput(markdown(Uint8Array.from([0x23, 0x20, 0xe9])));
    expect(latin1.article.title).toBe('\uFFFD');
    expect(latin1.warning).toBe('a.md: not valid UTF-8; unreadable bytes are shown as \uFFFD');
  });

  it('decodes text in the charset the server named', async () => {
    const loaded = await articleFromInput({
      ...markdown(Uint8Array.from([0x23, 0x20, 0xe9, 0x74, 0xe9])),
      charset: 'ISO-8859-1',
    });
    expect(loaded.article.title).toBe('été');
    expect(loaded.warning).toBeNull();
  });
});
