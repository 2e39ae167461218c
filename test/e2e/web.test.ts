/**
 * Articles on the web, read by the built command from a server on 127.0.0.1 that the test runs:
 * pages shaped like real news sites', and every way fetching can fail.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, ROOT, runAsync } from '../helpers/cli.js';
import {
  endless,
  fixturePage,
  redirect,
  send,
  stalled,
  startServer,
  type TestServer,
} from '../helpers/server.js';

let server: TestServer;
const at = (route: string) => `${server.origin}${route}`;
const scratch = mkdtempSync(path.join(tmpdir(), 'article-web-'));

beforeAll(async () => {
  const html = 'text/html; charset=utf-8';
  server = await startServer({
    '/news/storm': send(200, html, fixturePage('news-en.html')),
    '/accueil/archives/174433': send(200, html, fixturePage('frontex-maroc.html')),
    '/bretagne/digue': send(200, 'text/html', fixturePage('news-fr-1252.html')),
    '/bretagne/digue-latin1': send(
      200,
      'text/html; charset=ISO-8859-1',
      fixturePage('news-fr-1252.html'),
    ),
    '/story.md': send(200, 'text/markdown', readFileSync(`${ROOT}articles/frontex-maroc.md`)),
    '/r1': redirect(301, '/r2'),
    '/r2': redirect(302, '/r3'),
    '/r3': redirect(303, '/r4'),
    '/r4': redirect(307, '/r5'),
    '/r5': redirect(308, '/news/storm'),
    '/r0': redirect(301, '/r1'),
    '/loop': redirect(302, '/loop-back'),
    '/loop-back': redirect(302, '/loop'),
    '/slow': stalled,
    '/huge': endless(51),
    '/report.pdf': send(200, 'application/pdf', '%PDF-1.7\n'),
    '/broken': send(500, 'text/html', '<h1>Internal Server Error</h1>'),
  });
});

afterAll(async () => {
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** The command's result, which must be a success with nothing on stderr. */
async function ok(args: readonly string[], input?: string): Promise<string> {
  const result = await runAsync(args, { input });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

describe('a news page from the web', () => {
  it('reads as an article: title, facts, the description as lead, the text, the source', async () => {
    const lines = (await ok(['read', at('/news/storm')])).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Storm Ciarán: Coastal towns evacuated as sea floods streets',
      'November 2, 2023 · Ana Lopes, Tom Price · The Daily Example · 2 min read',
      '',
      'Hundreds of people spent the night in emergency shelters after the storm drove sea water into three towns.',
    ]);
    expect(lines).toContain('Roads and railways closed');
    expect(lines.at(-2)).toBe('Source: https://www.daily.example/news/uk-67301245');
    expect(lines.join('\n')).not.toMatch(/Advertisement|stormwatcher|Top stories|Terms of Use/);
  });

  it('answers every command, with the author and publisher its markup names', async () => {
    expect(await ok(['info', 'author', at('/news/storm')])).toBe('Ana Lopes, Tom Price\n');
    expect(await ok(['info', 'publisher', at('/news/storm')])).toBe('The Daily Example\n');
    expect(await ok(['source', at('/news/storm')])).toBe(
      'https://www.daily.example/news/uk-67301245\n',
    );
    const quotes = await ok(['quotes', at('/news/storm')]);
    expect(quotes).toContain('We have never seen the water this high');
    expect(quotes).toContain('\tTom Reed\n');
  });

  it('after redirects, reads the page they lead to', async () => {
    expect(await ok(['info', 'title', at('/r1')])).toBe(
      'Storm Ciarán: Coastal towns evacuated as sea floods streets\n',
    );
  });

  it('a Markdown answer goes to the Markdown reader', async () => {
    expect(await ok(['summary', at('/story.md')])).toBe(await ok(['summary']));
  });

  it('decodes a windows-1252 page by its <meta charset>, or by the charset of Content-Type', async () => {
    for (const route of ['/bretagne/digue', '/bretagne/digue-latin1']) {
      const summary = await ok(['summary', at(route)]);
      expect(summary).toBe(
        'Fermée depuis la tempête de jeudi, la promenade de la digue du Sillon a rouvert mardi matin. La mairie a dépensé 1,2 million d’euros pour consolider l’ouvrage.\n',
      );
      expect(await ok(['quotes', at(route)])).toContain(
        'On a eu très peur pour nos maisons, mais l’ouvrage a tenu\tGilles Morin\n',
      );
    }
  });
});

describe('the bundled article as a web page of its own', () => {
  it.each([
    ['summary'],
    ['quotes', '--json'],
    ['source', '--json'],
    ['source'],
    ['info', '--json'],
  ])('article %s … gives what the Markdown file gives', async (...command) => {
    const fromPage = await ok([...command, at('/accueil/archives/174433')]);
    expect(fromPage).toBe(await ok([...command, 'frontex-maroc']));
  });

  it('and so does the page saved as a file', async () => {
    expect(await ok(['quotes', '--json', fixture('web/frontex-maroc.html')])).toBe(
      await ok(['quotes', '--json']),
    );
  });
});

describe('article get', () => {
  it.each([['/news/storm'], ['/accueil/archives/174433'], ['/bretagne/digue']])(
    '%s > story.md answers offline as the page did',
    async (route) => {
      const markdown = await ok(['get', at(route)]);
      expect(markdown).toMatch(/^---\ntitle: .+\ndate: \d{4}-\d{2}-\d{2}\n/);
      const story = path.join(scratch, `${route.replaceAll('/', '-')}.md`);
      writeFileSync(story, markdown);
      for (const command of [
        ['read'],
        ['summary', '--json'],
        ['quotes', '--json'],
        ['source', '--json'],
        ['info', '--json'],
      ]) {
        expect(await ok([...command, story]), command.join(' ')).toBe(
          await ok([...command, at(route)]),
        );
      }
      // And once more: the Markdown of the Markdown is the same Markdown.
      expect(await ok(['get', story])).toBe(markdown);
    },
  );

  it('writes the facts as front matter, then the article as Markdown', async () => {
    const markdown = await ok(['get', at('/news/storm')]);
    expect(markdown.split('\n---\n')[0]).toBe(
      [
        '---',
        "title: 'Storm Ciarán: Coastal towns evacuated as sea floods streets'",
        'date: 2023-11-02',
        'author: Ana Lopes, Tom Price',
        'publisher: The Daily Example',
        'source: https://www.daily.example/news/uk-67301245',
        'description: Hundreds of people spent the night in emergency shelters after the storm drove sea water into three towns.',
      ].join('\n'),
    );
    expect(markdown).toContain('\n## Roads and railways closed\n');
  });
});

describe('HTML from a file and on standard input', () => {
  it('reads a .html file, and HTML piped in, known by its first bytes', async () => {
    const page = fixturePage('news-en.html').toString('utf8');
    const fromFile = await ok(['info', '--json', fixture('web/news-en.html')]);
    expect(JSON.parse(fromFile).author).toBe('Ana Lopes, Tom Price');
    expect(await ok(['info', '--json', '-'], page)).toBe(fromFile);
  });

  it('a page with no article text is an error', async () => {
    const result = await runAsync(['read', '-'], {
      input: '<!DOCTYPE html><html><body></body></html>',
    });
    expect(result).toEqual({
      stdout: '',
      stderr: 'article: standard input: no article text found on the page\n',
      status: 1,
    });
  });
});

describe('failing to fetch: one line, exit status 1, nothing on stdout', () => {
  it.each([
    ['/missing', [], 'cannot fetch {url}: HTTP 404'],
    ['/broken', [], 'cannot fetch {url}: HTTP 500'],
    ['/report.pdf', [], '{url}: application/pdf is not an article (HTML, Markdown or plain text)'],
    ['/slow', ['--timeout', '1'], 'cannot fetch {url}: timed out after 1 s'],
    ['/loop', [], 'cannot fetch {url}: redirect loop'],
    ['/r0', [], 'cannot fetch {url}: more than 5 redirects'],
    ['/huge', [], '{url}: larger than the 50 MB limit'],
  ] as const)('%s', async (route, options, message) => {
    const result = await runAsync(['summary', ...options, at(route)]);
    expect(result).toEqual({
      stdout: '',
      stderr: `article: ${message.replace('{url}', at(route))}\n`,
      status: 1,
    });
  });

  it('a connection refused', async () => {
    const closed = await startServer({});
    await closed.close();
    const result = await runAsync(['read', `${closed.origin}/a`]);
    expect(result).toEqual({
      stdout: '',
      stderr: `article: cannot fetch ${closed.origin}/a: connection refused\n`,
      status: 1,
    });
  });

  it('a timeout that is no number of seconds is a usage error', async () => {
    const result = await runAsync(['read', '--timeout', 'soon', at('/news/storm')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^article: read --timeout: 'soon' is not a number of seconds/);
  });
});
