import { spawn } from 'node:child_process';

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
    child.on('close', (code) => {
      process.off('SIGINT', ignore);
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
  await write(io.stdout, text);
}
