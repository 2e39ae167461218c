import { spawn } from 'node:child_process';
import { chunks } from '../text/chunks.js';

/** The streams and environment a command runs with: the process, or fakes in tests. */
export interface Io {
  readonly stdin: NodeJS.ReadStream;
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly env: Readonly<Record<string, string | undefined>>;
}

const DEFAULT_PAGER = 'less -FRX';

/** A reader that stopped reading (`| head`) is not an error: the rest of the output is dropped. */
export function ignoreBrokenPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    stream.destroy();
  });
}

function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed) return resolve();
    stream.write(text, () => resolve());
  });
}

// Styles off and any hyperlink closed: what a terminal needs to be left as it was.
const TERMINAL_RESET = '\u001B[0m\u001B]8;;\u001B\\';
// Pieces small enough that Ctrl-C is seen within a moment on a slow terminal.
const PIECE = 16 * 1024;

/** At a line end, where our styling is closed; an endless line is cut where it must be. */
function atLineEnd(text: string, _from: number, end: number): number {
  const lineEnd = text.indexOf('\n', end);
  return lineEnd === -1 || lineEnd > end + PIECE ? -1 : lineEnd + 1;
}

/**
 * Writes text to a terminal in pieces, letting a Ctrl-C in between: killed in the middle of a
 * styled span, the process would leave the terminal in that style. Interrupted, it resets the
 * terminal and dies of the signal, as an uninterrupted Ctrl-C would have it.
 */
async function writeToTerminal(stream: NodeJS.WriteStream, text: string): Promise<void> {
  let interrupted = false;
  const interrupt = () => {
    interrupted = true;
  };
  process.on('SIGINT', interrupt);
  try {
    for (const piece of chunks(text, PIECE, atLineEnd)) {
      if (interrupted) break;
      await write(stream, piece);
      // Signals are handled by the event loop, which promise callbacks alone never reach.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    process.off('SIGINT', interrupt);
  }
  if (interrupted) {
    await write(stream, TERMINAL_RESET);
    process.kill(process.pid, 'SIGINT');
  }
}

/**
 * Sends text through the pager. Resolves false when the pager could not be started, so the caller
 * prints the text itself.
 */
function page(text: string, io: Io): Promise<boolean> {
  const command = io.env.PAGER?.trim() || DEFAULT_PAGER;
  return new Promise((resolve) => {
    const env = {
      ...io.env,
      LESS: io.env.LESS ?? 'FRX',
      LESSCHARSET: io.env.LESSCHARSET ?? 'utf-8',
    };
    const child = spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env });
    // The pager owns Ctrl-C while it runs, as with git: it restores the terminal and we exit with it.
    const ignore = () => {};
    process.on('SIGINT', ignore);
    let started = false;
    child.on('spawn', () => {
      started = true;
    });
    child.on('error', () => resolve(false));
    child.stdin.on('error', () => {});
    child.on('close', (code, signal) => {
      process.off('SIGINT', ignore);
      // A pager killed by the signal may have left its styling on.
      if (signal) io.stdout.write(TERMINAL_RESET);
      // 127: the shell could not find the pager.
      resolve(started && code !== 127);
    });
    child.stdin.end(text);
  });
}

export interface WriteOptions {
  /** Page the text when it is taller than the terminal. */
  readonly pager: boolean;
}

export async function writeOutput(text: string, io: Io, options: WriteOptions): Promise<void> {
  const rows = io.stdout.rows ?? 0;
  const lines = text.split('\n').length - 1;
  if (options.pager && rows > 0 && lines >= rows && (await page(text, io))) return;
  await (io.stdout.isTTY ? writeToTerminal(io.stdout, text) : write(io.stdout, text));
}
