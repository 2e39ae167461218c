#!/usr/bin/env node
// Checks the package as npm would publish it: packs the current build (without rebuilding it, so
// run `npm run build` first) into a temporary directory, then lints the tarball with publint and
// checks its types with Are the Types Wrong (ESM only: the package has no CommonJS entry).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

for (const built of ['dist/index.js', 'dist/index.d.ts', 'dist/article.1']) {
  if (!existsSync(path.join(root, built))) {
    console.error(`check-package: ${built} is missing: run npm run build first`);
    process.exit(1);
  }
}

const run = (command, args) =>
  execFileSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });

const destination = mkdtempSync(path.join(tmpdir(), 'article-reader-pack-'));
try {
  const [packed] = JSON.parse(
    run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', destination]),
  );
  const tarball = path.join(destination, packed.filename);
  process.stdout.write(run(bin('publint'), ['run', tarball, '--strict']));
  process.stdout.write(run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii']));
} catch (error) {
  if (error.stdout) process.stdout.write(error.stdout);
  process.exitCode = 1;
} finally {
  rmSync(destination, { recursive: true, force: true });
}
