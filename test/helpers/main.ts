import { Readable, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/output/write.js';

export interface MainResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number;
}

/** A stream that keeps what is written to it, shaped as the process's stdout or stderr. */
function sink(tty: { isTTY?: boolean; columns?: number }) {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  Object.assign(stream, tty);
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => chunks.join('') };
}

/**
 * Runs the command in this process through main(), with fake streams: what the spawning helpers
 * in cli.ts check from outside, seen by coverage (which does not follow child processes).
 */
export async function runMain(
  args: readonly string[],
  options: {
    input?: string;
    env?: Record<string, string>;
    terminal?: { columns: number };
  } = {},
): Promise<MainResult> {
  const tty = options.terminal ? { isTTY: true, columns: options.terminal.columns } : {};
  const stdout = sink(tty);
  const stderr = sink({});
  // Bytes, as the process's standard input yields: a string chunk is not what readers of it expect.
  const stdin = Readable.from([Buffer.from(options.input ?? '')]) as unknown as NodeJS.ReadStream;
  const io: Io = { stdin, stdout: stdout.stream, stderr: stderr.stream, env: options.env ?? {} };
  const status = await main(args, io);
  return { stdout: stdout.text(), stderr: stderr.text(), status };
}
