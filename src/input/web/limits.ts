/**
 * How far fetching goes, apart from the fetching code: the command line shows the default timeout
 * in its help without loading that code.
 */
export const DEFAULT_TIMEOUT_SECONDS = 10;
export const MAX_REDIRECTS = 5;
