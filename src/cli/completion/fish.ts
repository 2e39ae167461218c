import {
  type CommandSpec,
  type OptionSpec,
  optionWords,
  type ProgramSpec,
  type Values,
  valueWords,
} from './spec.js';

/** The top level, before any command, in the generated conditions. */
const TOP = '@top';

const quote = (text: string) => `'${text.replace(/[\\']/g, '\\$&')}'`;

const contextName = (command: CommandSpec) => command.name || TOP;

function source(values: Values, fn: string): string | null {
  switch (values.kind) {
    case 'articles':
      return `(${fn}_articles)`;
    case 'commands':
      return `(${fn}_commands)`;
    case 'words':
      return valueWords(values)
        .map((word) => word.value)
        .join(' ');
    case 'none':
      return null;
  }
}

interface Names {
  /** The command completed. */
  readonly name: string;
  /** The prefix of the generated functions. */
  readonly fn: string;
}

function optionLine(option: OptionSpec, command: CommandSpec, { name, fn }: Names): string {
  const parts = [
    `complete -c ${name}`,
    `-n ${quote(`${fn}_in ${contextName(command)}`)}`,
    option.short ? `-s ${option.short.slice(1)}` : null,
    option.long ? `-l ${option.long.slice(2)}` : null,
    option.value ? '-x' : null,
    option.value && source(option.value, fn) ? `-a ${quote(source(option.value, fn) ?? '')}` : null,
    `-d ${quote(option.description)}`,
  ];
  return parts.filter((part) => part !== null).join(' ');
}

function positionalLines(command: CommandSpec, { name, fn }: Names): string[] {
  return command.positionals.flatMap((argument, i) => {
    const values = source(argument.values, fn);
    if (values === null) return [];
    // A variadic argument completes at its position and every one after it.
    const test = argument.variadic ? `${fn}_from` : `${fn}_at`;
    const at = quote(`${test} ${contextName(command)} ${i}`);
    return [`complete -c ${name} -n ${at} -a ${quote(values)}`];
  });
}

function switchTable(
  rows: readonly (readonly [context: string, words: readonly string[]])[],
): string {
  return rows
    .filter(([, words]) => words.length > 0)
    .map(
      ([context, words]) =>
        `        case ${quote(context)}\n            printf '%s\\n' ${words.join(' ')}`,
    )
    .join('\n');
}

/**
 * A fish completion file generated from the commander definitions. fish has no notion of
 * subcommands, so `__article_state` reads the command line the way commander does: the command,
 * then which of its arguments the cursor is on, stepping over options and their values.
 */
export function fishScript(spec: ProgramSpec): string {
  const name = spec.name;
  const fn = `__${name.replace(/\W/g, '_')}`;
  const names: Names = { name, fn };
  const contexts = [spec.top, ...spec.commands];
  const valueOptions = switchTable(
    contexts.map(
      (c) => [contextName(c), c.options.filter((o) => o.value).flatMap(optionWords)] as const,
    ),
  );
  const commands = spec.commands
    .map((c) => `    printf '%s\\t%s\\n' ${c.name} ${quote(c.description)}`)
    .join('\n');
  const topCommands = `complete -c ${name} -n ${quote(`${fn}_first`)} -a ${quote(`(${fn}_commands)`)}`;
  return `# fish completion for ${name}(1), generated from its command definitions by
# \`${name} completion fish\`. Install it with:
#   ${name} completion fish > ~/.config/fish/completions/${name}.fish

function ${fn}_commands
${commands}
end

function ${fn}_value_options -a command
    switch $command
${valueOptions}
    end
end

# Bundled article ids (with their date and title), asked of the command itself so they are always
# the installed ones, then Markdown files and saved web pages.
function ${fn}_articles
    ${name} list --color never 2>/dev/null | string replace -r '^([^\\t]*)\\t([^\\t]*)\\t' '$1'\\t'$2 '
    # fish's own file completion, filtered: __fish_complete_suffix would list every other file too.
    complete -C"__fish_command_without_completions "(commandline -ct) | string match -r -- '^.*(?:\\.md|\\.markdown|\\.html?|/)$'
end

# Prints the command (${TOP} when there is none), then the index of the argument being completed,
# or "value" when the cursor is on an option's value. Like commander, only the first word can be a
# command: after an option, the words go to the default command.
function ${fn}_state
    set -l tokens (commandline -opc)
    set -e tokens[1]
    set -l command ${TOP}
    set -l position 0
    set -l pending 0
    set -l commands (${fn}_commands | string replace -r '\\t.*' '')
    set -l first 0
    for token in $tokens
        set first (math $first + 1)
        if test $pending = 1
            set pending 0
            continue
        end
        switch $token
            case -
            case '--*=*'
                continue
            case '-*'
                contains -- $token (${fn}_value_options $command); and set pending 1
                continue
        end
        if test $first = 1; and contains -- $token $commands
            set command $token
        else
            set position (math $position + 1)
        end
    end
    test $pending = 1; and set position value
    printf '%s\\n' $command $position
end

function ${fn}_first
    test (count (commandline -opc)) = 1
end

function ${fn}_in -a command
    set -l state (${fn}_state)
    test "$state[1]" = $command
end

function ${fn}_at -a command position
    set -l state (${fn}_state)
    test "$state[1]" = $command -a "$state[2]" = $position
end

function ${fn}_from -a command position
    set -l state (${fn}_state)
    test "$state[1]" = $command -a "$state[2]" != value; and test "$state[2]" -ge $position
end

complete -c ${name} -f
${topCommands}
${contexts.flatMap((c) => positionalLines(c, names)).join('\n')}
${contexts.flatMap((c) => c.options.map((o) => optionLine(o, c, names))).join('\n')}
`;
}
