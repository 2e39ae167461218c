import { describe, expect, it } from 'vitest';
import {
  colorLevel,
  type DisplayInputs,
  MAX_MEASURE,
  resolveDisplay,
  supportsHyperlinks,
} from '../../../src/output/display.js';

const TERMINAL: DisplayInputs = {
  env: { TERM: 'xterm-256color' },
  isTTY: true,
  columns: 120,
};
const PIPE: DisplayInputs = { env: { TERM: 'xterm-256color' }, isTTY: false };

const withEnv = (inputs: DisplayInputs, env: Record<string, string>): DisplayInputs => ({
  ...inputs,
  env: { ...inputs.env, ...env },
});

describe('colour', () => {
  it.each([
    ['a terminal', TERMINAL, 2],
    ['a truecolor terminal', withEnv(TERMINAL, { COLORTERM: 'truecolor' }), 3],
    ['a basic terminal', withEnv(TERMINAL, { TERM: 'xterm' }), 1],
    ['a pipe', PIPE, 0],
    ['--color never in a terminal', { ...TERMINAL, color: 'never' }, 0],
    ['--color always in a pipe', { ...PIPE, color: 'always' }, 2],
    ['--color auto in a pipe', { ...PIPE, color: 'auto' }, 0],
    ['NO_COLOR in a terminal', withEnv(TERMINAL, { NO_COLOR: '1' }), 0],
    ['an empty NO_COLOR', withEnv(TERMINAL, { NO_COLOR: '' }), 2],
    [
      'NO_COLOR with --color always',
      { ...withEnv(TERMINAL, { NO_COLOR: '1' }), color: 'always' },
      2,
    ],
    ['TERM=dumb', withEnv(TERMINAL, { TERM: 'dumb' }), 0],
    [
      'TERM=dumb with --color always',
      { ...withEnv(TERMINAL, { TERM: 'dumb' }), color: 'always' },
      1,
    ],
    ['FORCE_COLOR in a pipe', withEnv(PIPE, { FORCE_COLOR: '1' }), 1],
    ['FORCE_COLOR=3 in a pipe', withEnv(PIPE, { FORCE_COLOR: '3' }), 3],
    ['FORCE_COLOR=0 in a terminal', withEnv(TERMINAL, { FORCE_COLOR: '0' }), 0],
    ['FORCE_COLOR=false in a terminal', withEnv(TERMINAL, { FORCE_COLOR: 'false' }), 0],
    [
      '--color never despite FORCE_COLOR',
      { ...withEnv(PIPE, { FORCE_COLOR: '1' }), color: 'never' },
      0,
    ],
  ] as const)('%s: level %i', (_, inputs, level) => {
    expect(colorLevel(inputs)).toBe(level);
  });
});

describe('hyperlinks', () => {
  it.each([
    [{ TERM_PROGRAM: 'iTerm.app' }, true],
    [{ TERM_PROGRAM: 'vscode' }, true],
    [{ TERM_PROGRAM: 'WezTerm' }, true],
    [{ VTE_VERSION: '7600' }, true],
    [{ VTE_VERSION: '5000' }, false],
    [{ WT_SESSION: 'x' }, true],
    [{ TERM: 'xterm-kitty' }, true],
    [{ TERM: 'xterm-256color' }, false],
    [{ TERM_PROGRAM: 'Apple_Terminal' }, false],
    [{ TERM: 'dumb', TERM_PROGRAM: 'iTerm.app' }, false],
    [{ FORCE_HYPERLINK: '1' }, true],
    [{ FORCE_HYPERLINK: '0', TERM_PROGRAM: 'iTerm.app' }, false],
    [{ FORCE_HYPERLINK: '', TERM_PROGRAM: 'iTerm.app' }, true],
  ])('%o: %s', (env, supported) => {
    expect(supportsHyperlinks(env)).toBe(supported);
  });

  it('are used only in a terminal with colour on', () => {
    const env = { TERM: 'xterm-256color', TERM_PROGRAM: 'vscode' };
    expect(resolveDisplay({ ...TERMINAL, env }).hyperlinks).toBe(true);
    expect(resolveDisplay({ ...TERMINAL, env, color: 'never' }).hyperlinks).toBe(false);
    expect(resolveDisplay({ ...PIPE, env, color: 'always' }).hyperlinks).toBe(false);
  });
});

describe('width', () => {
  it('is the terminal width capped at a comfortable measure', () => {
    expect(MAX_MEASURE).toBeGreaterThanOrEqual(72);
    expect(MAX_MEASURE).toBeLessThanOrEqual(100);
    expect(resolveDisplay({ ...TERMINAL, columns: 200 }).width).toBe(MAX_MEASURE);
    expect(resolveDisplay({ ...TERMINAL, columns: 40 }).width).toBe(40);
  });

  it('is --width whatever the terminal, even in a pipe', () => {
    expect(resolveDisplay({ ...TERMINAL, columns: 200, width: 110 }).width).toBe(110);
    expect(resolveDisplay({ ...PIPE, width: 50 }).width).toBe(50);
  });

  it('is none in a pipe without --width: one paragraph per line', () => {
    expect(resolveDisplay(PIPE).width).toBeNull();
    expect(resolveDisplay(withEnv(PIPE, { COLUMNS: '60' })).width).toBeNull();
  });

  it('comes from COLUMNS when the terminal does not say', () => {
    expect(
      resolveDisplay({ ...withEnv(TERMINAL, { COLUMNS: '50' }), columns: undefined }).width,
    ).toBe(50);
    expect(resolveDisplay({ ...TERMINAL, columns: undefined }).width).toBe(MAX_MEASURE);
  });
});

describe('pager', () => {
  it('pages in a terminal unless --no-pager or TERM=dumb, never in a pipe', () => {
    expect(resolveDisplay(TERMINAL).pager).toBe(true);
    expect(resolveDisplay({ ...TERMINAL, pager: false }).pager).toBe(false);
    expect(resolveDisplay(withEnv(TERMINAL, { TERM: 'dumb' })).pager).toBe(false);
    expect(resolveDisplay(PIPE).pager).toBe(false);
  });

  it('lays out for a terminal even when colour is off', () => {
    const display = resolveDisplay({ ...TERMINAL, color: 'never' });
    expect(display.terminal).toBe(true);
    expect(display.colorLevel).toBe(0);
  });
});
