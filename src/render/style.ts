import type { Theme } from './theme.js';

/** What every renderer needs to know about where its text goes. */
export interface RenderContext {
  readonly theme: Theme;
  /** Columns to wrap to; null leaves lines unwrapped (pipes). */
  readonly width: number | null;
  /** A person reads it in a terminal (labels, numbering) rather than a script in a pipe. */
  readonly terminal: boolean;
}
