// The least any command that parses with marked can cost: marked alone, bundled and started the
// way bin/article.js starts the command (one CommonJS file, V8's code cache beside it). The bench
// times it next to `node -e 0`, so that a start-up target can be compared with what marked itself
// takes on this Node before anything of ours runs.
//
//   node bench/floor.mjs DIR       # builds DIR/floor.cjs, its runner DIR/run.cjs and code cache
//   node DIR/run.cjs load          # evaluates marked (its rules are built when it loads)
//   node DIR/run.cjs lex FILE      # and lexes FILE once
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

const ENTRY = `const { Marked } = require('marked');
const { readFileSync } = require('node:fs');
exports.lex = (file) => new Marked().lexer(readFileSync(file, 'utf8')).length;`;

// As bin/article.js loads dist/cli.cjs; with no cache yet, it runs both steps and writes one.
const RUNNER = `'use strict';
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const { Script } = require('node:vm');
const BUNDLE = path.join(__dirname, 'floor.cjs');
const CACHE = BUNDLE + '.cache';
const warming = !existsSync(CACHE);
const source = readFileSync(BUNDLE, 'utf8');
const script = new Script('(function (exports, require, module, __filename, __dirname) {' + source + '\\n})', {
  filename: BUNDLE,
  cachedData: warming ? undefined : readFileSync(CACHE),
});
const module_ = { exports: {} };
script.runInThisContext().call(module_.exports, module_.exports, createRequire(BUNDLE), module_, BUNDLE, __dirname);
if (process.argv[2] === 'lex' || warming) module_.exports.lex(process.argv[3]);
if (warming) writeFileSync(CACHE, script.createCachedData());
`;

/** Builds the floor in dir, warmed up on a file; returns the path of its runner. */
export async function buildFloor(dir, warmUpFile) {
  const entry = path.join(dir, 'entry.cjs');
  writeFileSync(entry, ENTRY);
  await build({
    entryPoints: [entry],
    outfile: path.join(dir, 'floor.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    nodePaths: [path.join(root, 'node_modules')],
    logLevel: 'warning',
  });
  const runner = path.join(dir, 'run.cjs');
  writeFileSync(runner, RUNNER);
  // V8 takes a cache only under the flags it was made with: none, as the bench runs the floor.
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const warm = spawnSync(process.execPath, [runner, 'lex', warmUpFile], { env, stdio: 'inherit' });
  if (warm.status !== 0) throw new Error('the marked floor did not run');
  return runner;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = path.resolve(process.argv[2] ?? '.');
  await buildFloor(dir, path.join(root, 'articles', 'frontex-maroc.md'));
  console.log(`built ${path.join(dir, 'run.cjs')}`);
}
