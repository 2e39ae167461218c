/** The command's entry: runs the command line and turns every outcome into an exit status. */
import { type Command, CommanderError } from 'commander';
import { ArticleError } from '../errors.js';
import { type Io, ignoreBrokenPipe } from '../output/write.js';
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError } from './errors.js';
import { complain, failureMessage } from './messages.js';
import { buildProgram } from './program.js';
import { closest } from './suggest.js';

export { buildProgram } from './program.js';

function exitCodeOf(error: CommanderError): number {
  const succeeded = ['commander.helpDisplayed', 'commander.version', 'commander.help'];
  return succeeded.includes(error.code) ? EXIT_OK : EXIT_USAGE;
}

/**
 * `article help nosuch`: commander would print the whole help to stderr and succeed; it is a
 * mistyped command like any other.
 */
function rejectUnknownHelpTopic(argv: readonly string[], program: Command): void {
  const [first, topic] = argv;
  if (first !== 'help' || topic === undefined || topic.startsWith('-')) return;
  const names = program.commands.map((c) => c.name());
  if (names.includes(topic)) return;
  const hint = closest(topic, names);
  throw new UsageError(
    `help ${topic}: unknown command${hint ? `; did you mean ${hint}?` : ''} (commands: ${names.join(', ')})`,
  );
}

/** Runs the command line; resolves to the exit status instead of exiting, so tests can call it. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  ignoreBrokenPipe(io.stdout);
  try {
    const program = buildProgram(io, argv);
    rejectUnknownHelpTopic(argv, program);
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) return exitCodeOf(error);
    if (error instanceof ArticleError) {
      complain(io, failureMessage(error));
      return EXIT_FAILURE;
    }
    if (error instanceof CliError) {
      // An empty message is a status alone: `quotes --speaker` matching nothing in a pipe.
      if (error.message) complain(io, error.message);
      return error.exitCode;
    }
    complain(io, `unexpected error: ${(error as Error).message ?? String(error)}`);
    return EXIT_FAILURE;
  }
}
