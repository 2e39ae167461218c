import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, run } from '../helpers/cli.js';

interface PackageJson {
  readonly version: string;
  readonly license: string;
  readonly main: string;
  readonly types: string;
  readonly bin: Readonly<Record<string, string>>;
  readonly man: readonly string[];
  readonly exports: Readonly<Record<string, string | Readonly<Record<string, string>>>>;
}

const pkg: PackageJson = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const normal = (file: string) => path.posix.normalize(file);

function npm(args: readonly string[], cwd = ROOT) {
  return spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 120_000 });
}

/** The files `npm publish` would ship, from the current build. */
function packedFiles(): string[] {
  const result = npm(['pack', '--dry-run', '--json', '--ignore-scripts']);
  expect(result.status, result.stderr).toBe(0);
  const [packed] = JSON.parse(result.stdout) as { files: { path: string }[] }[];
  return (packed?.files ?? []).map((file) => file.path);
}

describe('the packed package', () => {
  const files = packedFiles();

  it('ships the build, the command, the bundled articles, the manual and the licence', () => {
    for (const file of [
      'package.json',
      'README.md',
      'LICENSE',
      'bin/article.js',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/article.1',
      'articles/frontex-maroc.md',
    ]) {
      expect(files).toContain(file);
    }
  });

  it('ships no sources, tests, scripts or tarballs', () => {
    expect(files.filter((file) => /^(src|test|scripts|man|coverage)\/|\.tgz$/.test(file))).toEqual(
      [],
    );
  });

  it('every path package.json names is in it', () => {
    const conditions = Object.values(pkg.exports).flatMap((target) =>
      typeof target === 'string' ? [target] : Object.values(target),
    );
    const named = [pkg.main, pkg.types, ...Object.values(pkg.bin), ...pkg.man, ...conditions];
    for (const file of named) expect(files).toContain(normal(file));
  });

  it('passes publint (strict) and Are the Types Wrong (ESM only)', () => {
    const result = spawnSync(process.execPath, ['scripts/check-package.mjs'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stdout).toContain('All good!');
    expect(result.stdout).toMatch(/node16 \(from ESM\): 🟢 \(ESM\)/);
  });
});

describe('a global install of the tarball', () => {
  let work: string;
  let prefix: string;

  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'article-global-'));
    prefix = path.join(work, 'prefix');
    const packed = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work]);
    expect(packed.status, packed.stderr).toBe(0);
    const [{ filename }] = JSON.parse(packed.stdout) as [{ filename: string }];
    // The dependencies come from npm's cache, which `npm ci` filled; the network only if missing.
    const install = npm(
      [
        'install',
        '--global',
        '--prefix',
        prefix,
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
      ].concat(path.join(work, filename)),
      work,
    );
    expect(install.status, install.stderr).toBe(0);
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('puts article on the PATH and article(1) where man looks', () => {
    const env = {
      ...process.env,
      PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH}`,
    };
    const info = spawnSync('article', ['info', 'date'], { env, encoding: 'utf8' });
    expect(info.stdout).toBe('2023-12-13\n');
    expect(existsSync(path.join(prefix, 'share', 'man', 'man1', 'article.1'))).toBe(true);
    const man = spawnSync('man', ['-w', 'article'], {
      env: { ...env, MANPATH: path.join(prefix, 'share', 'man') },
      encoding: 'utf8',
    });
    if (man.error) return; // man-db is not installed: the file's place is what matters.
    expect(man.stdout.trim()).toMatch(/article\.1$/);
  });
});

describe('release files', () => {
  it('--version prints the version in package.json', () => {
    const { stdout, status } = run(['--version']);
    expect(status).toBe(0);
    expect(stdout).toBe(`${pkg.version}\n`);
  });

  it('CHANGELOG.md has a dated section for this version', () => {
    const changelog = readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain(`## [${pkg.version}] - `);
    expect(changelog).toMatch(
      new RegExp(`^## \\[${pkg.version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'),
    );
  });

  it('LICENSE is the MIT licence package.json names', () => {
    const license = readFileSync(path.join(ROOT, 'LICENSE'), 'utf8');
    expect(pkg.license).toBe('MIT');
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} article-reader contributors\n/);
  });
});
