/**
 * Where the package's own files are. This module sits one level below the package root both as
 * tsc emits it (dist/paths.js, for the library) and inside the command's bundle (dist/cli.cjs), so
 * the same relative address finds them from a clone, a global install or npx.
 */
import { fileURLToPath } from 'node:url';

/** The bundled articles, found beside the code, never from the working directory. */
export const ARTICLES_DIR = fileURLToPath(new URL('../articles/', import.meta.url));

export const PACKAGE_JSON = fileURLToPath(new URL('../package.json', import.meta.url));
