import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as library from '../../src/index.js';
import { fixture, ROOT, run } from '../helpers/cli.js';
import { runMain } from '../helpers/main.js';

/**
 * A project of its own that depends on article-reader: node_modules/article-reader is a link to
 * this package, as `npm link` or a workspace makes it, so imports go through package.json's
 * "exports" exactly as they would for an installed copy.
 */
let project: string;

beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'article-library-'));
  mkdirSync(path.join(project, 'node_modules'));
  symlinkSync(ROOT, path.join(project, 'node_modules', 'article-reader'), 'dir');
  writeFileSync(path.join(project, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(
    path.join(project, 'story.md'),
    '# A council votes\n\n**The city council voted on Monday.**\n\nIt was close.\n',
  );
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

function node(script: string) {
  const file = path.join(project, `script-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, script);
  return spawnSync(process.execPath, [file], { cwd: project, encoding: 'utf8', timeout: 30_000 });
}

describe("import … from 'article-reader'", () => {
  it('loads without side effects: importing prints nothing and runs no command', () => {
    const result = node("import * as lib from 'article-reader';\nconsole.log(typeof lib.main);\n");
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('undefined\n');
  });

  it('gives scripts the same answers as the command', () => {
    const result = node(`
import { loadArticle, parseArticle, summarize, extractQuotes, extractSource } from 'article-reader';
const article = await loadArticle();
const file = await loadArticle('story.md');
const parsed = parseArticle('# A title\\n\\n**Its lead.**\\n\\nIts body.\\n');
console.log(JSON.stringify({
  summary: summarize(article, { sentences: 2 }),
  quotes: extractQuotes(article),
  source: extractSource(article),
  fileLead: summarize(file).paragraphs,
  parsedTitle: parsed.title,
}));
`);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lib = JSON.parse(result.stdout);
    const command = (args: string[]) => JSON.parse(run(args).stdout);
    const summary = command(['summary', '--json', '--sentences', '2']);
    expect(lib.summary.text).toBe(summary.text);
    expect(lib.summary.paragraphs).toEqual(summary.paragraphs);
    expect(lib.quotes).toEqual(command(['quotes', '--json']));
    expect(lib.source).toEqual(command(['source', '--json']));
    expect(lib.source.url).toBe('https://article19.ma/accueil/archives/174433');
    expect(lib.fileLead).toEqual(['The city council voted on Monday.']);
    expect(lib.parsedTitle).toBe('A title');
  });

  it('reads a web page saved as a file, with the libraries as npm installs them', () => {
    const result = node(`
import { loadArticle, extractQuotes } from 'article-reader';
const article = await loadArticle(${JSON.stringify(fixture('web/frontex-maroc.html'))});
console.log(JSON.stringify(extractQuotes(article)));
`);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(run(['quotes', '--json']).stdout));
  });

  it('rejects with a readable error for a missing file', () => {
    const result = node(
      "import { loadArticle } from 'article-reader';\nawait loadArticle('missing.md').catch((e) => console.log(e.message));\n",
    );
    expect(result.stdout).toBe('missing.md: no such file or bundled article\n');
  });

  it('keeps the command’s modules private', () => {
    const result = node("await import('article-reader/dist/cli/main.js');\n");
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });
});

describe('the library in this process', () => {
  const json = async (args: string[]) => JSON.parse((await runMain(args)).stdout);

  it('loads the bundled article by default and by id, and any Markdown file', async () => {
    const seed = await library.loadArticle();
    expect(seed.title).toMatch(/^Migration – Frontex/);
    expect(await library.loadArticle('frontex-maroc')).toEqual(seed);
    const file = await library.loadArticle(fixture('model-no-lead.md'));
    expect(file.title).not.toBe(seed.title);
  });

  it('rejects an unknown article with an ArticleError that says what was not found', async () => {
    const error = await library.loadArticle('frontex-maroco').catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(library.ArticleError);
    expect(error).toMatchObject({
      message: 'frontex-maroco: no such file or bundled article',
      code: 'not-found',
      subject: 'frontex-maroco',
    });
  });

  it('summarize, extractQuotes, extractSource and articleInfo answer about the bundled article', async () => {
    const article = await library.loadArticle();
    const summary = library.summarize(article, { sentences: 2 });
    expect(summary.from).toBe('lead');
    expect(summary.paragraphs).toHaveLength(2);
    expect(summary.paragraphs[0]).toMatch(/^Cette semaine, le directeur exécutif de Frontex/);
    expect(summary.paragraphs[1]).toMatch(/selon le site frontex\.europa\.eu\.$/);
    expect(summary.text).toBe(summary.paragraphs.join('\n\n'));
    expect(
      library
        .extractQuotes(article)
        .map(({ speaker, role, cue, mark }) => ({ speaker, role, cue, mark })),
    ).toEqual([
      { speaker: null, role: null, cue: null, mark: '“' },
      { speaker: null, role: null, cue: 'affirme-t-on', mark: '“' },
      {
        speaker: 'Hans Leijtens',
        role: 'directeur exécutif de Frontex',
        cue: 'a déclaré',
        mark: '«',
      },
    ]);
    expect(library.extractSource(article)).toEqual({
      url: 'https://article19.ma/accueil/archives/174433',
      publisher: 'article19.ma',
      cited: [{ name: 'frontex.europa.eu', url: 'https://frontex.europa.eu' }],
    });
    expect(library.articleInfo(article)).toMatchObject({
      date: '2023-12-13',
      kicker: 'Migration',
      language: 'fr',
      quotes: 3,
      links: 2,
    });
  });

  it('gives in JSON what the command prints with --json', async () => {
    const article = await library.loadArticle();
    expect(JSON.parse(JSON.stringify(library.extractQuotes(article)))).toEqual(
      await json(['quotes', '--json']),
    );
    expect(JSON.parse(JSON.stringify(library.articleInfo(article)))).toEqual(
      await json(['info', '--json']),
    );
  });

  it('parseArticle reads Markdown given as a string', () => {
    const article = library.parseArticle('# A title\n\n**Its lead.**\n\nIts body.\n');
    expect(article.title).toBe('A title');
    expect(library.summarize(article).paragraphs).toEqual(['Its lead.']);
  });

  it('parseArticle cleans what it is given, as the command does', () => {
    const article = library.parseArticle(
      '\uFEFF# A \u001B]0;owned\u0007title\r\n\r\nBody \u202Etext.\r\n',
    );
    expect(article.title).toBe('A ]0;ownedtitle');
    expect(article.body.map(library.textOfBlock)).toEqual(['Body text.']);
  });
});

describe('its TypeScript types', () => {
  it('type-check a strict consumer, and catch its mistakes', () => {
    writeFileSync(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: ['node'],
          typeRoots: [path.join(ROOT, 'node_modules', '@types')],
        },
        files: ['consumer.ts'],
      }),
    );
    writeFileSync(
      path.join(project, 'consumer.ts'),
      `import {
  type Article,
  type ArticleSource,
  extractQuotes,
  extractSource,
  loadArticle,
  parseArticle,
  type Quote,
  type Summary,
  summarize,
} from 'article-reader';

const article: Article = await loadArticle('frontex-maroc');
const parsed: Article = parseArticle('# A title\\n\\nA paragraph.\\n');
const summary: Summary = summarize(article, { sentences: 1 });
const lead: readonly string[] = summary.paragraphs;
const quotes: readonly Quote[] = extractQuotes(parsed);
const speaker: string | null = quotes[0]?.speaker ?? null;
const source: ArticleSource = extractSource(article);
const url: string | null = source.url;

// Each line below is wrong; the build fails if the types let one through (that is, if they are any).
// @ts-expect-error the summary's text is a string
const words: number = summary.text;
// @ts-expect-error loadArticle takes an id or a path
await loadArticle(42);
// @ts-expect-error a quote's speaker may be null
const name: string = quotes[0]?.speaker;
// @ts-expect-error summarize has no such option
summarize(article, { paragraphs: 2 });

export { lead, name, speaker, url, words };
`,
    );
    const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', project], {
      cwd: project,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });
});
