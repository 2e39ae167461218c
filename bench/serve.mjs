#!/usr/bin/env node
// The benchmark's web server, on 127.0.0.1 only: it serves the generated news page of page.mjs at
// /page (about 1 MB, its article a long read among the rest of a real page's bytes) and, at
// /long, a page whose article alone is the generated article of the size asked (the worst case:
// every byte is text Readability and turndown must walk). It runs in a process of its own because
// the benchmark times commands with spawnSync, which would stop a server in its own event loop;
// it prints its port, and ends when its standard input closes.
//
//   node bench/serve.mjs 1000000
import { createServer } from 'node:http';
import { marked } from 'marked';
import { generateArticle } from './generate.mjs';
import { generatePage } from './page.mjs';

const bytes = Number(process.argv[2] ?? 1_000_000);
const pages = {
  '/page': generatePage(bytes),
  '/long': `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Long</title></head><body><article>${marked.parse(generateArticle(bytes))}</article></body></html>`,
};

const server = createServer((request, response) => {
  const page = pages[request.url];
  response.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
  response.end(page ?? '');
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${server.address().port}\n`);
});
process.stdin.on('end', () => server.close(() => process.exit(0)));
process.stdin.resume();
