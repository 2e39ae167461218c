import type { Argument, Command, Option } from 'commander';
import { INFO_FIELDS } from '../../extract/fields.js';

export interface Word {
  readonly value: string;
  readonly description: string;
}

/** What can be offered for one word of the command line. */
export type Values =
  | { readonly kind: 'words'; readonly words: readonly Word[] }
  /** Bundled article ids (asked of `article list` at completion time), Markdown and HTML files. */
  | { readonly kind: 'articles' }
  | { readonly kind: 'commands' }
  /** Free text such as a number or a name: nothing to offer, and no file names either. */
  | { readonly kind: 'none' };

export interface OptionSpec {
  readonly short: string | null;
  readonly long: string | null;
  readonly description: string;
  /** What its value completes to, or null for a flag that takes no value. */
  readonly value: Values | null;
  /** The value's name in the usage (`<columns>` gives `columns`), for shells that show it. */
  readonly valueName: string;
}

export interface ArgumentSpec {
  readonly name: string;
  readonly values: Values;
  /** It takes every word from its position on (`[article...]`). */
  readonly variadic: boolean;
}

export interface CommandSpec {
  readonly name: string;
  readonly description: string;
  readonly options: readonly OptionSpec[];
  readonly positionals: readonly ArgumentSpec[];
}

export interface ProgramSpec {
  readonly name: string;
  readonly commands: readonly CommandSpec[];
  /**
   * Named '': the words allowed before any command: the program's own options, and (since commander hands
   * a line without a command to the default command) the default command's options and arguments.
   */
  readonly top: CommandSpec;
}

const NONE: Values = { kind: 'none' };

function words(values: readonly string[]): Values {
  return { kind: 'words', words: values.map((value) => ({ value, description: '' })) };
}

/**
 * Arguments are recognised by the name the command line gives them: `[article]` and `[field]`
 * mean the same wherever they appear, so every command that takes an article completes alike.
 */
const ARGUMENT_VALUES: Readonly<Record<string, Values>> = {
  article: { kind: 'articles' },
  field: words(INFO_FIELDS),
  command: { kind: 'commands' },
};

function argumentSpec(argument: Argument): ArgumentSpec {
  const name = argument.name();
  const values = argument.argChoices ? words(argument.argChoices) : (ARGUMENT_VALUES[name] ?? NONE);
  return { name, values, variadic: argument.variadic };
}

function optionSpec(option: Option): OptionSpec {
  const takesValue = option.required || option.optional;
  return {
    short: option.short ?? null,
    long: option.long ?? null,
    description: option.description,
    value: !takesValue ? null : option.argChoices ? words(option.argChoices) : NONE,
    valueName: /[<[]([^>\]]*)[>\]]/.exec(option.flags)?.[1] ?? 'value',
  };
}

function commandSpec(command: Command): CommandSpec {
  return {
    name: command.name(),
    description: command.description(),
    options: command.createHelp().visibleOptions(command).map(optionSpec),
    positionals: command.registeredArguments.map(argumentSpec),
  };
}

/** The same option declared twice (`-h, --help` on the program and on a command) is kept once. */
function distinctOptions(options: readonly OptionSpec[]): OptionSpec[] {
  const seen = new Set<string>();
  return options.filter((option) => {
    const key = `${option.short} ${option.long}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Commander keeps the default command's name to itself; it is read here rather than repeated, so
 * the completion follows whichever command cli.ts marks as the default.
 */
function defaultCommandName(program: Command): string | null {
  return (
    (program as unknown as { _defaultCommandName?: string | null })._defaultCommandName ?? null
  );
}

/** Everything the completion scripts need, read from the commander definitions. */
export function programSpec(program: Command): ProgramSpec {
  const commands = program.createHelp().visibleCommands(program).map(commandSpec);
  const root = commandSpec(program);
  const fallback = commands.find((command) => command.name === defaultCommandName(program));
  return {
    name: program.name(),
    commands,
    top: {
      ...root,
      name: '',
      options: distinctOptions([...root.options, ...(fallback?.options ?? [])]),
      positionals: fallback?.positionals ?? [],
    },
  };
}

/** The option words a command accepts: `-w`, `--width`, … */
export function optionWords(option: OptionSpec): string[] {
  return [option.short, option.long].filter((flag): flag is string => flag !== null);
}

/**
 * Every word that goes into a script unquoted (names, flags, choices) must be a plain word; the
 * generators quote descriptions, which are free text.
 */
export function assertPlainWords(spec: ProgramSpec): void {
  const plain = /^[A-Za-z0-9][A-Za-z0-9_.-]*$|^--?[A-Za-z0-9][A-Za-z0-9-]*$/;
  const all = [spec.top, ...spec.commands].flatMap((command) => [
    command.name || 'top',
    ...command.options.flatMap((option) => [
      ...optionWords(option),
      ...valueWords(option.value).map((word) => word.value),
    ]),
    ...command.positionals.flatMap((argument) =>
      valueWords(argument.values).map((word) => word.value),
    ),
  ]);
  const bad = all.find((word) => !plain.test(word));
  if (bad !== undefined) throw new Error(`cannot put '${bad}' in a completion script`);
}

export function valueWords(values: Values | null): readonly Word[] {
  return values?.kind === 'words' ? values.words : [];
}
