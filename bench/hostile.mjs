#!/usr/bin/env node
// Adversarial inputs at 1 MB and 10 MB through every command of the built CLI, to show that time
// grows linearly with the input (a 10 MB / 1 MB ratio near 10) and memory stays bounded.
// Not a test: timings depend on the machine. Run `npm run build` first, then:
//
//   node bench/hostile.mjs                       # every input class and command
//   node bench/hostile.mjs guillemets stars      # only these classes
//   node bench/hostile.mjs --sizes 1,4 --commands read,summary --timeout 60 --repeat 1
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = path.join(ROOT, 'bin/article.js');
const MB = 1024 * 1024;

/** Repeats `unit` until the text reaches `bytes` (UTF-8), after a title line. */
function fill(unit, bytes, { title = true, separator = '' } = {}) {
  const head = title ? '# Hostile input\n\n' : '';
  const unitBytes = Buffer.byteLength(unit + separator);
  const count = Math.max(1, Math.floor((bytes - head.length) / unitBytes));
  return `${head}${`${unit}${separator}`.repeat(count)}\n`;
}

const PROSE =
  '« Nous avons signé un accord », a déclaré le ministre selon le quotidien Le Monde (AFP). ' +
  'The agency said “it would **review** the _data_” on 13 December 2023, according to Reuters. ';

/** Each class of hostile input the issue names, as a function of the wanted size in bytes. */
const CLASSES = {
  prose: (n) => fill(PROSE, n, { separator: '\n\n' }),
  guillemets: (n) => fill('« a ', n),
  'curly-quotes': (n) => fill('“ a ', n),
  stars: (n) => fill('**a ', n),
  underscores: (n) => fill('_a ', n),
  'nested-quotes': (n) => fill(`${'>'.repeat(10_000)} deep`, n, { separator: '\n\n' }),
  'nested-lists': (n) => fill(`${'- '.repeat(10_000)}deep`, n, { separator: '\n\n' }),
  'indented-lists': (n) =>
    fill(Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'), n, {
      separator: '\n\n',
    }),
  'single-line': (n) => fill('word ', n),
  'one-char-a': (n) => fill('a', n, { title: false }),
  'one-char-e-acute': (n) => fill('é', n, { title: false }),
  'one-char-star': (n) => fill('*', n, { title: false }),
  'one-char-guillemet': (n) => fill('«', n, { title: false }),
  'one-char-backtick': (n) => fill('`', n, { title: false }),
  'one-char-bracket': (n) => fill('[', n, { title: false }),
  'one-char-lt': (n) => fill('<', n, { title: false }),
  'one-char-gt': (n) => fill('>', n, { title: false }),
  'one-char-space': (n) => `# Spaces\n\n${' '.repeat(n)}x\n`,
  'one-char-newline': (n) => `# Newlines\n\n${'\n'.repeat(n)}x\n`,
  'one-char-backslash': (n) => fill('\\', n, { title: false }),
  'one-char-ampersand': (n) => fill('&', n, { title: false }),
  'one-char-pipe': (n) => fill('|', n, { title: false }),
  links: (n) => fill('[a](http://example.com/a) ', n),
  'unclosed-links': (n) => fill('[a](', n),
  entities: (n) => fill('&#27;[2J &amp; ', n),
  escapes: (n) => fill('\u001b]52;c;QUFB\u0007\u001b[2J\u009b', n),
  'html-unclosed-lt': (n) => `# HTML\n\n<div>\n${'<'.repeat(n)}\n`,
  'bold-decoration': (n) => `# T\n\nTexte.\n\n**a ${'- '.repeat(n / 2)}x**\n`,
  'blank-lines': (n) => `# Blank\n\n${'   \n'.repeat(n / 4)}x\n`,
  'indented-code': (n) => fill('    code line\n', n),
  'long-autolink': (n) => fill('www.a.', n),
  'long-link-text': (n) => `# T\n\n[${'texte '.repeat(n / 6)}](https://example.org/a)\n`,
};

const COMMANDS = {
  read: ['read', '--no-pager'],
  'read --width 80 (colour)': ['read', '--no-pager', '--width', '80', '--color', 'always'],
  summary: ['summary'],
  'summary --sentences 2': ['summary', '--sentences', '2'],
  quotes: ['quotes'],
  'quotes --json': ['quotes', '--json'],
  'source --json': ['source', '--json'],
  info: ['info'],
  'info --json': ['info', '--json'],
};

function options(argv) {
  const picked = {
    classes: [],
    sizes: [1, 10],
    commands: Object.keys(COMMANDS),
    timeout: 120,
    repeat: 3,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--sizes') picked.sizes = argv[++i].split(',').map(Number);
    else if (arg === '--commands')
      picked.commands = argv[++i]
        .split(',')
        .flatMap((c) => Object.keys(COMMANDS).filter((k) => k.startsWith(c)));
    else if (arg === '--timeout') picked.timeout = Number(argv[++i]);
    else if (arg === '--repeat') picked.repeat = Number(argv[++i]);
    else picked.classes.push(arg);
  }
  if (picked.classes.length === 0) picked.classes = Object.keys(CLASSES);
  return picked;
}

/** Runs one command; its peak memory is reported by a preloaded probe on file descriptor 3. */
function measure(args, file, probe, timeoutSeconds) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', probe, BIN, ...args, file], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: timeoutSeconds * 1000,
    maxBuffer: 16 * MB,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rssKb = Number(result.output?.[3] ?? 0);
  const problem = result.error
    ? 'timeout'
    : result.status === null
      ? `killed by ${result.signal}`
      : null;
  const stderr = (result.stderr ?? '').trim().split('\n')[0] ?? '';
  return { seconds, rssMb: rssKb / 1024, status: result.status, problem, stderr };
}

function fastest(runs) {
  return runs.reduce((best, run) => (run.problem || run.seconds >= best.seconds ? best : run));
}

function cell(run) {
  if (run.problem) return run.problem.padStart(8);
  return `${run.seconds.toFixed(2).padStart(6)} s`;
}

function main() {
  if (!existsSync(path.join(ROOT, 'dist'))) {
    console.error('hostile.mjs: build first (npm run build)');
    process.exit(1);
  }
  const picked = options(process.argv.slice(2));
  const dir = mkdtempSync(path.join(tmpdir(), 'article-hostile-'));
  const probe = path.join(dir, 'probe.cjs');
  writeFileSync(
    probe,
    "process.on('exit', () => { try { require('fs').writeSync(3, String(process.resourceUsage().maxRSS)); } catch {} });\n",
  );
  const [small, large] = [Math.min(...picked.sizes), Math.max(...picked.sizes)];
  console.log(
    `class               command                    ${`${small} MB`.padStart(8)} ${`${large} MB`.padStart(8)}  ratio  peak RSS  exit`,
  );
  let worst = 0;
  try {
    for (const name of picked.classes) {
      const make = CLASSES[name];
      if (!make)
        throw new Error(`unknown class ${name}; classes: ${Object.keys(CLASSES).join(', ')}`);
      const files = picked.sizes.map((size) => {
        const file = path.join(dir, `${name}-${size}mb.md`);
        writeFileSync(file, make(size * MB));
        return file;
      });
      for (const command of picked.commands) {
        // The fastest of a few runs of the small input: the machine's noise weighs most on it.
        const runs = files.map((file, i) =>
          fastest(
            Array.from({ length: i === 0 ? picked.repeat : 1 }, () =>
              measure(COMMANDS[command], file, probe, picked.timeout),
            ),
          ),
        );
        const [first, last] = [runs[0], runs.at(-1)];
        const ratio = first.problem || last.problem ? NaN : last.seconds / first.seconds;
        if (Number.isFinite(ratio)) worst = Math.max(worst, ratio);
        const flag =
          Number.isNaN(ratio) || ratio > 2 * (large / small) ? '  <-- super-linear?' : '';
        const exits = runs.map((r) => r.status ?? '-').join('/');
        const note = last.status !== 0 && last.stderr ? `  (${last.stderr.slice(0, 60)})` : '';
        console.log(
          `${name.padEnd(19)} ${command.padEnd(26)} ${cell(first)} ${cell(last)} ${(Number.isNaN(ratio) ? '-' : ratio.toFixed(1)).padStart(6)} ${last.rssMb.toFixed(0).padStart(6)} MB  ${exits}${note}${flag}`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `\nworst ${large} MB / ${small} MB ratio: ${worst.toFixed(1)} (linear is ${large / small})`,
  );
}

main();
