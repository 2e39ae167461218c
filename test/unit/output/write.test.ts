/**
 * Where output goes: straight to a pipe, in pieces to a terminal, through the pager when taller
 * than the screen. Fake streams stand in for stdout; the pagers are real shell commands.
 */
import type { SpawnOptions } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { isMainThread } from 'node:worker_threads';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { type Io, ignoreBrokenPipe, writeOutput } from '../../../src/output/write.js';

// Lets one test start the pager with a shell that is not there, as spawn would fail to.
const noShell = vi.hoisted(() => ({ on: false }));
vi.mock('node:child_process', async (original) => {
  const child = await original<typeof import('node:child_process')>();
  const spawn = ((command: string, options: SpawnOptions) =>
    child.spawn(
      command,
      noShell.on ? { ...options, shell: '/nonexistent/sh' } : options,
    )) as typeof child.spawn;
  return { ...child, spawn, default: { ...child, spawn } };
});

const TERMINAL_RESET = '\u001B[0m\u001B]8;;\u001B\\';
const PIECE = 16 * 1024;

interface FakeOut {
  readonly stream: NodeJS.WriteStream;
  /** Every write, as it came. */
  readonly writes: string[];
}

function fakeOut(shape: { isTTY?: boolean; rows?: number }, onWrite?: () => void): FakeOut {
  const writes: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      writes.push(String(chunk));
      onWrite?.();
      done();
    },
  });
  Object.assign(stream, shape);
  return { stream: stream as unknown as NodeJS.WriteStream, writes };
}

function ioFor(stdout: NodeJS.WriteStream, env: Record<string, string> = {}): Io {
  return {
    stdin: Readable.from([]) as unknown as NodeJS.ReadStream,
    stdout,
    stderr: fakeOut({}).stream,
    env,
  };
}

const folder = mkdtempSync(path.join(tmpdir(), 'article-output-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const tallText = Array.from({ length: 30 }, (_, i) => `line ${i + 1}\n`).join('');

describe('writeOutput to a pipe or a terminal', () => {
  it('writes to a pipe at once', async () => {
    const out = fakeOut({});
    const text = 'a\n'.repeat(50_000);
    await writeOutput(text, ioFor(out.stream), { pager: false });
    expect(out.writes).toEqual([text]);
  });

  it('writes to a terminal in pieces that end at line ends', async () => {
    const out = fakeOut({ isTTY: true });
    const text = 'a few words on a line\n'.repeat(5_000);
    await writeOutput(text, ioFor(out.stream), { pager: false });
    expect(out.writes.join('')).toBe(text);
    expect(out.writes.length).toBeGreaterThan(4);
    for (const piece of out.writes) expect(piece.endsWith('\n')).toBe(true);
  });

  it('cuts a line longer than two pieces where it must', async () => {
    const out = fakeOut({ isTTY: true });
    const text = `${'x'.repeat(3 * PIECE)}\n${'y'.repeat(PIECE + 10)}`;
    await writeOutput(text, ioFor(out.stream), { pager: false });
    expect(out.writes.join('')).toBe(text);
    expect(out.writes[0]).toHaveLength(PIECE);
    expect(out.writes.every((piece) => piece.length <= 2 * PIECE + 1)).toBe(true);
  });

  it('writes nothing to a stream already closed, and does not hang', async () => {
    const out = fakeOut({});
    out.stream.destroy();
    await writeOutput('lost\n', ioFor(out.stream), { pager: false });
    expect(out.writes).toEqual([]);
  });
});

describe('ignoreBrokenPipe', () => {
  it('closes the stream quietly when the reader has gone (EPIPE)', () => {
    const out = fakeOut({});
    ignoreBrokenPipe(out.stream);
    out.stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect(out.stream.destroyed).toBe(true);
  });

  it('lets any other write error through', () => {
    const out = fakeOut({});
    ignoreBrokenPipe(out.stream);
    const full = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    expect(() => out.stream.emit('error', full)).toThrow('no space left on device');
    expect(out.stream.destroyed).toBe(false);
  });
});

describe('the pager', () => {
  const screen = () => fakeOut({ isTTY: true, rows: 10 });

  it('takes text taller than the screen, and nothing goes to stdout', async () => {
    const out = screen();
    const paged = path.join(folder, 'paged.txt');
    await writeOutput(tallText, ioFor(out.stream, { PAGER: 'cat > "$PAGED"', PAGED: paged }), {
      pager: true,
    });
    expect(readFileSync(paged, 'utf8')).toBe(tallText);
    expect(out.writes).toEqual([]);
  });

  it('is not used for text that fits the screen, nor when paging is off', async () => {
    const paged = path.join(folder, 'unused.txt');
    const env = { PAGER: 'cat > "$PAGED"', PAGED: paged };
    const short = screen();
    await writeOutput('one\ntwo\n', ioFor(short.stream, env), { pager: true });
    expect(short.writes.join('')).toBe('one\ntwo\n');
    const off = screen();
    await writeOutput(tallText, ioFor(off.stream, env), { pager: false });
    expect(off.writes.join('')).toBe(tallText);
    const unknownHeight = fakeOut({ isTTY: true });
    await writeOutput(tallText, ioFor(unknownHeight.stream, env), { pager: true });
    expect(unknownHeight.writes.join('')).toBe(tallText);
    expect(() => readFileSync(paged)).toThrow(/ENOENT/);
  });

  it('is less -FRX by default, with LESS and LESSCHARSET set unless the user set them', async () => {
    const bin = mkdtempSync(path.join(folder, 'bin-'));
    const record = path.join(bin, 'record');
    writeFileSync(
      path.join(bin, 'less'),
      `#!/bin/sh\necho "$* | $LESS | $LESSCHARSET" > "${record}"\n/bin/cat > "${record}.text"\n`,
    );
    chmodSync(path.join(bin, 'less'), 0o755);
    await writeOutput(tallText, ioFor(screen().stream, { PATH: bin, PAGER: '  ' }), {
      pager: true,
    });
    expect(readFileSync(record, 'utf8')).toBe('-FRX | FRX | utf-8\n');
    expect(readFileSync(`${record}.text`, 'utf8')).toBe(tallText);
    await writeOutput(
      tallText,
      ioFor(screen().stream, { PATH: bin, LESS: 'R', LESSCHARSET: 'latin1' }),
      { pager: true },
    );
    expect(readFileSync(record, 'utf8')).toBe('-FRX | R | latin1\n');
  });

  it('when it cannot be found, the text is printed as if there were none', async () => {
    const out = screen();
    // The shell's "not found" is sent away so as not to clutter the test report.
    const env = { PAGER: 'no-such-pager-anywhere 2>/dev/null' };
    await writeOutput(tallText, ioFor(out.stream, env), { pager: true });
    expect(out.writes.join('')).toBe(tallText);
  });

  it('when no shell can be started for it, the text is printed as if there were none', async () => {
    const out = screen();
    noShell.on = true;
    try {
      await writeOutput(tallText, ioFor(out.stream, { PAGER: 'cat' }), { pager: true });
    } finally {
      noShell.on = false;
    }
    expect(out.writes.join('')).toBe(tallText);
  });

  it('killed by a signal, it leaves the terminal reset and the text is not printed again', async () => {
    const out = screen();
    await writeOutput(tallText, ioFor(out.stream, { PAGER: 'kill -TERM $$' }), { pager: true });
    expect(out.writes).toEqual([TERMINAL_RESET]);
  });
});

// A Ctrl-C is a real signal sent to this process once the output has stopped: only where the test
// runs in a process of its own (vitest's forks), and with a listener so that it does not end it.
describe.runIf(isMainThread)('Ctrl-C while writing to a terminal', () => {
  it('stops at the next piece, resets the terminal and passes the signal on', async () => {
    let signals = 0;
    let passedOn: () => void = () => {};
    const received = new Promise<void>((resolve) => {
      passedOn = resolve;
    });
    const listener = () => {
      signals++;
      if (signals === 2) passedOn();
    };
    process.on('SIGINT', listener);
    try {
      let first = true;
      const out = fakeOut({ isTTY: true }, () => {
        if (first) process.emit('SIGINT');
        first = false;
      });
      const text = 'a line of the article\n'.repeat(10_000);
      await writeOutput(text, ioFor(out.stream), { pager: false });
      expect(out.writes).toHaveLength(2);
      expect(text.startsWith(out.writes[0] ?? '')).toBe(true);
      expect(out.writes[1]).toBe(TERMINAL_RESET);
      await received;
      expect(signals).toBe(2);
    } finally {
      process.off('SIGINT', listener);
    }
  });
});
