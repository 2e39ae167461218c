#!/usr/bin/env node
// Renders the manual page article(1) from its one source, man/article.1.md, to dist/article.1
// (shipped in the package and named by "man" in package.json). Runs after every build.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = path.join(root, 'man', 'article.1.md');
const target = path.join(root, 'dist', 'article.1');

const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/**
 * The page is dated with its version's release in CHANGELOG.md, so building the same version twice
 * gives the same page; an unreleased version is dated today.
 */
function releaseDate() {
  const changelog = readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8');
  const escaped = version.replace(/\./g, '\\.');
  const match = new RegExp(`^## \\[${escaped}\\] - (\\d{4}-\\d{2}-\\d{2})$`, 'm').exec(changelog);
  return match?.[1] ?? new Date().toISOString().slice(0, 10);
}

const markedMan = path.join(
  path.dirname(createRequire(import.meta.url).resolve('marked-man/package.json')),
  'bin',
  'marked-man.js',
);

// --no-breaks: the source wraps its paragraphs at 100 columns; man fills them to the terminal.
const roff = execFileSync(
  process.execPath,
  [markedMan, '--no-breaks', '--version', version, '--date', releaseDate(), source],
  { encoding: 'utf8' },
);
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, roff);
