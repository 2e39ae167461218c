/**
 * An article on the web, fetched with Node's own fetch: bounded in time (the whole exchange, body
 * included), in redirects and in size, and refused unless it is HTML, Markdown or plain text.
 */
import { readFileSync } from 'node:fs';
import { ArticleError } from '../../errors.js';
import { PACKAGE_JSON } from '../../paths.js';
import { MAX_INPUT_BYTES, readBounded, tooLarge } from '../bounded.js';
import { looksLikeHtml } from '../decode.js';
import type { InputFormat, RawInput } from '../raw.js';
import { DEFAULT_TIMEOUT_SECONDS, MAX_REDIRECTS } from './limits.js';

export interface FetchOptions {
  /** How long the whole fetch may take, body included. */
  readonly timeoutSeconds?: number;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

// What the server may call an article. Plain text is Markdown without markup.
const FORMATS: Readonly<Record<string, InputFormat>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/plain': 'markdown',
};

/** `article-reader/0.1.0`: servers see which tool asks, and which version of it. */
function userAgent(): string {
  const { name, version } = JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as {
    name: string;
    version: string;
  };
  return `${name}/${version}`;
}

function cannotFetch(address: string, problem: string): ArticleError {
  return new ArticleError(`cannot fetch ${address}: ${problem}`, 'fetch-failed', address);
}

// undici's and the system's error codes, in the words a reader knows.
const NETWORK_PROBLEMS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed by the server',
};

/** The error code under fetch's `TypeError: fetch failed`, also when several addresses were tried. */
function errorCode(error: unknown): string | undefined {
  const cause = (error as { cause?: unknown }).cause ?? error;
  const { code, errors } = cause as { code?: unknown; errors?: unknown };
  if (typeof code === 'string') return code;
  return Array.isArray(errors) ? errorCode(errors[0]) : undefined;
}

function networkProblem(error: unknown, timeoutSeconds: number): string {
  if ((error as Error).name === 'TimeoutError') return `timed out after ${timeoutSeconds} s`;
  const code = errorCode(error);
  if (code && NETWORK_PROBLEMS[code]) return NETWORK_PROBLEMS[code];
  if (code && /CERT|SSL|TLS/.test(code)) return `the certificate is not trusted (${code})`;
  const cause = (error as { cause?: Error }).cause;
  return (cause ?? (error as Error)).message;
}

/** The media type of a Content-Type header, and its charset parameter. */
function contentType(header: string | null): { type: string | null; charset: string | null } {
  if (!header) return { type: null, charset: null };
  const [type = '', ...parameters] = header.split(';').map((part) => part.trim());
  const charset = parameters
    .map((parameter) => /^charset\s*=\s*"?([^";\s]+)"?$/i.exec(parameter)?.[1])
    .find(Boolean);
  return { type: type.toLowerCase() || null, charset: charset ?? null };
}

interface Exchange {
  readonly response: Response;
  /** The address that answered, after redirects. */
  readonly url: URL;
}

/** Follows redirects by hand, so that their number is bounded and a loop is told as one. */
async function follow(address: string, signal: AbortSignal): Promise<Exchange> {
  let url = new URL(address);
  const seen = new Set<string>();
  for (;;) {
    seen.add(url.href);
    const response = await fetch(url, {
      redirect: 'manual',
      signal,
      headers: {
        'user-agent': userAgent(),
        accept: 'text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.8',
      },
    });
    if (!REDIRECT_STATUSES.has(response.status)) return { response, url };
    await response.body?.cancel();
    url = redirectTarget(address, response, url, seen);
  }
}

function redirectTarget(address: string, response: Response, from: URL, seen: Set<string>): URL {
  const location = response.headers.get('location');
  if (!location) throw cannotFetch(address, `HTTP ${response.status} without a Location`);
  const next = new URL(location, from);
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    throw cannotFetch(address, `redirected to a non-web address (${next.protocol})`);
  }
  if (seen.has(next.href)) throw cannotFetch(address, 'redirect loop');
  if (seen.size > MAX_REDIRECTS) throw cannotFetch(address, `more than ${MAX_REDIRECTS} redirects`);
  return next;
}

async function body(exchange: Exchange, address: string): Promise<RawInput> {
  const { response, url } = exchange;
  if (!response.ok) {
    await response.body?.cancel();
    throw cannotFetch(address, `HTTP ${response.status}`);
  }
  const { type, charset } = contentType(response.headers.get('content-type'));
  const stated = type === null ? null : FORMATS[type];
  if (stated === undefined) {
    await response.body?.cancel();
    throw new ArticleError(
      `${address}: ${type} is not an article (HTML, Markdown or plain text)`,
      'unsupported-type',
      address,
    );
  }
  if (Number(response.headers.get('content-length')) > MAX_INPUT_BYTES) {
    await response.body?.cancel();
    throw tooLarge(address);
  }
  const bytes = response.body ? await readBounded(response.body, address) : new Uint8Array();
  // Without a Content-Type, the bytes say what they are.
  const format = stated ?? (looksLikeHtml(bytes) ? 'html' : 'markdown');
  return { name: address, bytes, format, url: url.href, charset };
}

/** The article at an http or https address, named by that address in messages. */
export async function fetchArticle(address: string, options: FetchOptions = {}): Promise<RawInput> {
  const seconds = options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
  const signal = AbortSignal.timeout(seconds * 1000);
  try {
    return await body(await follow(address, signal), address);
  } catch (error) {
    if (error instanceof ArticleError) throw error;
    throw cannotFetch(address, networkProblem(error, seconds));
  }
}
