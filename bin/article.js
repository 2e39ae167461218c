#!/usr/bin/env node
// The command: runs dist/cli.cjs, the bundle scripts/build.mjs makes. CommonJS (see package.json
// here), which Node 20 starts faster than an ES module.
'use strict';
const { readFileSync, writeSync } = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const { Script } = require('node:vm');

const BUNDLE = path.join(__dirname, '..', 'dist', 'cli.cjs');
const CACHE = `${BUNDLE}.cache`;

/**
 * V8's code cache for the bundle, written by the build, or undefined. Node 20 has no
 * module.enableCompileCache, and compiling the 500 KB bundle is a tenth of a short command's time.
 * The cache belongs to one bundle: its first line is the key the build put on the bundle's first
 * line (a hash of the bundle). V8 then checks its own version and flags, and compiles from source
 * whenever anything differs, so a stale or foreign cache only costs the time it saves.
 */
function codeCache(source) {
  let cache;
  try {
    cache = readFileSync(CACHE);
  } catch {
    return undefined;
  }
  const end = cache.indexOf(10);
  const key = source.slice(0, source.indexOf('\n'));
  return end > 0 && cache.toString('latin1', 0, end) === key ? cache.subarray(end + 1) : undefined;
}

/**
 * Compiles and runs the bundle as Node runs a CommonJS module (the same five arguments), with the
 * code cache unless told `{ cache: false }`. Returns the compiled script and the bundle's exports.
 */
function loadBundle({ cache = true } = {}) {
  const source = readFileSync(BUNDLE, 'utf8');
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    { filename: BUNDLE, cachedData: cache ? codeCache(source) : undefined },
  );
  const module = { exports: {} };
  script
    .runInThisContext()
    .call(
      module.exports,
      module.exports,
      createRequire(BUNDLE),
      module,
      BUNDLE,
      path.dirname(BUNDLE),
    );
  return { script, exports: module.exports };
}

module.exports = { BUNDLE, CACHE, loadBundle };

/**
 * `article --version` alone, answered without the bundle: loading it would take longer than the
 * answer, one line of package.json, and scripts ask it to check what is installed. Written to the
 * descriptor, as creating process.stdout costs more than the rest. The bundle's own --version
 * (commander's) prints the same, as test/bundle.test.ts checks.
 */
function printVersion() {
  try {
    writeSync(1, `${require('../package.json').version}\n`);
  } catch (error) {
    // As output.ts does: a reader that has gone away is no error.
    if (error.code !== 'EPIPE') throw error;
  }
}

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    printVersion();
  } else {
    loadBundle()
      .exports.main(args, process)
      .then((status) => {
        process.exitCode = status;
      });
  }
}
