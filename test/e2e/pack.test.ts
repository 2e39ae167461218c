import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnv, ROOT } from '../helpers/cli.js';

const ESCAPE = /[\u001B\u009B]/;

describe('the packed tarball, run as npx users run it', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'article-npx-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('prints the article from an empty folder with npx --yes ./article-reader-<version>.tgz', () => {
    // The build `npm test` made is packed as it is: `prepack` would rebuild dist/ while the other
    // test files run the command from it.
    expect(existsSync(path.join(ROOT, 'dist', 'cli.cjs')), 'run npm run build first').toBe(true);
    const folder = path.join(work, 'empty');
    mkdirSync(folder);
    const pack = spawnSync(
      'npm',
      ['pack', '--ignore-scripts', '--json', '--pack-destination', folder],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
    );
    expect(pack.status, pack.stderr).toBe(0);
    const [{ filename }] = JSON.parse(pack.stdout) as [{ filename: string }];
    expect(filename).toMatch(/^article-reader-\d+\.\d+\.\d+\.tgz$/);
    expect(readdirSync(folder)).toEqual([filename]);

    // A cache of its own, as on a machine that never ran the package: the dependencies come from
    // the registry, and nothing is left behind.
    const npx = spawnSync('npx', ['--yes', `./${filename}`], {
      cwd: folder,
      env: cleanEnv({
        npm_config_cache: path.join(work, 'cache'),
        npm_config_update_notifier: 'false',
        npm_config_fund: 'false',
        npm_config_audit: 'false',
      }),
      encoding: 'utf8',
      input: '',
      timeout: 170_000,
    });
    expect(npx.status, npx.stderr).toBe(0);
    const lines = npx.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'Migration – Frontex dévoile les prochaines étapes pour “une coopération plus étroite” avec le Maroc',
    );
    expect(lines[1]).toBe('13 décembre 2023 · Migration · article19.ma · 2 min de lecture');
    expect(lines.at(-1)).toBe('Source : https://article19.ma/accueil/archives/174433');
    expect(npx.stdout).not.toMatch(ESCAPE);
    // npx installs into its cache, never into the folder it runs in.
    expect(readdirSync(folder)).toEqual([filename]);
  }, 180_000);
});
