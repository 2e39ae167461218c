import type { ArgumentSpec, CommandSpec, OptionSpec, ProgramSpec, Values } from './spec.js';

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** `_arguments` gives `[`, `]` and `:` a meaning inside a spec; a description shows them literally. */
const escapeSpec = (text: string) => text.replace(/[\\[\]:]/g, '\\$&');

function action(values: Values, fn: string): string {
  switch (values.kind) {
    case 'articles':
      return `${fn}_articles`;
    case 'commands':
      return `${fn}_commands`;
    case 'words':
      return `(${values.words.map((word) => word.value).join(' ')})`;
    case 'none':
      return ' ';
  }
}

/** Offers values from a function body, where `_arguments` is not there to read an action. */
function offer(values: Values, fn: string): string {
  if (values.kind === 'words') {
    return `compadd -- ${values.words.map((word) => word.value).join(' ')} && ret=0`;
  }
  return values.kind === 'none' ? ':' : `${action(values, fn)} && ret=0`;
}

/** `'(-w --width)'{-w+,--width=}'[wrap lines…]:columns: '`: both spellings, each excluding the other. */
function optionSpec(option: OptionSpec, fn: string): string {
  const value = option.value ? `:${escapeSpec(option.valueName)}:${action(option.value, fn)}` : '';
  const tail = quote(`[${escapeSpec(option.description)}]${value}`);
  const spellings = [
    option.short && `${option.short}${option.value ? '+' : ''}`,
    option.long && `${option.long}${option.value ? '=' : ''}`,
  ].filter((flag): flag is string => Boolean(flag));
  if (spellings.length === 1) return `${spellings[0]}${tail}`;
  const flags = [option.short, option.long].join(' ');
  return `${quote(`(${flags})`)}{${spellings.join(',')}}${tail}`;
}

function argumentSpec(argument: ArgumentSpec, index: number, fn: string): string {
  // `*:` is _arguments' spec for every word from there on.
  const position = argument.variadic ? '*' : `${index + 1}`;
  return quote(`${position}:${escapeSpec(argument.name)}:${action(argument.values, fn)}`);
}

function argumentsCall(command: CommandSpec, fn: string, extra: readonly string[] = []): string {
  const specs = [
    ...command.options.map((option) => optionSpec(option, fn)),
    ...command.positionals.map((argument, i) => argumentSpec(argument, i, fn)),
    ...extra,
  ];
  return `_arguments -s -S \\\n        ${specs.join(' \\\n        ')}`;
}

function commandBranch(command: CommandSpec, fn: string): string {
  return `      (${command.name})\n        ${argumentsCall(command, fn)} && ret=0\n        ;;`;
}

/**
 * A zsh completion function for the compsys system: `_arguments` specs generated from the
 * commander definitions, one per command. It works both from `$fpath` (as `_article`) and sourced.
 */
export function zshScript(spec: ProgramSpec): string {
  const fn = `_${spec.name.replace(/\W/g, '_')}`;
  const commands = spec.commands
    .map((c) => `    ${quote(`${c.name}:${c.description}`)}`)
    .join('\n');
  const topOptionsOnly: CommandSpec = { ...spec.top, positionals: [] };
  const first = spec.top.positionals[0];
  return `#compdef ${spec.name}
# zsh completion for ${spec.name}(1), generated from its command definitions by
# \`${spec.name} completion zsh\`. Save it as _${spec.name} in a directory of $fpath, or load it in
# ~/.zshrc after compinit with:  source <(${spec.name} completion zsh)

${fn}_commands() {
  local -a commands=(
${commands}
  )
  _describe -t commands '${spec.name} command' commands
}

# Bundled article ids with their date and title, asked of the command itself so they are always the
# installed ones, then Markdown files and saved web pages.
${fn}_articles() {
  local -a articles
  local line tab=$'\\t' ret=1
  # Each line is id<TAB>date<TAB>title; _describe wants id:description, with the id's colons escaped.
  for line in \${(f)"$(_call_program articles ${spec.name} list --color never 2>/dev/null)"}; do
    articles+=("\${\${line%%$tab*}//:/\\\\:}:\${\${line#*$tab}//$tab/  }")
  done
  _describe -t articles 'bundled article' articles && ret=0
  _files -g '*.(md|markdown|html|htm)' && ret=0
  return ret
}

${fn}() {
  local curcontext=$curcontext state state_descr line ret=1
  # Like commander, only the first word can be a command: after an option, words go to the default.
  local command=$words[2]
  typeset -A opt_args
  ${argumentsCall(topOptionsOnly, fn, [quote('1: :->first'), quote('*:: :->command')])} && ret=0
  case $state in
    (first)
      (( CURRENT == 2 )) && ${fn}_commands && ret=0
      ${first ? offer(first.values, fn) : ':'}
      ;;
    (command)
      curcontext=\${curcontext%:*:*}:${spec.name}-$words[1]:
      case $command in
${spec.commands.map((c) => commandBranch(c, fn)).join('\n')}
      (*)
        ${argumentsCall(topOptionsOnly, fn)} && ret=0
        ;;
      esac
      ;;
  esac
  return ret
}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  ${fn} "$@"
else
  compdef ${fn} ${spec.name}
fi
`;
}
