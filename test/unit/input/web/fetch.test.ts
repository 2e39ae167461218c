import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ArticleError } from '../../../../src/errors.js';
import { resolveInput } from '../../../../src/input/resolve.js';
import { fetchArticle } from '../../../../src/input/web/fetch.js';
import {
  endless,
  fixturePage,
  redirect,
  send,
  stalled,
  startServer,
  type TestServer,
} from '../../../helpers/server.js';

const noStdin = () => {
  throw new Error('standard input was opened for an address');
};

async function failure(promise: Promise<unknown>): Promise<ArticleError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ArticleError);
  return error as ArticleError;
}

let server: TestServer;
const at = (path: string) => `${server.origin}${path}`;

beforeAll(async () => {
  const page = fixturePage('news-en.html');
  server = await startServer({
    '/news': send(200, 'text/html; charset=utf-8', page),
    '/xhtml': send(200, 'application/xhtml+xml', page),
    '/story.md': send(200, 'text/markdown; charset=UTF-8', '# Story\n\nText.\n'),
    '/latin1.txt': send(200, 'text/plain; charset="ISO-8859-1"', Uint8Array.of(0x23, 0x20, 0xe9)),
    '/untyped-page': send(200, null, page),
    '/untyped-text': send(200, null, '# Plain\n'),
    '/one': redirect(301, '/two'),
    '/two': redirect(302, `${'/three'}`),
    '/three': redirect(303, '/four'),
    '/four': redirect(307, '/five'),
    '/five': redirect(308, '/news'),
    '/six': redirect(301, '/one'),
    '/loop-a': redirect(302, '/loop-b'),
    '/loop-b': redirect(302, '/loop-a'),
    '/nowhere': (_request, response) => {
      response.writeHead(302);
      response.end();
    },
    '/to-ftp': redirect(302, 'ftp://files.example/a.md'),
    '/gone': send(410, 'text/html', '<h1>Gone</h1>'),
    '/broken': send(500, 'text/plain', 'Internal Server Error'),
    '/report.pdf': send(200, 'application/pdf', '%PDF-1.7\n'),
    '/photo': send(200, 'image/jpeg', Uint8Array.of(0xff, 0xd8, 0xff)),
    '/api': send(200, 'application/json', '{"title": "not an article"}'),
    '/slow': stalled,
    '/silent': () => {},
    '/huge': endless(51),
    '/announced': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html', 'content-length': 60 * 1024 * 1024 });
      response.write('<!doctype html>');
    },
  });
});

afterAll(() => server.close());
afterEach(() => vi.unstubAllGlobals());

describe('fetching an article', () => {
  it('reads a page, says it is HTML and where it was found, and names itself to the server', async () => {
    const input = await resolveInput(at('/news'), noStdin);
    expect(input).toMatchObject({
      name: at('/news'),
      format: 'html',
      url: at('/news'),
      charset: 'utf-8',
    });
    expect(Buffer.from(input.bytes).toString()).toContain('Storm Ciarán');
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    const request = server.requests.at(-1);
    expect(request?.headers['user-agent']).toBe(`article-reader/${version}`);
    expect(request?.headers.accept).toMatch(/^text\/html/);
  });

  it('takes XHTML as HTML, Markdown and plain text as Markdown, with the charset named', async () => {
    expect((await fetchArticle(at('/xhtml'))).format).toBe('html');
    expect(await fetchArticle(at('/story.md'))).toMatchObject({
      format: 'markdown',
      charset: 'UTF-8',
    });
    expect(await fetchArticle(at('/latin1.txt'))).toMatchObject({
      format: 'markdown',
      charset: 'ISO-8859-1',
    });
  });

  it('without a Content-Type, tells a page from text by its first bytes', async () => {
    expect((await fetchArticle(at('/untyped-page'))).format).toBe('html');
    expect((await fetchArticle(at('/untyped-text'))).format).toBe('markdown');
  });

  it('follows five redirects of every kind, and names the address it ended at', async () => {
    const input = await fetchArticle(at('/one'));
    expect(input).toMatchObject({ name: at('/one'), url: at('/news'), format: 'html' });
  });
});

describe('failing to fetch', () => {
  const message = async (path: string, seconds?: number) =>
    (await failure(fetchArticle(at(path), { timeoutSeconds: seconds }))).message;

  it('refuses a sixth redirect, a loop, a redirect to nowhere and one away from the web', async () => {
    expect(await message('/six')).toBe(`cannot fetch ${at('/six')}: more than 5 redirects`);
    expect(await message('/loop-a')).toBe(`cannot fetch ${at('/loop-a')}: redirect loop`);
    expect(await message('/nowhere')).toBe(
      `cannot fetch ${at('/nowhere')}: HTTP 302 without a Location`,
    );
    expect(await message('/to-ftp')).toBe(
      `cannot fetch ${at('/to-ftp')}: redirected to a non-web address (ftp:)`,
    );
  });

  it('says which HTTP error the server answered', async () => {
    expect(await message('/missing')).toBe(`cannot fetch ${at('/missing')}: HTTP 404`);
    expect(await message('/gone')).toBe(`cannot fetch ${at('/gone')}: HTTP 410`);
    const error = await failure(fetchArticle(at('/broken')));
    expect(error).toMatchObject({
      message: `cannot fetch ${at('/broken')}: HTTP 500`,
      code: 'fetch-failed',
      subject: at('/broken'),
    });
  });

  it('refuses what is not an article: a PDF, an image, JSON', async () => {
    const error = await failure(fetchArticle(at('/report.pdf')));
    expect(error).toMatchObject({
      message: `${at('/report.pdf')}: application/pdf is not an article (HTML, Markdown or plain text)`,
      code: 'unsupported-type',
    });
    expect(await message('/photo')).toMatch(/: image\/jpeg is not an article/);
    expect(await message('/api')).toMatch(/: application\/json is not an article/);
  });

  it('gives up after the timeout, whether the server is silent or stops halfway', async () => {
    expect(await message('/silent', 0.5)).toBe(
      `cannot fetch ${at('/silent')}: timed out after 0.5 s`,
    );
    expect(await message('/slow', 0.5)).toBe(`cannot fetch ${at('/slow')}: timed out after 0.5 s`);
  });

  it('stops reading a body past 50 MB, and refuses one announced larger without reading it', async () => {
    const huge = await failure(fetchArticle(at('/huge')));
    expect(huge).toMatchObject({
      message: `${at('/huge')}: larger than the 50 MB limit`,
      code: 'too-large',
    });
    // The server sends 15 bytes of the 60 MB it announces, then nothing: only the Content-Length
    // can end this before the timeout.
    expect(await message('/announced', 20)).toBe(
      `${at('/announced')}: larger than the 50 MB limit`,
    );
  });

  it('says the connection was refused when nothing listens', async () => {
    const closed = await startServer({});
    await closed.close();
    expect((await failure(fetchArticle(`${closed.origin}/a`))).message).toBe(
      `cannot fetch ${closed.origin}/a: connection refused`,
    );
  });

  it('tells what the system said in words: an unknown host, an untrusted certificate', async () => {
    const failing = (cause: unknown) =>
      vi.fn(() => Promise.reject(new TypeError('fetch failed', { cause })));
    vi.stubGlobal('fetch', failing({ code: 'ENOTFOUND' }));
    expect(await message('/a')).toBe(`cannot fetch ${at('/a')}: host not found`);
    vi.stubGlobal(
      'fetch',
      failing({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT', message: 'self-signed' }),
    );
    expect(await message('/a')).toBe(
      `cannot fetch ${at('/a')}: the certificate is not trusted (DEPTH_ZERO_SELF_SIGNED_CERT)`,
    );
    vi.stubGlobal(
      'fetch',
      failing({ errors: [{ code: 'ECONNREFUSED' }, { code: 'ECONNREFUSED' }] }),
    );
    expect(await message('/a')).toBe(`cannot fetch ${at('/a')}: connection refused`);
    vi.stubGlobal('fetch', failing(new Error('something new')));
    expect(await message('/a')).toBe(`cannot fetch ${at('/a')}: something new`);
  });

  it('fetches only http and https', async () => {
    const error = await failure(resolveInput('ftp://files.example/a.md', noStdin));
    expect(error).toMatchObject({
      message: 'ftp://files.example/a.md: only http and https addresses are fetched',
      code: 'bad-argument',
    });
  });
});
