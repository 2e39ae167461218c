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
 * V8's code cache for the bundle, or undefined. Node 20 has no module.enableCompileCache, and
 * compiling the 500 KB bundle is a tenth of a short command's time. A cache belongs to one bundle
 * and one Node: its first line is the key the build put on the bundle's first line (a hash of the
 * bundle) and the Node version that made it. V8 checks its own version and flags too, and compiles
 * from source whenever anything differs, so a stale or foreign cache only costs the time it saves.
 */
function codeCache(file, key) {
  let cache;
  try {
    cache = readFileSync(file);
  } catch {
    return undefined;
  }
  const end = cache.indexOf(10);
  return end > 0 && cache.toString('latin1', 0, end) === key ? cache.subarray(end + 1) : undefined;
}

/** The line that opens a cache made by this Node for `bundle`'s source. */
function cacheKey(source) {
  return `${source.slice(0, source.indexOf('\n'))} node ${process.version}`;
}

/** Where this user's caches go: the platform's cache folder, as XDG and the platforms name it. */
function userCacheDir() {
  const os = require('node:os');
  if (process.env.XDG_CACHE_HOME) return process.env.XDG_CACHE_HOME;
  if (process.platform === 'win32' && process.env.LOCALAPPDATA) return process.env.LOCALAPPDATA;
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Caches');
  return path.join(os.homedir(), '.cache');
}

/** The cache the build made when it ran this Node, else one made on an earlier run into the user's cache folder. */
function findCache(key) {
  const shipped = codeCache(CACHE, key);
  if (shipped) return { data: shipped, file: null };
  const name = `${key.replace(/^\/\/ build /, '').replace(/\W+/g, '-')}-${process.arch}.cache`;
  const file = path.join(userCacheDir(), 'article-reader', name);
  return { data: codeCache(file, key), file };
}

/**
 * Saves the cache of the code this run compiled into the user's cache folder, once the command
 * is done, for a Node other than the build's: the next run starts as fast as with the shipped
 * cache. Any failure (a read-only home, no space) only leaves things as they were.
 */
function saveUserCache(script, file, key) {
  process.once('exit', () => {
    const fs = require('node:fs');
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const data = Buffer.concat([Buffer.from(`${key}\n`, 'latin1'), script.createCachedData()]);
      // Written aside and renamed: two runs at once never leave half a cache.
      fs.writeFileSync(`${file}.${process.pid}`, data);
      fs.renameSync(`${file}.${process.pid}`, file);
    } catch {
      // Not cached this time; the command's own work is done and unaffected.
    }
  });
}

/**
 * Compiles and runs the bundle as Node runs a CommonJS module (the same five arguments), with a
 * code cache unless told `{ cache: false }`. Returns the compiled script and the bundle's exports.
 */
function loadBundle({ cache = true } = {}) {
  const source = readFileSync(BUNDLE, 'utf8');
  const key = cacheKey(source);
  const found = cache ? findCache(key) : { data: undefined, file: null };
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    { filename: BUNDLE, cachedData: found.data },
  );
  if (found.file && (found.data === undefined || script.cachedDataRejected)) {
    saveUserCache(script, found.file, key);
  }
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

module.exports = { BUNDLE, CACHE, cacheKey, loadBundle };

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
