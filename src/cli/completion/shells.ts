/** What `article completion` declares: kept apart from the generators, which load only when used. */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** How to install each script; shown by `article completion --help` and in the README. */
export function completionHelp(name: string): string {
  return `
Install:
  bash  add to ~/.bashrc:               source <(${name} completion bash)
        or save it for bash-completion:
        ${name} completion bash > ~/.local/share/bash-completion/completions/${name}
  zsh   add to ~/.zshrc after compinit: source <(${name} completion zsh)
        or save it as _${name} in a directory of $fpath
  fish  ${name} completion fish > ~/.config/fish/completions/${name}.fish

It completes commands, options, --color values, bundled article ids, Markdown and HTML files
and the fields of '${name} info'. Open a new shell after installing.`;
}
