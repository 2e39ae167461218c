/**
 * A web server on 127.0.0.1 for the tests of web input: it serves only what a test gives it, on a
 * port of its own, so nothing ever leaves the machine.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** The requests it received, in order. */
  readonly requests: IncomingMessage[];
  close(): Promise<void>;
}

export async function startServer(routes: Readonly<Record<string, Handler>>): Promise<TestServer> {
  const requests: IncomingMessage[] = [];
  const server = createServer((request, response) => {
    requests.push(request);
    // A client that gives up (a timeout, a body over the bound) is no error of the server's.
    response.on('error', () => {});
    const route = routes[new URL(request.url ?? '/', 'http://x').pathname];
    if (route) route(request, response);
    else send(404, 'text/html', '<h1>Not found</h1>')(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A response of this status, content type (none when null) and body. */
export function send(status: number, type: string | null, body: string | Uint8Array): Handler {
  return (_request, response) => {
    response.writeHead(status, type === null ? {} : { 'content-type': type });
    response.end(body);
  };
}

/** A page of test/fixtures/web/, as bytes (one of them is not UTF-8). */
export function fixturePage(name: string): Buffer {
  return readFileSync(new URL(`../fixtures/web/${name}`, import.meta.url));
}

export function redirect(status: number, location: string): Handler {
  return (_request, response) => {
    response.writeHead(status, { location });
    response.end();
  };
}

/** Headers and the start of a page at once, the rest never: a server too slow for any timeout. */
export const stalled: Handler = (_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html' });
  response.write('<!doctype html><html><body><p>The start of a page');
};

/** Text in 1 MB chunks, `megabytes` of them, without a Content-Length, as it is produced. */
export function endless(megabytes: number): Handler {
  const chunk = Buffer.alloc(1024 * 1024, 'All work and no play. ');
  return (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain' });
    let sent = 0;
    const more = () => {
      while (sent < megabytes) {
        sent++;
        if (!response.write(chunk)) {
          response.once('drain', more);
          return;
        }
      }
      response.end();
    };
    more();
  };
}
