/**
 * Shell completion scripts generated from the commander definitions themselves, so they can never
 * offer an option the command lacks or miss one it has. Written here rather than taken from
 * @bomb.sh/tab (0.0.x): its scripts call back into node on every Tab and embed the path of the node
 * binary that generated them, and it does not complete option choices or positional arguments.
 */
import type { Command } from 'commander';
import { bashScript } from './bash.js';
import { fishScript } from './fish.js';
import { assertPlainWords, programSpec } from './spec.js';
import { zshScript } from './zsh.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

const GENERATORS = { bash: bashScript, zsh: zshScript, fish: fishScript } as const;

export function completionScript(program: Command, shell: Shell): string {
  const spec = programSpec(program);
  assertPlainWords(spec);
  return GENERATORS[shell](spec);
}

/** How to install each script; shown by `article completion --help` and in the README. */
export function completionHelp(name: string): string {
  return `
Install:
  bash  add to ~/.bashrc:            source <(${name} completion bash)
        or save it for bash-completion:
        ${name} completion bash > ~/.local/share/bash-completion/completions/${name}
  zsh   add to ~/.zshrc after compinit: source <(${name} completion zsh)
        or save it as _${name} in a directory of $fpath
  fish  ${name} completion fish > ~/.config/fish/completions/${name}.fish

It completes commands, options, --color values, bundled article ids, Markdown files and the
fields of '${name} info'. Open a new shell after installing.`;
}
