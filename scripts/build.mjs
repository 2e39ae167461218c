#!/usr/bin/env node
// Bundles the command into one CommonJS file, dist/cli.cjs, run by bin/article.js, and the library
// into one ES module, dist/index.js, whose types tsc writes beside it (this runs after tsc). Every
// library the code uses is inside them, with its licence in dist/THIRD-PARTY-LICENSES.md: the
// package has no runtime dependencies, so `npx article-reader` installs one package.
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
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
// by a stand-in with the same exports that throws if it is ever called, so none of them (nor
// highlight.js, yargs and parse5 under them) is bundled or installed.
//
// In the web page converter's bundle, the same for two packages its libraries load at their top
// and the converter never calls: turndown's parser of HTML strings (domino: turndown is given
// linkedom's nodes) and linkedom's CSS parser (cssomnom, for `style.sheet`, which nothing reads).
// Bundled, they were half of that bundle and a third of its start.
const NEVER_CALLED = {
  'cli-highlight': { importer: 'marked-terminal', exports: ['highlight'] },
  'cli-table3': { importer: 'marked-terminal', exports: ['default'] },
  'node-emoji': { importer: 'marked-terminal', exports: ['get'] },
  '@mixmark-io/domino': { importer: 'turndown', exports: ['createDocument'] },
  'cssomnom/parse': { importer: 'linkedom', exports: ['parse'] },
};

// Built into small bundles of their own, required on the first call of the one function the code
// uses: string-width, which our wrapper uses only to measure text at a width (commands in a pipe
// never wrap), builds Unicode tables and an Intl.Segmenter at its top; entities decodes the tables
// of every HTML character reference when it loads, and only text holding a `&` needs them.
const ON_FIRST_CALL = {
  'string-width': { file: './string-width.cjs', name: 'default' },
  'entities/decode': { file: './entities.cjs', name: 'decodeHTMLStrict' },
};

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
    const neverCalled = new RegExp(`^(${Object.keys(NEVER_CALLED).join('|')})$`);
    build.onResolve({ filter: neverCalled }, (args) =>
      args.importer.includes(`${path.sep}${NEVER_CALLED[args.path].importer}${path.sep}`)
        ? { path: args.path, namespace: 'never-called' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'never-called' }, (args) => ({
      loader: 'js',
      contents: NEVER_CALLED[args.path].exports
        .map(
          (name) =>
            `export ${name === 'default' ? 'default function' : `function ${name}`}() { throw new Error(${JSON.stringify(`${args.path} is not bundled: the reader never calls it`)}); }`,
        )
        .join('\n'),
    }));

    const onFirstCall = new RegExp(`^(${Object.keys(ON_FIRST_CALL).join('|')})$`);
    build.onResolve({ filter: onFirstCall }, (args) =>
      args.importer.startsWith(src) ? { path: args.path, namespace: 'on-first-call' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'on-first-call' }, (args) => ({
      loader: 'js',
      resolveDir: root,
      contents: `let loaded;
export ${ON_FIRST_CALL[args.path].name === 'default' ? 'default function' : `function ${ON_FIRST_CALL[args.path].name}`}(...args) {
  loaded ??= require(${JSON.stringify(ON_FIRST_CALL[args.path].file)}).${ON_FIRST_CALL[args.path].name};
  return loaded(...args);
}`,
    }));
    build.onResolve({ filter: /.*/, namespace: 'on-first-call' }, (args) => ({
      path: args.path,
      external: true,
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
  metafile: true,
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
    Buffer.concat([
      Buffer.from(`${key} node ${process.version}\n`, 'latin1'),
      script.createCachedData(),
    ]),
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

/**
 * The third-party code inside the bundles, each package once with its licence text, from
 * esbuild's list of the files it read.
 */
function thirdPartyLicenses(metafiles) {
  const packages = new Map();
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      const at = input.lastIndexOf('node_modules/');
      if (at < 0) continue;
      const rest = input.slice(at + 'node_modules/'.length).split('/');
      const name = rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
      const dir = path.join(root, input.slice(0, at), 'node_modules', name);
      if (!packages.has(name)) packages.set(name, dir);
    }
  }
  const sections = [...packages.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, dir]) => {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
      const file = readdirSync(dir).find((f) => /^(?:licen[cs]e|copying)/i.test(f));
      const text = file ? readFileSync(path.join(dir, file), 'utf8').trim() : '';
      return `## ${name} ${manifest.version} (${manifest.license ?? 'see its licence'})\n\n\`\`\`text\n${text}\n\`\`\`\n`;
    });
  return `# Third-party code in this package\n\nThe command and the library are bundled with the code of these packages, under their own licences.\n\n${sections.join('\n')}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv[2] === '--code-cache') {
    await writeCodeCache(process.argv[3]);
  } else {
    const dist = path.join(root, 'dist');
    const outfile = path.join(dist, 'cli.cjs');
    const builds = [
      build({
        ...bundleOptions,
        plugins: [...bundleOptions.plugins, separateHtml],
        entryPoints: [path.join(src, 'cli', 'main.ts')],
        outfile,
      }),
      build({
        ...bundleOptions,
        entryPoints: [path.join(src, 'input', 'html', 'convert.ts')],
        outfile: path.join(dist, HTML_BUNDLE),
      }),
      ...Object.entries(ON_FIRST_CALL).map(([name, { file }]) =>
        build({
          ...bundleOptions,
          entryPoints: [fileURLToPath(import.meta.resolve(name))],
          outfile: path.join(dist, file),
        }),
      ),
      // The library: an ES module, which finds the files beside it by its own import.meta.url,
      // and the web page converter by a require of the bundle above.
      build({
        ...bundleOptions,
        format: 'esm',
        define: {},
        banner: {
          js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
        },
        plugins: [...bundleOptions.plugins, separateHtml],
        entryPoints: [path.join(src, 'index.ts')],
        outfile: path.join(dist, 'index.js'),
        minify: false,
      }),
    ];
    const results = await Promise.all(builds.map((made) => made));
    writeFileSync(
      path.join(dist, 'THIRD-PARTY-LICENSES.md'),
      thirdPartyLicenses(results.map((result) => result.metafile)),
    );
    writeCodeCacheAsCommandRuns(signBundle(outfile));
  }
}
