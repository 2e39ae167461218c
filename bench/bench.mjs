#!/usr/bin/env node
// npm run bench: how fast `article` answers, side by side with `node -e 0` (the floor), marked
// alone started as the command starts (floor.mjs: what any command that parses costs at least), the
// obvious marked + marked-terminal script and `lowdown -Tterm`, web pages read from a server on
// 127.0.0.1 (serve.mjs), many articles in one call against a shell loop, and whether the targets
// of issues 14 and 15 hold. Start-up runs on a copy of the bundled article with one word changed:
// nothing the build may have seen or cached of the bundled article can help it.
//
//   npm run bench                        # builds, then measures (a few minutes)
//   node bench/bench.mjs --rounds 21 --large-rounds 15 --sizes 1,10 [--hyperfine]
//
// Runs are paired: every round runs each command of a group once, in an order that alternates
// between rounds, so that a shared machine getting busier or quieter affects every command alike;
// tables show median times, and ratios as the median of each round's ratio. When hyperfine is
// installed it is the clock (`hyperfine -N --runs 1` over the round's commands: its timer has no
// overhead worth speaking of, where Node's spawnSync adds milliseconds to every run and so flattens
// ratios); without it, the time around spawnSync is used. hyperfine alone is not enough: it runs
// each command's batch one after the other, comparing different moments of the machine (--hyperfine
// prints that too, as a second opinion). Output always goes to a pipe, as a script would read it.
// Peak memory is the child's maximum resident set (wait4's ru_maxrss, via `/usr/bin/time -f %M`),
// in separate runs so that timing carries no wrapper. "On a terminal" runs go through a
// pseudo-terminal (util-linux `script`) and are compared with `node -e 0` run the same way.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildFloor } from './floor.mjs';
import { generateArticle } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const BIN = path.join(root, 'bin', 'article.js');
const OBVIOUS = path.join(root, 'bench', 'obvious.mjs');
const SEED = path.join(root, 'articles', 'frontex-maroc.md');
const MB = 1_000_000;

const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '21' },
    'large-rounds': { type: 'string', default: '15' },
    'memory-runs': { type: 'string', default: '3' },
    // Many articles: how many in the timed call, and rounds of it against the shell loop.
    many: { type: 'string', default: '1000' },
    'many-rounds': { type: 'string', default: '1' },
    sizes: { type: 'string', default: '1,10' },
    // A run slower than this is reported as such and not repeated.
    timeout: { type: 'string', default: '120' },
    // Also time the start-up commands in a pipe with hyperfine, one batch after another.
    hyperfine: { type: 'boolean', default: false },
  },
});

function which(command) {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

const tools = {
  hyperfine: which('hyperfine'),
  lowdown: which('lowdown'),
  script: which('script'),
  time: existsSync('/usr/bin/time') ? '/usr/bin/time' : null,
};

/**
 * What the commands run with: no colour forced or forbidden, nothing inherited but the path, and
 * the TERM a user's shell has (it only matters on a terminal).
 */
const ENV = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  LANG: 'C.UTF-8',
  SHELL: '/bin/sh',
  TERM: 'xterm-256color',
};

const quote = (word) => `'${word.replace(/'/g, `'\\''`)}'`;

/**
 * The process to start for a workload. On a terminal, `script` gives the command a pseudo-terminal
 * of no size: colour and layout as on a terminal, the width from its default (80), and no pager.
 */
function invocation(workload, wrapper = []) {
  const argv = [...wrapper, ...workload.argv];
  if (!workload.terminal) return { file: argv[0], args: argv.slice(1) };
  return { file: tools.script, args: ['-qec', argv.map(quote).join(' '), '/dev/null'] };
}

function runOnce(workload, timeoutSeconds) {
  const { file, args } = invocation(workload);
  const start = performance.now();
  const result = spawnSync(file, args, {
    env: ENV,
    cwd: root,
    input: '',
    maxBuffer: 1 << 30,
    timeout: timeoutSeconds * 1000,
  });
  const ms = performance.now() - start;
  if (result.error?.code === 'ETIMEDOUT' || result.signal === 'SIGTERM')
    return { ms, status: 'timeout' };
  if (result.status !== 0) {
    const why = result.stderr?.toString().trim().split('\n')[0] || `exit ${result.status}`;
    return { ms, status: `failed: ${why}` };
  }
  return { ms, status: 'ok' };
}

/** Peak resident memory in MB, or null when /usr/bin/time is missing or the run failed. */
function peakMemory(workload) {
  if (!tools.time) return null;
  const report = path.join(scratch, 'rss');
  const { file, args } = invocation(workload, [tools.time, '-f', '%M', '-o', report]);
  const result = spawnSync(file, args, {
    env: ENV,
    cwd: root,
    input: '',
    maxBuffer: 1 << 30,
    timeout: Number(options.timeout) * 1000,
  });
  if (result.status !== 0) return null;
  const kilobytes = Number(readFileSync(report, 'utf8').trim().split('\n').at(-1));
  return kilobytes / 1024;
}

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** One run of each workload, in this order: their times in ms, timed by hyperfine if installed. */
function timeRound(workloads) {
  if (!tools.hyperfine) {
    return workloads.map((w) => {
      const run = runOnce(w, Number(options.timeout));
      if (run.status !== 'ok') throw new Error(`${w.label}: ${run.status}`);
      return run.ms;
    });
  }
  const report = path.join(scratch, 'round.json');
  const commands = workloads.map((w) => {
    const { file, args } = invocation(w);
    return [file, ...args].map(quote).join(' ');
  });
  const result = spawnSync(
    tools.hyperfine,
    [
      '-N',
      '--runs',
      '1',
      '--style',
      'none',
      '--output',
      'pipe',
      '--export-json',
      report,
      ...commands,
    ],
    {
      cwd: root,
      env: ENV,
      stdio: 'ignore',
      timeout: Number(options.timeout) * 1000 * workloads.length,
    },
  );
  if (result.status !== 0) throw new Error(`hyperfine failed on: ${commands.join(' ; ')}`);
  return JSON.parse(readFileSync(report, 'utf8')).results.map((r) => r.times[0] * 1000);
}

/**
 * Paired rounds over a group of workloads: fills in each one's time in every round (null where it
 * did not run), their median, and the median of its peak memory.
 */
function measure(group, rounds, { warm = true, memory = true } = {}) {
  const live = new Set();
  for (const workload of group) {
    workload.times = Array(rounds).fill(null);
    workload.status = 'ok';
    if (!warm) {
      live.add(workload);
      continue;
    }
    // The first run warms the file cache and shows whether the workload works at all.
    const first = runOnce(workload, Number(options.timeout));
    workload.status = first.status;
    if (first.status === 'ok') live.add(workload);
    else if (first.status === 'timeout') workload.status = `over ${options.timeout} s`;
  }
  for (let round = 0; round < rounds; round++) {
    const order = group.filter((w) => live.has(w));
    if (round % 2) order.reverse();
    const times = timeRound(order);
    order.forEach((workload, i) => {
      workload.times[round] = times[i];
    });
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  for (const workload of group) {
    const times = workload.times.filter((t) => t !== null);
    workload.ms = live.has(workload) && times.length > 0 ? median(times) : null;
    workload.runs = times.length;
    const peaks =
      live.has(workload) && memory
        ? Array.from({ length: Number(options['memory-runs']) }, () => peakMemory(workload))
        : [];
    workload.mb = peaks.length > 0 && peaks.every((p) => p !== null) ? median(peaks) : null;
  }
}

const article = (...args) => ({ argv: [process.execPath, BIN, ...args] });

function startupGroup(markedFloor, file) {
  const group = [
    { id: 'floor', label: 'node -e 0', argv: [process.execPath, '-e', '0'] },
    {
      id: 'marked-load',
      label: 'marked alone: loaded',
      argv: [process.execPath, markedFloor, 'load'],
    },
    {
      id: 'marked-lex',
      label: 'marked alone: loaded, lexes article',
      argv: [process.execPath, markedFloor, 'lex', file],
    },
    { id: 'summary', label: 'article summary | …', ...article('summary', file) },
    { id: 'source', label: 'article source | …', ...article('source', file) },
    { id: 'info', label: 'article info date | …', ...article('info', 'date', file) },
    { id: 'quotes', label: 'article quotes | …', ...article('quotes', file) },
    { id: 'read-pipe', label: 'article read | …', ...article('read', file) },
    { id: 'help', label: 'article --help', ...article('--help') },
    { id: 'version', label: 'article --version', ...article('--version') },
  ];
  if (tools.script) {
    group.push(
      {
        id: 'floor-tty',
        label: 'node -e 0 (terminal)',
        argv: [process.execPath, '-e', '0'],
        terminal: true,
      },
      {
        id: 'read-tty',
        label: 'article read (terminal, colour)',
        ...article('read', file),
        terminal: true,
      },
      {
        id: 'obvious-tty',
        label: 'marked + marked-terminal (terminal)',
        argv: [process.execPath, OBVIOUS],
        terminal: true,
      },
    );
  }
  return group;
}

function largeGroup(size, file) {
  const group = [
    { id: 'read', label: `article read ${size} MB | …`, ...article('read', file) },
    { id: 'summary', label: `article summary ${size} MB`, ...article('summary', file) },
    { id: 'source', label: `article source ${size} MB`, ...article('source', file) },
    { id: 'info', label: `article info date ${size} MB`, ...article('info', 'date', file) },
    { id: 'quotes', label: `article quotes ${size} MB`, ...article('quotes', file) },
  ];
  if (tools.lowdown) {
    group.unshift({
      id: 'lowdown',
      label: `lowdown -Tterm ${size} MB`,
      argv: [tools.lowdown, '-Tterm', file],
    });
  }
  return group;
}

/** The page server of serve.mjs, started in a process of its own; resolves to it and its address. */
async function startPageServer(bytes) {
  const child = spawn(process.execPath, [path.join(root, 'bench', 'serve.mjs'), String(bytes)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const [line] = await once(child.stdout, 'data');
  return { child, origin: `http://127.0.0.1:${line.toString().trim()}` };
}

function webGroup(origin) {
  return [
    {
      id: 'read',
      label: 'article read 1 MB page (local server)',
      ...article('read', `${origin}/page`),
    },
    { id: 'summary', label: 'article summary 1 MB page', ...article('summary', `${origin}/page`) },
    {
      id: 'long',
      label: 'article read 1 MB of article text',
      ...article('read', `${origin}/long`),
    },
  ];
}

const byId = (group, id) => group.find((w) => w.id === id);
const fixed = (n, digits) => (n === null || n === undefined ? '—' : n.toFixed(digits));

function printTable(title, group, base, memoryBase = base) {
  console.log(`\n${title}`);
  console.log(
    `${'command'.padEnd(40)} ${'median ms'.padStart(10)} ${'× base'.padStart(7)} ${'peak MB'.padStart(8)} ${'× base'.padStart(7)}  runs`,
  );
  for (const w of group) {
    const times = ratio(w, base);
    const memory = w.mb !== null && memoryBase?.mb ? w.mb / memoryBase.mb : null;
    const note = w.status === 'ok' ? '' : `  ${w.status}`;
    console.log(
      `${w.label.padEnd(40)} ${fixed(w.ms, 1).padStart(10)} ${fixed(times, 2).padStart(7)} ${fixed(w.mb, 1).padStart(8)} ${fixed(memory, 2).padStart(7)}  ${w.runs}${note}`,
    );
  }
}

const verdicts = [];

/**
 * Records a target: `value` at most `limit` (or at least, for a speed-up), or UNKNOWN when
 * something was not measured.
 */
function target(name, value, limit, { atLeast = false } = {}) {
  const met = atLeast ? value >= limit : value <= limit;
  const verdict = value === null || Number.isNaN(value) ? 'UNKNOWN' : met ? 'PASS' : 'FAIL';
  verdicts.push({ name, value, limit, verdict });
}

const inverse = (x) => (x ? 1 / x : null);

/**
 * `count` articles of the bundled article's size in `dir`, each with a word of its own in its
 * lead and body, so that no two are the same text.
 */
function writeArticles(dir, count) {
  mkdirSync(dir, { recursive: true });
  const seed = readFileSync(SEED, 'utf8');
  return Array.from({ length: count }, (_, i) => {
    const file = path.join(dir, `article-${i}.md`);
    writeFileSync(
      file,
      seed.replace('Cette semaine', `Cette semaine ${i}`).replace('crucial', `crucial n°${i}`),
    );
    return file;
  });
}

/** The median, over the rounds where both ran, of a's time over b's: a paired ratio. */
function ratio(a, b) {
  if (!a?.ms || !b?.ms) return null;
  const pairs = a.times.flatMap((t, round) => {
    const other = b.times[round];
    return t !== null && other !== null && other !== undefined ? [t / other] : [];
  });
  return pairs.length > 0 ? median(pairs) : null;
}
const memoryRatio = (a, b) => (a?.mb && b?.mb ? a.mb / b.mb : null);

/** hyperfine's medians for the same commands: a second opinion, unpaired. */
function crossCheck(group) {
  if (!tools.hyperfine) {
    console.log('\nhyperfine: not installed');
    return;
  }
  const report = path.join(scratch, 'hyperfine.json');
  const commands = group.map((w) => w.argv.map(quote).join(' '));
  const result = spawnSync(
    tools.hyperfine,
    [
      ...['-N', '--style', 'none', '--warmup', '3', '--runs', options.rounds],
      ...['--export-json', report, ...commands],
    ],
    { cwd: root, env: ENV, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] },
  );
  if (result.status !== 0) {
    console.log(`\nhyperfine failed: ${result.stderr}`);
    return;
  }
  const medians = JSON.parse(readFileSync(report, 'utf8')).results.map((r) => r.median * 1000);
  console.log('\nhyperfine -N, the same commands one batch after another (ratios to node -e 0)');
  group.forEach((w, i) => {
    console.log(
      `${w.label.padEnd(40)} ${medians[i].toFixed(1).padStart(10)} ${(medians[i] / medians[0]).toFixed(2).padStart(7)}`,
    );
  });
}

const scratch = mkdtempSync(path.join(tmpdir(), 'article-bench-'));
try {
  if (!existsSync(path.join(root, 'dist', 'cli.cjs'))) {
    throw new Error('dist/cli.cjs is missing: run npm run build (npm run bench does)');
  }
  console.log(
    `node ${process.version}; clock: ${tools.hyperfine ? 'hyperfine -N' : 'spawnSync'}; ` +
      `lowdown: ${tools.lowdown ?? 'not installed'}; ` +
      `terminal runs: ${tools.script ? 'script' : 'skipped (no script)'}; ` +
      `peak memory: ${tools.time ? '/usr/bin/time' : 'not measured (no /usr/bin/time)'}`,
  );

  const unseen = path.join(scratch, 'unseen.md');
  writeFileSync(unseen, readFileSync(SEED, 'utf8').replace('crucial', 'essentiel'));
  const startup = startupGroup(await buildFloor(scratch, SEED), unseen);
  process.stderr.write(`start-up, ${options.rounds} paired rounds `);
  measure(startup, Number(options.rounds));
  const floor = byId(startup, 'floor');
  const floorTty = byId(startup, 'floor-tty');
  printTable(
    'Start-up, the bundled article (ratios to node -e 0)',
    startup.filter((w) => !w.terminal),
    floor,
  );
  if (floorTty) {
    printTable(
      'On a terminal (time ratios to node -e 0 on the same terminal, memory to node -e 0)',
      startup.filter((w) => w.terminal),
      floorTty,
      floor,
    );
  }

  // Against marked's own floor: loaded and lexing the same article, as no parsing command can beat.
  const lexed = byId(startup, 'marked-lex');
  const floorLimits = { summary: 1.15, info: 1.15, quotes: 1.25, source: 1.25 };
  for (const [id, limit] of Object.entries(floorLimits)) {
    const w = byId(startup, id);
    target(`${w.label} ≤ ${limit}× marked alone lexing`, ratio(w, lexed), limit);
  }
  const readTty = byId(startup, 'read-tty');
  // The terminal adds `script`'s own start to both; the floor is taken in a pipe, so the ratio
  // is the terminal run less script's share over marked's floor.
  const terminalCost = floorTty?.ms && floor?.ms ? floorTty.ms - floor.ms : null;
  target(
    'article read on a terminal, colour ≤ 1.45× marked alone lexing',
    readTty?.ms && lexed?.ms && terminalCost !== null
      ? (readTty.ms - terminalCost) / lexed.ms
      : null,
    1.45,
  );
  target('article --help ≤ 1.3× node -e 0', ratio(byId(startup, 'help'), floor), 1.3);
  target('article --version ≤ 1.15× node -e 0', ratio(byId(startup, 'version'), floor), 1.15);
  if (options.hyperfine) crossCheck(startup.filter((w) => !w.terminal));

  // Every size in the same rounds, so that the 10 MB / 1 MB ratio is paired too.
  const large = new Map();
  for (const size of options.sizes.split(',').filter(Boolean).map(Number)) {
    const file = path.join(scratch, `article-${size}mb.md`);
    writeFileSync(file, generateArticle(size * MB));
    large.set(size, largeGroup(size, file));
  }
  if (large.size > 0) {
    process.stderr.write(
      `${[...large.keys()].join(' and ')} MB, ${options['large-rounds']} paired rounds `,
    );
    measure([...large.values()].flat(), Number(options['large-rounds']));
  }
  for (const [size, group] of large) {
    const lowdown = byId(group, 'lowdown');
    printTable(
      `A generated ${size} MB article (ratios to lowdown -Tterm${lowdown ? '' : ': not installed'})`,
      group,
      lowdown,
    );
  }

  const ten = large.get(10);
  const one = large.get(1);
  if (ten) {
    const lowdown = byId(ten, 'lowdown');
    target(
      'article read 10 MB in a pipe ≤ 1.5× lowdown -Tterm',
      ratio(byId(ten, 'read'), lowdown),
      1.5,
    );
    for (const id of ['quotes', 'source']) {
      const w = byId(ten, id);
      target(`${w.label} ≤ 1.5× article summary 10 MB`, ratio(w, byId(ten, 'summary')), 1.5);
    }
  }
  if (ten && one) {
    for (const id of ['read', 'summary', 'source', 'info', 'quotes']) {
      target(
        `${byId(ten, id).label.replace(' 10 MB', '')}: 10 MB ≤ 11× 1 MB`,
        ratio(byId(ten, id), byId(one, id)),
        11,
      );
    }
  }

  // Many articles of the bundled article's size, each a little different, in one call and in the
  // shell loop scripts write today; and the peak memory of 10 articles against 10,000.
  const count = Number(options.many);
  const manyDir = path.join(scratch, 'many');
  const files = writeArticles(manyDir, Math.max(count, 10_000));
  const loop = (args) => ({
    argv: [
      'sh',
      '-c',
      `for f in "$@"; do ${quote(process.execPath)} ${quote(BIN)} ${args} "$f"; done`,
      'loop',
      ...files.slice(0, count),
    ],
  });
  const many = [
    {
      id: 'info-one',
      label: `article info date, ${count} articles`,
      ...article('info', 'date', ...files.slice(0, count)),
    },
    { id: 'info-loop', label: `  the same, a shell loop`, ...loop('info date') },
    {
      id: 'quotes-one',
      label: `article quotes --json, ${count} articles`,
      ...article('quotes', '--json', ...files.slice(0, count)),
    },
    { id: 'quotes-loop', label: `  the same, a shell loop`, ...loop('quotes --json') },
  ];
  process.stderr.write(`${count} articles, ${options['many-rounds']} paired rounds `);
  measure(many, Number(options['many-rounds']), { warm: false, memory: false });
  printTable(`${count} articles in one call and in a shell loop (ratios to the loop)`, many, null);
  target(
    `article info date over ${count}: loop ÷ one call ≥ 25`,
    inverse(ratio(byId(many, 'info-one'), byId(many, 'info-loop'))),
    25,
    { atLeast: true },
  );
  target(
    `article quotes --json over ${count}: loop ÷ one call ≥ 10`,
    inverse(ratio(byId(many, 'quotes-one'), byId(many, 'quotes-loop'))),
    10,
    { atLeast: true },
  );
  const few = peakMemory(article('info', 'date', ...files.slice(0, 10)));
  const most = peakMemory(article('info', 'date', ...files.slice(0, 10_000)));
  console.log(
    `\npeak memory, info date: 10 articles ${fixed(few, 1)} MB, 10,000 articles ${fixed(most, 1)} MB`,
  );
  target('peak memory of 10,000 articles ≤ 1.5× that of 10', few && most ? most / few : null, 1.5);

  // Web pages, from a server on this machine: the time to fetch, find the article, convert it and
  // read it. Its own rounds, after the files: a page costs ten times a Markdown file's start.
  const pageServer = await startPageServer(MB);
  try {
    const web = webGroup(pageServer.origin);
    process.stderr.write(`web pages, ${options['large-rounds']} paired rounds `);
    measure(web, Number(options['large-rounds']));
    printTable('Web pages from a server on 127.0.0.1 (ratios to the 1 MB page)', web, web[0]);
    target('article read 1 MB page from the local server ≤ 1000 ms', byId(web, 'read').ms, 1000);
  } finally {
    pageServer.child.stdin.end();
  }

  console.log('\nTargets (issues 14 and 15)');
  for (const v of verdicts) {
    console.log(`${v.verdict.padEnd(8)} ${v.name.padEnd(58)} ${fixed(v.value, 2).padStart(6)}`);
  }
  console.log(
    `\nmarked alone, bundled and code-cached as the command is, takes ${fixed(ratio(lexed, floor), 2)}× ` +
      `node -e 0 and ${fixed(memoryRatio(lexed, floor), 2)}× its memory to load and lex the ` +
      'article: no command that parses it can answer in less.',
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
