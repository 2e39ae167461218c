/**
 * Input that cannot be read, as the command reports it: a message naming the input and the reason,
 * never a stack. The cases the spawned tests in errors.test.ts cannot show to coverage.
 */
import { chmodSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ArticleError } from '../../../src/errors.js';
import { MAX_INPUT_BYTES, resolveInput } from '../../../src/input/resolve.js';

// Lets one test see an installation whose articles folder is empty.
const installed = vi.hoisted(() => ({ empty: false }));
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const readdirSync = ((...args: Parameters<typeof fs.readdirSync>) =>
    installed.empty ? [] : fs.readdirSync(...args)) as typeof fs.readdirSync;
  return { ...fs, readdirSync, default: { ...fs, readdirSync } };
});

const dir = mkdtempSync(path.join(tmpdir(), 'article-input-failures-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const noStdin = Readable.from([]) as unknown as NodeJS.ReadStream;

async function messageOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ArticleError);
  return (error as ArticleError).message;
}

describe('input that cannot be read', () => {
  it('a path through a file, as if it were a folder', async () => {
    const file = path.join(dir, 'story.md');
    writeFileSync(file, '# Story\n');
    const inside = path.join(file, 'inner.md');
    expect(await messageOf(resolveInput(inside, () => noStdin))).toMatch(
      new RegExp(`^${inside}: cannot be read \\(ENOTDIR: not a directory`),
    );
  });

  // Root reads any file whatever its mode: the check runs where the tests run as a user (CI).
  it.skipIf(process.getuid?.() === 0)('a file its user may not read', async () => {
    const secret = path.join(dir, 'secret.md');
    writeFileSync(secret, '# Secret\n');
    chmodSync(secret, 0o000);
    expect(await messageOf(resolveInput(secret, () => noStdin))).toBe(
      `${secret}: permission denied`,
    );
  });

  it('a symbolic link that points to itself', async () => {
    const loop = path.join(dir, 'loop.md');
    symlinkSync(loop, loop);
    expect(await messageOf(resolveInput(loop, () => noStdin))).toMatch(
      new RegExp(`^${loop}: cannot be read \\(ELOOP: too many symbolic links`),
    );
  });

  it('a file larger than the limit, refused from its size before it is read', async () => {
    const huge = path.join(dir, 'huge.md');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_INPUT_BYTES + 1);
    expect(await messageOf(resolveInput(huge, () => noStdin))).toBe(
      `${huge}: larger than the 50 MB limit`,
    );
  });

  it('standard input that fails while it is read', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('connection reset'));
      },
    }) as unknown as NodeJS.ReadStream;
    expect(await messageOf(resolveInput('-', () => failing))).toBe(
      'standard input: cannot be read (connection reset)',
    );
  });

  it('no argument when no bundled article is installed', async () => {
    installed.empty = true;
    try {
      expect(await messageOf(resolveInput(undefined, () => noStdin))).toBe(
        'no bundled article is installed',
      );
    } finally {
      installed.empty = false;
    }
  });

  it('a name that is neither a file nor a bundled id', async () => {
    expect(await messageOf(resolveInput('nowhere/story.md', () => noStdin))).toBe(
      'nowhere/story.md: no such file or bundled article',
    );
  });
});
