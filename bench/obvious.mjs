#!/usr/bin/env node
// The obvious way to show Markdown in a terminal with marked and marked-terminal, defaults and all:
// the yardstick the issue compares `article read` with.
//
//   node bench/obvious.mjs [file.md]      # the bundled article without one
import { readFileSync } from 'node:fs';
import { marked } from 'marked';
import { markedTerminal } from 'marked-terminal';

const file = process.argv[2] ?? new URL('../articles/frontex-maroc.md', import.meta.url);
marked.use(markedTerminal());
process.stdout.write(marked.parse(readFileSync(file, 'utf8')));
