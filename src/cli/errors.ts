/** Exit statuses scripts can rely on; the README and `--help` document them. */
export const EXIT_OK = 0;
/** The command could not do its job: unreadable input, nothing to show. */
export const EXIT_FAILURE = 1;
/** The command line was wrong: unknown command or option, bad value. */
export const EXIT_USAGE = 2;

/** A failure the user can act on: printed as one line, never with a stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILURE,
  ) {
    super(message);
  }
}

export class UsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT_USAGE);
  }
}
