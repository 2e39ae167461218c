/**
 * The command runs from a bundle (dist/cli.cjs, built by scripts/build.mjs) that loads modules late
 * and stands in for some of marked-terminal's dependencies. Nothing of that may show: whatever the
 * bundle prints, the source modules print the same, run in this process without a bundle.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BuildOptions } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { cleanEnv, fixture, ROOT, run, runInTerminal } from '../helpers/cli.js';
import { runMain } from '../helpers/main.js';

const BLOCKS = fixture('bundle-blocks.md');
const ESCAPE = /\u001B\[/;

/** The environment run() gives the bundle, as runMain takes it. */
function sameEnv(extra: Record<string, string> = {}): Record<string, string> {
  return Object.fromEntries(
    Object.entries(cleanEnv(extra)).filter((entry): entry is [string, string] => !!entry[1]),
  );
}

describe('the bundle prints what the source modules print', () => {
  const pipes: readonly (readonly string[])[] = [
    ['read', '--color', 'always', '--width', '80'],
    ['read', '--color', 'always', '--width', '80', BLOCKS],
    ['read', '--color', 'always', '--width', '32', BLOCKS],
    ['read', BLOCKS],
    ['summary', '--color', 'always', '--width', '60'],
    ['summary', '--sentences', '1', BLOCKS],
    ['quotes', '--json'],
    ['quotes', BLOCKS],
    ['source', '--json', BLOCKS],
    ['info', '--json'],
    ['info', 'date'],
    ['list'],
    ['--help'],
    ['--version'],
    ['-V'],
    ['info', 'nope'],
  ];

  it.each(pipes)('article %s … in a pipe', async (...args) => {
    const bundled = run(args);
    const direct = await runMain(args, { env: sameEnv() });
    expect(bundled.stdout).toBe(direct.stdout);
    expect(bundled.stderr).toBe(direct.stderr);
    expect(bundled.status).toBe(direct.status);
  });

  it('styles code, tables and lists in colour, so the comparison above compares something', async () => {
    const { stdout } = await runMain(['read', '--color', 'always', '--width', '80', BLOCKS], {
      env: sameEnv(),
    });
    expect(stdout).toMatch(ESCAPE);
    expect(stdout).toContain('reduce');
    expect(stdout).toContain('Sénégal');
  });

  it.each([
    [80, []],
    [80, [BLOCKS]],
    [44, [BLOCKS]],
  ] as const)('article read on a terminal of %i columns %j', async (columns, files) => {
    const env = { TERM: 'xterm-256color' };
    const bundled = runInTerminal(['read', '--no-pager', ...files], { columns, env });
    const direct = await runMain(['read', '--no-pager', ...files], {
      env: sameEnv(env),
      terminal: { columns },
    });
    expect(bundled.stdout).toMatch(ESCAPE);
    expect(bundled.stdout).toBe(direct.stdout);
  });
});

/** scripts/build.mjs, whose options and plugins make dist/cli.cjs. */
async function buildScript(): Promise<{
  bundleOptions: BuildOptions;
  separateHtml: NonNullable<BuildOptions['plugins']>[number];
}> {
  return (await import(pathToFileURL(`${ROOT}scripts/build.mjs`).href)) as {
    bundleOptions: BuildOptions;
    separateHtml: NonNullable<BuildOptions['plugins']>[number];
  };
}

describe('the code cache', () => {
  const BIN = `${ROOT}bin/article.js`;
  /** What V8 said of the cache bin/article.js gave it: false accepted, undefined none given. */
  /** V8's verdict on the cache the command found, with a user cache folder of its own. */
  function cacheVerdict(bin: string): string {
    const script = `const { loadBundle } = require(${JSON.stringify(bin)});
      process.stdout.write(String(loadBundle().script.cachedDataRejected));`;
    const home = mkdtempSync(path.join(tmpdir(), 'article-cache-home-'));
    try {
      const env = cleanEnv({ XDG_CACHE_HOME: home });
      return spawnSync(process.execPath, ['-e', script], { env, encoding: 'utf8' }).stdout;
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }

  it('is made by the build for this bundle, and V8 accepts it', () => {
    expect(readFileSync(`${ROOT}dist/cli.cjs.cache`).length).toBeGreaterThan(10_000);
    expect(cacheVerdict(BIN)).toBe('false');
  });

  it('on a Node other than the build’s, is made on the first run in the user’s cache folder', () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'article-cache-'));
    try {
      for (const folder of ['bin', 'dist', 'articles']) {
        cpSync(path.join(ROOT, folder), path.join(scratch, folder), { recursive: true });
      }
      copyFileSync(path.join(ROOT, 'package.json'), path.join(scratch, 'package.json'));
      // The shipped cache as another Node would find it: made by a version that is not this one.
      const shipped = path.join(scratch, 'dist/cli.cjs.cache');
      const cache = readFileSync(shipped);
      const header = cache.subarray(0, cache.indexOf(10)).toString('latin1');
      writeFileSync(
        shipped,
        Buffer.concat([
          Buffer.from(header.replace(/ node v[\d.]+$/, ' node v0.0.0'), 'latin1'),
          cache.subarray(cache.indexOf(10)),
        ]),
      );
      const home = path.join(scratch, 'cache-home');
      const bin = path.join(scratch, 'bin/article.js');
      const verdict = () =>
        spawnSync(
          process.execPath,
          [
            '-e',
            `const { loadBundle } = require(${JSON.stringify(bin)});
             const { script, exports } = loadBundle();
             exports.main(['info', 'date'], process).then(() => process.stderr.write(String(script.cachedDataRejected)));`,
          ],
          { env: cleanEnv({ XDG_CACHE_HOME: home }), encoding: 'utf8' },
        );
      const first = verdict();
      expect(first.stdout).toBe('2023-12-13\n');
      expect(first.stderr).toBe('undefined');
      const made = readdirSync(path.join(home, 'article-reader'));
      expect(made).toHaveLength(1);
      expect(made[0]).toMatch(
        new RegExp(`node-v${process.versions.node.replace(/\./g, '-')}-${process.arch}\\.cache$`),
      );
      const second = verdict();
      expect(second.stdout).toBe('2023-12-13\n');
      expect(second.stderr).toBe('false');
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('is not given to V8 with a bundle it was not made for', () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'article-cache-'));
    try {
      for (const dir of ['bin', 'dist']) mkdirSync(path.join(scratch, dir));
      for (const file of [
        'package.json',
        'bin/article.js',
        'bin/package.json',
        'dist/cli.cjs.cache',
      ]) {
        copyFileSync(`${ROOT}${file}`, path.join(scratch, file));
      }
      const bundle = readFileSync(`${ROOT}dist/cli.cjs`, 'utf8');
      const rebuilt = bundle.replace(/^\/\/ build [0-9a-f]+/, `// build ${'0'.repeat(64)}`);
      expect(rebuilt).not.toBe(bundle);
      writeFileSync(path.join(scratch, 'dist/cli.cjs'), rebuilt);
      expect(cacheVerdict(path.join(scratch, 'bin/article.js'))).toBe('undefined');
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

describe('the bundle loads late what it rarely needs', () => {
  /** The files of node_modules that the bundle required while running the command. */
  function requiredPackages(args: readonly string[]): string[] {
    const script = `
      const cli = require(${JSON.stringify(`${ROOT}dist/cli.cjs`)});
      cli.main(${JSON.stringify(args)}, process).then(() => {
        const files = Object.keys(require.cache).filter((file) => file.includes('node_modules'));
        process.stderr.write(JSON.stringify(files));
      });`;
    const result = spawnSync(process.execPath, ['-e', script], {
      cwd: ROOT,
      env: cleanEnv(),
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    return JSON.parse(result.stderr) as string[];
  }

  it('reads the article without highlight.js, cli-table3 or node-emoji, bundled or required', async () => {
    const { build } = await import('esbuild');
    const { bundleOptions } = await buildScript();
    const { metafile } = await build({
      ...bundleOptions,
      entryPoints: [`${ROOT}src/cli/main.ts`],
      outfile: 'cli.cjs',
      write: false,
      metafile: true,
    });
    const packages = new Set(
      Object.keys(metafile.inputs).map((input) => /node_modules\/([^/]+)/.exec(input)?.[1]),
    );
    expect(packages).toContain('marked-terminal');
    for (const name of ['cli-highlight', 'highlight.js', 'cli-table3', 'node-emoji', 'emojilib']) {
      expect(packages).not.toContain(name);
    }
    expect(requiredPackages(['read', '--color', 'always', BLOCKS])).toEqual([]);
  });

  it('runs with no node_modules at all: every library is inside the bundles', () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'article-alone-'));
    try {
      for (const folder of ['bin', 'dist', 'articles']) {
        cpSync(path.join(ROOT, folder), path.join(scratch, folder), { recursive: true });
      }
      copyFileSync(path.join(ROOT, 'package.json'), path.join(scratch, 'package.json'));
      const page = fixture('web/news-en.html');
      const runs: string[][] = [
        ['read', BLOCKS, '--color', 'always', '--width', '60'],
        ['read', fixture('read-code-table.md'), '--color', 'always'],
        ['read', page, '--color', 'always'],
        ['quotes', page],
        ['info', '--json', BLOCKS],
        ['completion', 'zsh'],
      ];
      for (const args of runs) {
        const result = spawnSync(
          process.execPath,
          [path.join(scratch, 'bin', 'article.js'), ...args],
          {
            cwd: scratch,
            env: cleanEnv({ TERM: 'xterm-256color' }),
            encoding: 'utf8',
          },
        );
        expect(result.stderr, args.join(' ')).toBe('');
        expect(result.status, args.join(' ')).toBe(0);
      }
      const library = spawnSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `const lib = await import(${JSON.stringify(pathToFileURL(path.join(scratch, 'dist', 'index.js')).href)});
           const article = await lib.loadArticle(${JSON.stringify(page)});
           process.stdout.write(String(lib.extractQuotes(article).length > 0));`,
        ],
        { cwd: scratch, encoding: 'utf8' },
      );
      expect(library.stderr).toBe('');
      expect(library.stdout).toBe('true');
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

describe('the web page converter is a bundle of its own, loaded for HTML only', () => {
  const HTML_BUNDLE = `${ROOT}dist/html.cjs`;

  /** Whether the command, run from its bundle, required dist/html.cjs. */
  function loadsConverter(args: readonly string[]): boolean {
    const script = `
      const cli = require(${JSON.stringify(`${ROOT}dist/cli.cjs`)});
      cli.main(${JSON.stringify(args)}, process).then((status) => {
        process.stderr.write(JSON.stringify({ status, loaded: ${JSON.stringify(HTML_BUNDLE)} in require.cache }));
      });`;
    const result = spawnSync(process.execPath, ['-e', script], {
      cwd: ROOT,
      env: cleanEnv(),
      encoding: 'utf8',
    });
    const report = JSON.parse(result.stderr) as { status: number; loaded: boolean };
    expect(report.status).toBe(0);
    return report.loaded;
  }

  it("the command's bundle holds none of Readability, linkedom or turndown", async () => {
    const { build } = await import('esbuild');
    const { bundleOptions, separateHtml } = await buildScript();
    const { metafile } = await build({
      ...bundleOptions,
      plugins: [...(bundleOptions.plugins ?? []), separateHtml],
      entryPoints: [`${ROOT}src/cli/main.ts`],
      outfile: 'cli.cjs',
      write: false,
      metafile: true,
    });
    const inputs = Object.keys(metafile.inputs);
    for (const name of ['@mozilla/readability', 'linkedom', 'htmlparser2', 'turndown']) {
      expect(inputs.filter((input) => input.includes(`node_modules/${name}/`))).toEqual([]);
    }
    expect(inputs.filter((input) => input.includes('src/input/html/'))).toEqual([]);
    expect(readFileSync(`${ROOT}dist/cli.cjs`, 'utf8')).toContain('require("./html.cjs")');
  });

  it('Markdown never reads it; a page does', () => {
    expect(loadsConverter(['summary'])).toBe(false);
    expect(loadsConverter(['read', BLOCKS])).toBe(false);
    expect(loadsConverter(['summary', fixture('web/news-en.html')])).toBe(true);
  });

  it('prints what the source modules print for a page', async () => {
    for (const args of [
      ['read', '--color', 'always', '--width', '70', fixture('web/news-en.html')],
      ['get', fixture('web/frontex-maroc.html')],
      ['quotes', '--json', fixture('web/news-fr-1252.html')],
    ]) {
      const bundled = run(args);
      const direct = await runMain(args, { env: sameEnv() });
      expect(bundled).toEqual(direct);
    }
  });
});
