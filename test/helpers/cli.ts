import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/article.js', import.meta.url));
export const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number | null;
}

/** The environment of a plain pipe: no colour forced or forbidden, no terminal hints. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C.UTF-8',
  };
  return { ...env, ...extra };
}

/** Runs the built command as a script would: stdout and stderr are pipes. */
export function run(
  args: readonly string[],
  options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {},
): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? '',
    env: cleanEnv(options.env),
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 60_000,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/**
 * run(), without blocking this process: for commands that fetch from a server the test itself
 * runs, which could not answer while spawnSync held the event loop.
 */
export function runAsync(
  args: readonly string[],
  options: { input?: string; env?: Record<string, string>; cwd?: string } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: cleanEnv(options.env),
      cwd: options.cwd ?? ROOT,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (status) =>
      resolve({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        status,
      }),
    );
    child.stdin.end(options.input ?? '');
  });
}

function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * Runs the command in a pseudo-terminal of the given size (util-linux `script`), as a person at a
 * terminal would, and returns what the terminal received, carriage returns removed.
 */
export function runInTerminal(
  args: readonly string[],
  options: { columns?: number; rows?: number; env?: Record<string, string> } = {},
): RunResult {
  const { columns = 80, rows = 500 } = options;
  const command = [process.execPath, BIN, ...args].map(shellQuote).join(' ');
  const inner = `stty cols ${columns} rows ${rows} 2>/dev/null; ${command}`;
  const result = spawnSync('script', ['-qec', inner, '/dev/null'], {
    env: cleanEnv({ TERM: 'xterm-256color', ...options.env }),
    cwd: ROOT,
    encoding: 'utf8',
    input: '',
    timeout: 60_000,
  });
  return {
    stdout: result.stdout.replace(/\r\n/g, '\n'),
    stderr: result.stderr,
    status: result.status,
  };
}

/** Whether tmux is installed: the tests that read a real terminal's screen need it. */
export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

/**
 * Runs the command in a real terminal emulator (tmux) of the given size and returns the screen it
 * shows, row by row, trailing spaces and blank rows dropped. A line wider than the terminal shows
 * as two rows there, whatever the command believed its width to be.
 */
export function screenInTmux(
  args: readonly string[],
  options: { columns: number; rows?: number; env?: Record<string, string> },
): string[] {
  const { columns, rows = 200 } = options;
  // A server of its own, on a socket in a folder of its own that goes when the test is done.
  const folder = mkdtempSync(path.join(tmpdir(), 'article-tmux-'));
  const socket = path.join(folder, 'socket');
  const tmux = (...words: string[]) =>
    spawnSync('tmux', ['-S', socket, ...words], {
      cwd: ROOT,
      env: cleanEnv(),
      encoding: 'utf8',
      timeout: 60_000,
    });
  const env = Object.entries({ TERM: 'xterm-256color', ...options.env })
    .map(([name, value]) => `${name}=${shellQuote(value)}`)
    .join(' ');
  const command = [process.execPath, BIN, ...args].map(shellQuote).join(' ');
  // The pane stays open after the command so that its screen can be read; kill-server ends it.
  const script = `env ${env} ${command}; tmux -S ${shellQuote(socket)} wait-for -S done; sleep 60`;
  try {
    tmux('-f', '/dev/null', 'new-session', '-d', '-x', `${columns}`, '-y', `${rows}`, script);
    tmux('wait-for', 'done');
    const screen = tmux('capture-pane', '-p', '-S', '0', '-E', `${rows - 1}`).stdout;
    const lines = screen.split('\n').map((line) => line.trimEnd());
    while (lines.length > 0 && lines.at(-1) === '') lines.pop();
    return lines;
  } finally {
    tmux('kill-server');
    rmSync(folder, { recursive: true, force: true });
  }
}
