import {
  type CommandSpec,
  optionWords,
  type ProgramSpec,
  type Values,
  valueWords,
} from './spec.js';

/** Sentinels in the generated tables; never a real word, which starts with a letter or digit. */
const ARTICLES = '@articles';
const COMMANDS = '@commands';

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** The top level is the command named '' in the generated tables. */
const contexts = (spec: ProgramSpec): readonly CommandSpec[] => [spec.top, ...spec.commands];

function caseTable(rows: readonly (readonly [pattern: string, words: string])[]): string {
  return rows
    .filter(([, words]) => words !== '')
    .map(([pattern, words]) => `    ${pattern}) echo ${quote(words)} ;;`)
    .join('\n');
}

function valuesWords(values: Values): string {
  if (values.kind === 'articles') return ARTICLES;
  if (values.kind === 'commands') return COMMANDS;
  return valueWords(values)
    .map((word) => word.value)
    .join(' ');
}

function optionTables(spec: ProgramSpec): { all: string; valued: string; values: string } {
  const commands = contexts(spec);
  const all = caseTable(
    commands.map((c) => [quote(c.name), c.options.flatMap(optionWords).join(' ')] as const),
  );
  const valued = caseTable(
    commands.map(
      (c) =>
        [
          quote(c.name),
          c.options
            .filter((o) => o.value)
            .flatMap(optionWords)
            .join(' '),
        ] as const,
    ),
  );
  const values = caseTable(
    commands.flatMap((c) =>
      c.options.flatMap((o) =>
        optionWords(o).map(
          (flag) => [quote(`${c.name} ${flag}`), valuesWords(o.value ?? { kind: 'none' })] as const,
        ),
      ),
    ),
  );
  return { all, valued, values };
}

function positionalTable(spec: ProgramSpec): string {
  return caseTable(
    contexts(spec).flatMap((c) =>
      c.positionals.map(
        // A variadic argument completes at its position and every one after it.
        (argument, i) =>
          [
            argument.variadic ? `${quote(`${c.name} `)}*` : quote(`${c.name} ${i}`),
            valuesWords(argument.values),
          ] as const,
      ),
    ),
  );
}

/**
 * A bash completion function driven by tables generated from the commander definitions. It needs
 * nothing but bash; with the bash-completion package loaded it completes file names through its
 * `_filedir`, which handles quoting and `~`.
 */
export function bashScript(spec: ProgramSpec): string {
  const fn = `_${spec.name.replace(/\W/g, '_')}`;
  const tables = optionTables(spec);
  const commandNames = spec.commands.map((c) => c.name).join(' ');
  return `# bash completion for ${spec.name}(1), generated from its command definitions by
# \`${spec.name} completion bash\`. Load it in ~/.bashrc with:  source <(${spec.name} completion bash)

${fn}_commands() {
  echo ${quote(commandNames)}
}

${fn}_options() {
  case $1 in
${tables.all}
  esac
}

${fn}_value_options() {
  case $1 in
${tables.valued}
  esac
}

${fn}_option_values() {
  case "$1 $2" in
${tables.values}
  esac
}

${fn}_positional() {
  case "$1 $2" in
${positionalTable(spec)}
  esac
}

# Bundled article ids, asked of the command itself so they are always the installed ones, then
# Markdown files, saved web pages and the directories that lead to them.
${fn}_articles() {
  local IFS=$'\\n'
  COMPREPLY+=($(compgen -W "$(${spec.name} list --color never 2>/dev/null | cut -f1)" -- "$cur"))
  compopt -o filenames 2>/dev/null
  if declare -F _filedir >/dev/null; then
    _filedir '@(md|markdown|html|htm)'
  else
    COMPREPLY+=($(compgen -d -- "$cur") $(compgen -f -X '!*.md' -- "$cur") $(compgen -f -X '!*.markdown' -- "$cur") $(compgen -f -X '!*.html' -- "$cur") $(compgen -f -X '!*.htm' -- "$cur"))
  fi
}

${fn}() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]}
  local command= positional=0 word i
  COMPREPLY=()
  # bash splits "--color=auto" at the "=" (it is in COMP_WORDBREAKS): complete the value alone.
  if [[ $cur == = ]]; then
    cur=
  elif [[ $prev == = ]]; then
    prev=\${COMP_WORDS[COMP_CWORD-2]}
  fi

  # Find the command and count its arguments, stepping over options and their values. Like
  # commander, only the first word can be a command: after an option, words go to the default one.
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=\${COMP_WORDS[i]}
    if [[ \${COMP_WORDS[i+1]} == = ]]; then
      ((i += 2))
      continue
    fi
    case $word in
      -) ;;
      -*)
        [[ " $(${fn}_value_options "$command") " == *" $word "* ]] && ((i++))
        continue
        ;;
    esac
    if ((i == 1)) && [[ " $(${fn}_commands) " == *" $word "* ]]; then
      command=$word
    else
      ((positional++))
    fi
  done

  if [[ $prev == -* && " $(${fn}_value_options "$command") " == *" $prev "* ]]; then
    COMPREPLY=($(compgen -W "$(${fn}_option_values "$command" "$prev")" -- "$cur"))
    return
  fi
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$(${fn}_options "$command")" -- "$cur"))
    return
  fi
  local values
  values=$(${fn}_positional "$command" "$positional")
  ((COMP_CWORD == 1)) && values="${COMMANDS} $values"
  for word in $values; do
    case $word in
      ${ARTICLES}) ${fn}_articles ;;
      ${COMMANDS}) COMPREPLY+=($(compgen -W "$(${fn}_commands)" -- "$cur")) ;;
      *) COMPREPLY+=($(compgen -W "$word" -- "$cur")) ;;
    esac
  done
}

complete -F ${fn} ${spec.name}
`;
}
