import type { Theme } from './theme.js';

/** What every renderer needs to know about where its text goes. */
export interface RenderContext {
  /** The styles, colour or none: colour reaches renderers only through it. */
  readonly theme: Theme;
  /** Columns to wrap to; null leaves lines unwrapped (pipes). */
  readonly width: number | null;
  /** A person reads it in a terminal (labels, numbering, margins) rather than a script in a pipe. */
  readonly terminal: boolean;
  /** Links may be OSC 8 hyperlinks rather than the address in parentheses. */
  readonly hyperlinks: boolean;
}
