import { spawnSync } from 'node:child_process';
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
