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
// The build then runs the bundle once in this process on every command (output thrown away) and
// saves V8's code cache of it, dist/cli.cjs.cache, which bin/article.js hands to V8: Node 20
// cannot cache compiled code by itself. It is compiled code, never output.
//
// Nothing about the machine is decided here: colour, terminal and width are detected when the
// command runs, by the same code as before.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = path.join(root, 'src') + path.sep;

// marked-terminal imports these at its top, but the reader only ever asks it for inline text:
// code blocks (cli-highlight, with all 190 languages of highlight.js), tables (cli-table3) and
// emoji (node-emoji; `emoji: false` is always set) are drawn elsewhere or never. Each is replaced
// by a stand-in with the same exports that requires the real package, from the importer's own
// node_modules, the first time it is called; until then it costs nothing.
//
// In the web page converter's bundle, the same for two packages its libraries load at their top
// and the converter never calls: turndown's parser of HTML strings (domino: turndown is given
// linkedom's nodes) and linkedom's CSS parser (cssomnom, for `style.sheet`, which nothing reads).
// Bundled, they were half of that bundle and a third of its start.
const ON_FIRST_USE = {
  'cli-highlight': {
    importer: 'marked-terminal',
    exports: 'export function highlight(code, options) { return real().highlight(code, options); }',
  },
  'cli-table3': {
    importer: 'marked-terminal',
    exports: 'export default function Table(options) { return new (real())(options); }',
  },
  'node-emoji': {
    importer: 'marked-terminal',
    exports: 'export function get(name) { return real().get(name); }',
  },
  '@mixmark-io/domino': {
    importer: 'turndown',
    exports: 'export function createDocument(html) { return real().createDocument(html); }',
  },
  'cssomnom/parse': {
    importer: 'linkedom',
    exports: 'export function parse(css) { return real().parse(css); }',
  },
};

// Our wrapper uses it only to measure text at a width; commands in a pipe never wrap.
// Its top level builds Unicode tables and an Intl.Segmenter, so its evaluation waits for the
// first call. Only its default export (a function) is used.
const ON_FIRST_CALL = ['string-width'];

// Node built-ins that take milliseconds to load, required when one of their functions is first
// called: commander loads child_process for executable subcommands (this command has none) and
// output.ts for the pager. Importing any other name from them fails the build (no matching export).
const LATE_BUILTINS = {
  child_process: ['spawn'],
};

/** The stand-ins above, as an esbuild plugin (exported for test/bundle.test.ts). */
export const deferred = {
  name: 'deferred',
  setup(build) {
    const onFirstUse = new RegExp(`^(${Object.keys(ON_FIRST_USE).join('|')})$`);
    build.onResolve({ filter: onFirstUse }, (args) =>
      args.importer.includes(`${path.sep}${ON_FIRST_USE[args.path].importer}${path.sep}`)
        ? { path: args.path, namespace: 'on-first-use' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'on-first-use' }, (args) => ({
      loader: 'js',
      contents: `import { createRequire } from 'node:module';
let loaded;
function real() {
  loaded ??= createRequire(createRequire(__filename).resolve(${JSON.stringify(ON_FIRST_USE[args.path].importer)}))(${JSON.stringify(args.path)});
  return loaded;
}
${ON_FIRST_USE[args.path].exports}`,
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

    const lateBuiltin = new RegExp(`^(node:)?(${Object.keys(LATE_BUILTINS).join('|')})$`);
    // Only for the importers named above: another package could require another function.
    const lateImporter = (file) =>
      file.startsWith(src) ||
      file.includes(`${path.sep}node_modules${path.sep}commander${path.sep}`);
    build.onResolve({ filter: lateBuiltin }, (args) =>
      lateImporter(args.importer)
        ? { path: args.path.replace(/^node:/, ''), namespace: 'late-builtin' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'late-builtin' }, (args) => ({
      loader: 'js',
      contents: LATE_BUILTINS[args.path]
        .map(
          (name) =>
            `export function ${name}(...args) { return require('node:${args.path}').${name}(...args); }`,
        )
        .join('\n'),
    }));
  },
};

// The web page converter (src/input/html/convert.ts) with Readability, linkedom and turndown: built
// into a bundle of its own, dist/html.cjs, which the command requires the first time an input is
// HTML. Bundled with the rest, their code would be read and compiled on every start, for Markdown
// too. The import of convert.js is resolved to a stand-in that requires the file beside the bundle
// (a `require`, not an `import()`: the bundle runs as a vm.Script, which has no ES module loader).
const HTML_BUNDLE = './html.cjs';

/** The separate bundle above, as an esbuild plugin for the command's bundle. */
export const separateHtml = {
  name: 'separate-html',
  setup(build) {
    build.onResolve({ filter: /[\\/]html[\\/]convert\.js$/ }, (args) =>
      args.importer.startsWith(src) ? { path: HTML_BUNDLE, namespace: 'separate-html' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'separate-html' }, () => ({
      loader: 'js',
      contents: `module.exports = require(${JSON.stringify(HTML_BUNDLE)});`,
    }));
    build.onResolve({ filter: /.*/, namespace: 'separate-html' }, (args) => ({
      path: args.path,
      external: true,
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
  // esbuild rewrites every \p{…} literal as `new RegExp(…)` for Node targets (its table allows
  // for properties added in later Unicode versions), which builds a RegExp on each call of the
  // extractors' per-word tests: 5% of `quotes` and `source` on a 1 MB article. Node 20 knows
  // every property the code uses, as the tests run from this bundle show.
  supported: { 'regexp-unicode-property-escapes': true },
  plugins: [deferred],
  // The articles and package.json are found next to the module, as the unbundled code does.
  define: { 'import.meta.url': '__moduleUrl' },
  banner: { js: "var __moduleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // Half the bytes to read, keep in memory and cache (1 to 2 MB less at run time); errors are
  // reported by message, never by stack, so names are not needed.
  minify: true,
  logLevel: 'warning',
};

// What the build runs to fill the code cache: every command, in a pipe and on a terminal.
const WARM_UP = [
  ['read'],
  ['read', '--color', 'always'],
  ['summary'],
  ['summary', '--sentences', '1'],
  ['quotes'],
  ['quotes', '--json'],
  ['source'],
  ['info'],
  ['info', 'date'],
  ['list'],
  ['--help'],
  ['--version'],
];

function discard(terminal) {
  const stream = new Writable({ write: (_chunk, _encoding, done) => done() });
  return Object.assign(stream, terminal ? { isTTY: true, columns: 80 } : {});
}

/** Puts the key of the bundle's content on its first line, for bin/article.js to match caches. */
function signBundle(file) {
  const text = readFileSync(file, 'utf8');
  const key = `// build ${createHash('sha256').update(text).digest('hex')}`;
  writeFileSync(file, `${key}\n${text}`);
  return key;
}

async function writeCodeCache(key) {
  const { loadBundle, CACHE } = createRequire(import.meta.url)('../bin/article.js');
  rmSync(CACHE, { force: true });
  const { script, exports } = loadBundle({ cache: false });
  for (const args of WARM_UP) {
    for (const terminal of [false, true]) {
      const io = {
        stdin: Readable.from([]),
        stdout: discard(terminal),
        stderr: discard(false),
        env: { TERM: 'xterm-256color' },
      };
      const status = await exports.main(args, io);
      if (status !== 0) throw new Error(`article ${args.join(' ')} failed (${status})`);
    }
  }
  writeFileSync(
    CACHE,
    Buffer.concat([Buffer.from(`${key}\n`, 'latin1'), script.createCachedData()]),
  );
}

/**
 * The cache is made in a child `node` with no NODE_OPTIONS, as the command is usually started: V8
 * refuses a cache made under other flags.
 */
function writeCodeCacheAsCommandRuns(key) {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--code-cache', key], {
    env,
    stdio: 'inherit',
  });
  if (child.status !== 0) throw new Error('making the code cache failed');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv[2] === '--code-cache') {
    await writeCodeCache(process.argv[3]);
  } else {
    const outfile = path.join(root, 'dist', 'cli.cjs');
    await build({
      ...bundleOptions,
      plugins: [...bundleOptions.plugins, separateHtml],
      entryPoints: [path.join(src, 'cli', 'main.ts')],
      outfile,
    });
    await build({
      ...bundleOptions,
      entryPoints: [path.join(src, 'input', 'html', 'convert.ts')],
      outfile: path.join(root, 'dist', HTML_BUNDLE),
    });
    writeCodeCacheAsCommandRuns(signBundle(outfile));
  }
}
