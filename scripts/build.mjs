#!/usr/bin/env node
// Bundles the command into one CommonJS file, dist/cli.cjs, run by bin/article.js. The library
// (dist/index.js and its .d.ts) stays as tsc emits it, so `import ... from 'article-reader'`
// keeps its types; this runs after tsc.
//
// Why a bundle, and why CommonJS: on Node 20, resolving, reading and linking some sixty ES modules
// was most of the command's start-up, and its ES module loader costs more than CommonJS even for
// one file (measured in bench/). esbuild keeps each module that cli.ts imports with `await
// import()` behind a lazy initialiser, so a command evaluates only what it uses.
//
// Nothing about the machine is decided here: colour, terminal and width are detected when the
// command runs, by the same code as before.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = path.join(root, 'src') + path.sep;

// marked-terminal imports these at its top, but the reader only ever asks it for inline text:
// code blocks (cli-highlight, with all 190 languages of highlight.js), tables (cli-table3) and
// emoji (node-emoji; `emoji: false` is always set) are drawn elsewhere or never. Each is replaced
// by a stand-in with the same exports that requires the real package, from marked-terminal's own
// node_modules, the first time marked-terminal calls it; until then it costs nothing.
const ON_FIRST_USE = {
  'cli-highlight':
    'export function highlight(code, options) { return real().highlight(code, options); }',
  'cli-table3': 'export default function Table(options) { return new (real())(options); }',
  'node-emoji': 'export function get(name) { return real().get(name); }',
};

// Our modules use these only to measure and wrap text at a width; commands in a pipe never wrap.
// Their top level builds Unicode tables and an Intl.Segmenter, so their evaluation waits for the
// first call. Only their default export (a function) is used.
const ON_FIRST_CALL = ['string-width', 'wrap-ansi'];

// Commander loads child_process for executable subcommands, which this command has none of, and
// output.ts for the pager: both only call spawn, which requires the module when first called.
// Importing any other name from it fails the build (esbuild: no matching export).
const CHILD_PROCESS = `export function spawn(...args) {
  return require('node:child_process').spawn(...args);
}`;

/** The stand-ins above, as an esbuild plugin (exported for test/bundle.test.ts). */
export const deferred = {
  name: 'deferred',
  setup(build) {
    const onFirstUse = new RegExp(`^(${Object.keys(ON_FIRST_USE).join('|')})$`);
    build.onResolve({ filter: onFirstUse }, (args) =>
      args.importer.includes(`${path.sep}marked-terminal${path.sep}`)
        ? { path: args.path, namespace: 'on-first-use' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'on-first-use' }, (args) => ({
      loader: 'js',
      contents: `import { createRequire } from 'node:module';
let loaded;
function real() {
  loaded ??= createRequire(createRequire(__filename).resolve('marked-terminal'))(${JSON.stringify(args.path)});
  return loaded;
}
${ON_FIRST_USE[args.path]}`,
    }));

    const onFirstCall = new RegExp(`^(${ON_FIRST_CALL.join('|')})$`);
    build.onResolve({ filter: onFirstCall }, (args) =>
      args.importer.startsWith(src) ? { path: args.path, namespace: 'on-first-call' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'on-first-call' }, (args) => ({
      loader: 'js',
      resolveDir: root,
      contents: `let loaded;
export default function (...args) {
  loaded ??= require(${JSON.stringify(args.path)}).default;
  return loaded(...args);
}`,
    }));

    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.namespace === 'child-process'
        ? undefined
        : { path: 'child_process', namespace: 'child-process' },
    );
    build.onLoad({ filter: /.*/, namespace: 'child-process' }, () => ({
      loader: 'js',
      contents: CHILD_PROCESS,
    }));
  },
};

const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/** How every bundle of ours is made: one CommonJS file for the Node versions the package supports. */
export const bundleOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: `node${pkg.engines.node.replace(/\D/g, '')}`,
  plugins: [deferred],
  // The articles and package.json are found next to the module, as the unbundled code does.
  define: { 'import.meta.url': '__moduleUrl' },
  banner: { js: "var __moduleUrl = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'none',
  logLevel: 'warning',
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await build({
    ...bundleOptions,
    entryPoints: [path.join(src, 'cli.ts')],
    outfile: path.join(root, 'dist', 'cli.cjs'),
  });
}
