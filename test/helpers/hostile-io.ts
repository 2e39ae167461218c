import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/output/write.js';

export interface MemoryRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number;
}

export interface MemoryOptions {
  /** What standard input holds, for the `-` argument. */
  readonly input?: string | Uint8Array;
  /** Stdout claims to be a terminal of this many columns (no rows, so never a pager). */
  readonly columns?: number;
  readonly env?: Readonly<Record<string, string>>;
}

function collector(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return () => Buffer.concat(chunks).toString('utf8');
}

/**
 * Runs the command line in this process, as bin/article.js does, with streams in memory: a
 * thousand runs take seconds where spawning would take minutes.
 */
export async function runInMemory(
  args: readonly string[],
  options: MemoryOptions = {},
): Promise<MemoryRun> {
  const stdin = new PassThrough();
  stdin.end(options.input ?? '');
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  if (options.columns !== undefined)
    Object.assign(stdout, { isTTY: true, columns: options.columns });
  const out = collector(stdout);
  const err = collector(stderr);
  const io = { stdin, stdout, stderr, env: { LANG: 'C.UTF-8', ...options.env } };
  const status = await main(args, io as unknown as Io);
  return { stdout: out(), stderr: err(), status };
}
