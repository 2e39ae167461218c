/**
 * Commander's error messages in the command's own words: one line, `article: <what>: <problem>`,
 * the suggestion inside it, pointing to the help of the command where the error was made.
 * Commander hands over only its text, so its few shapes are recognised here; an unknown shape is
 * passed on as it is, still on one line.
 */
import type { Command, Option } from 'commander';
import { NAME, showControls } from './messages.js';

/** `--sentences` from `-s, --sentences <n>`: the name users know an option by. */
function optionName(flags: string): string {
  return /--[\w-]+/.exec(flags)?.[0] ?? flags.split(/[ ,]/)[0] ?? flags;
}

/** `a, b or c`. */
function either(choices: readonly string[]): string {
  return choices.length > 1
    ? `${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}`
    : (choices[0] ?? '');
}

/** What an option's parser said, as the end of a sentence about the value. */
function problemOf(reason: string): string {
  const choices = /Allowed choices are (.*)\.$/.exec(reason);
  if (choices?.[1]) return `not ${either(choices[1].split(', '))}`;
  return reason.replace(/^expected /, 'not ').replace(/\.$/, '');
}

function optionsOf(command: Command): readonly Option[] {
  return command.options;
}

/** `-v` for `-V`, among the options of the command it was given to: commander suggests long ones only. */
function shortHint(flag: string, command: Command, program: Command): string | null {
  if (!/^-\w$/.test(flag)) return null;
  for (const owner of command === program ? [program] : [command]) {
    const other = optionsOf(owner).find(
      (o) => o.short && o.short.toLowerCase() === flag.toLowerCase(),
    );
    if (other?.short) return other.short;
  }
  return null;
}

/** The commands that take an option this one does not: `--json` belongs to `summary`, … */
function ownersOf(flag: string, program: Command): string[] {
  return program.commands
    .filter((c) => optionsOf(c).some((o) => o.long === flag || o.short === flag))
    .map((c) => c.name());
}

function unknownOption(
  flag: string,
  suggested: string | undefined,
  command: Command,
  program: Command,
): string {
  const hint = suggested ?? shortHint(flag, command, program);
  if (hint) return `${flag}: unknown option; did you mean ${hint}?`;
  const owners = ownersOf(flag, program).filter((name) => name !== command.name());
  if (owners.length > 0) {
    return `${flag}: not an option here; it belongs to ${either(owners)} (article ${owners[0]} ${flag})`;
  }
  return `${flag}: unknown option`;
}

/** Commander's message about `command` as ours, without the program's name or the help pointer. */
export function usageProblem(text: string, command: Command, program: Command): string {
  const message = text.replace(/^error: /, '').trim();
  const option = /^unknown option '([^']*)'(?:\s*\(Did you mean ([^)]*)\?\))?/s.exec(message);
  if (option?.[1]) return unknownOption(option[1], option[2], command, program);
  const value = /^option '([^']*)' argument '(.*)' is invalid\. (.*)$/s.exec(message);
  if (value?.[1] && value[3] !== undefined) {
    return `${optionName(value[1])}: '${value[2]}' is ${problemOf(value[3])}`;
  }
  const choice = /^command-argument value '(.*)' is invalid for argument '([^']*)'\. (.*)$/s.exec(
    message,
  );
  if (choice?.[2] && choice[3] !== undefined) {
    return `${choice[2]}: '${choice[1]}' is ${problemOf(choice[3])}`;
  }
  const many =
    /^too many arguments(?: for '[^']*')?\. Expected (\d+) arguments? but got (\d+)\./.exec(
      message,
    );
  if (many) return `too many arguments: it takes at most ${many[1]}, got ${many[2]}`;
  const missing = /^missing required argument '([^']*)'/.exec(message);
  if (missing?.[1]) return `${missing[1]}: missing`;
  const optionValue = /^option '([^']*)' argument missing/.exec(message);
  if (optionValue?.[1]) return `${optionName(optionValue[1])}: needs a value`;
  return message.replace(/\s*\n\s*/g, ' ');
}

/**
 * The whole line, the command named before what its problem is about:
 * `article: summary --sentences: '0' is not a whole number from 1 up (see 'article summary --help')`.
 */
export function usageLine(text: string, command: Command, program: Command): string {
  const sub = command === program ? '' : command.name();
  const problem = usageProblem(text, command, program);
  const line = sub ? `${sub}${/^-/.test(problem) ? ' ' : ': '}${problem}` : problem;
  const help = sub ? `${NAME} ${sub} --help` : `${NAME} --help`;
  return `${NAME}: ${showControls(line)} (see '${help}')\n`;
}
