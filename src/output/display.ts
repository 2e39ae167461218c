/**
 * How output is shown, decided once from flags, the environment and the terminal, and handed to
 * the rest of the code as a plain object.
 */

export type ColorMode = 'auto' | 'always' | 'never';
export type ColorLevel = 0 | 1 | 2 | 3;

export interface DisplayInputs {
  readonly color?: ColorMode | undefined;
  /** `--width N`, already validated. */
  readonly width?: number | undefined;
  /** False for `--no-pager`. */
  readonly pager?: boolean | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly isTTY: boolean;
  /** The terminal's columns, when stdout is one. */
  readonly columns?: number | undefined;
}

export interface Display {
  readonly colorLevel: ColorLevel;
  /** Columns to set text in; null in a pipe without `--width`: one paragraph per line. */
  readonly width: number | null;
  readonly hyperlinks: boolean;
  /** Stdout is a terminal: styled layout, and a pager for long output. */
  readonly terminal: boolean;
  readonly pager: boolean;
}

/** A comfortable reading measure: wider terminals still get lines of about this length. */
export const MAX_MEASURE = 80;
export const MIN_WIDTH = 20;
export const MAX_WIDTH = 1000;

function forcedLevel(value: string): ColorLevel {
  if (value === '0' || value === 'false') return 0;
  if (value === '2') return 2;
  if (value === '3') return 3;
  return 1;
}

function terminalLevel(env: DisplayInputs['env']): ColorLevel {
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (/-256(color)?$/.test(env.TERM ?? '')) return 2;
  return 1;
}

export function colorLevel(inputs: DisplayInputs): ColorLevel {
  const { env } = inputs;
  if (inputs.color === 'never') return 0;
  const detected = terminalLevel(env);
  if (inputs.color === 'always') return detected;
  if (env.FORCE_COLOR !== undefined) return forcedLevel(env.FORCE_COLOR);
  if (env.NO_COLOR) return 0;
  if (env.TERM === 'dumb' || !inputs.isTTY) return 0;
  return detected;
}

/** Terminals known to show OSC 8 hyperlinks (the list supports-hyperlinks keeps, in short). */
export function supportsHyperlinks(env: DisplayInputs['env']): boolean {
  if (env.FORCE_HYPERLINK) return env.FORCE_HYPERLINK !== '0';
  if (env.TERM === 'dumb') return false;
  const program = env.TERM_PROGRAM ?? '';
  if (['iTerm.app', 'WezTerm', 'vscode', 'ghostty', 'Hyper', 'rio'].includes(program)) return true;
  if (env.WT_SESSION || env.KONSOLE_VERSION || env.DOMTERM) return true;
  // VTE 0.50.0 (`5000`) crashed on them; later versions show them.
  if (Number(env.VTE_VERSION ?? 0) > 5000) return true;
  return /kitty|alacritty|foot|contour/.test(env.TERM ?? '');
}

function terminalWidth(inputs: DisplayInputs): number {
  const columns = inputs.columns ?? Number.parseInt(inputs.env.COLUMNS ?? '', 10);
  return Number.isFinite(columns) && columns > 0 ? columns : MAX_MEASURE;
}

export function resolveDisplay(inputs: DisplayInputs): Display {
  const level = colorLevel(inputs);
  const terminal = inputs.isTTY;
  const width = inputs.width ?? (terminal ? Math.min(terminalWidth(inputs), MAX_MEASURE) : null);
  return {
    colorLevel: level,
    width,
    hyperlinks: level > 0 && terminal && supportsHyperlinks(inputs.env),
    terminal,
    pager: terminal && inputs.pager !== false && inputs.env.TERM !== 'dumb',
  };
}
