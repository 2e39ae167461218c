/**
 * Shell completion scripts generated from the commander definitions themselves, so they can never
 * offer an option the command lacks or miss one it has. Written here rather than taken from
 * @bomb.sh/tab (0.0.x): its scripts call back into node on every Tab and embed the path of the node
 * binary that generated them, and its commander adapter completes neither option choices nor
 * arguments.
 */
import type { Command } from 'commander';
import { bashScript } from './bash.js';
import { fishScript } from './fish.js';
import type { Shell } from './shells.js';
import { assertPlainWords, programSpec } from './spec.js';
import { zshScript } from './zsh.js';

const GENERATORS = { bash: bashScript, zsh: zshScript, fish: fishScript } as const;

export function completionScript(program: Command, shell: Shell): string {
  const spec = programSpec(program);
  assertPlainWords(spec);
  return GENERATORS[shell](spec);
}
