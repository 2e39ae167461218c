#!/usr/bin/env node
// A web page of a given size in the shape of a real news site's, made up deterministically for the
// benchmark: as on real pages, most of its bytes are not the article. A long read (the generated
// article of generate.mjs, about 40 KB of text) sits among inline CSS, an SVG sprite, a menu of
// hundreds of links, the JSON state a script framework inlines (the article again, and teasers),
// an advertisement slot, related stories and reader comments; the JSON state is sized so that the
// page comes to the size asked.
//
//   node bench/page.mjs 1000000 > page.html     # about 1 MB
import { pathToFileURL } from 'node:url';
import { marked } from 'marked';
import { generateArticle } from './generate.mjs';

const ARTICLE_BYTES = 40_000;

const repeat = (count, make) => Array.from({ length: count }, (_, i) => make(i)).join('\n');

function css() {
  return repeat(
    900,
    (i) =>
      `.c-${i.toString(36)}{display:flex;margin:${i % 7}px ${i % 5}rem;color:#${(i * 2654435761).toString(16).slice(-6).padStart(6, '0')};font:400 ${12 + (i % 9)}px/1.4 Georgia,serif}`,
  );
}

function sprite() {
  return repeat(
    120,
    (i) =>
      `<symbol id="icon-${i}" viewBox="0 0 24 24"><path d="M${i % 24} 2l${(i * 7) % 24} ${(i * 3) % 20}H4v${i % 13}h16V${i % 11}z"/></symbol>`,
  );
}

function menu() {
  return repeat(
    40,
    (section) =>
      `<li class="menu__section"><a href="/rubrique/${section}">Rubrique ${section}</a><ul>${repeat(
        15,
        (i) =>
          `<li><a class="menu__link" href="/rubrique/${section}/${i}">Sous-rubrique ${i}</a></li>`,
      )}</ul></li>`,
  );
}

function teaser(i) {
  return `<li class="teaser"><a href="/article/${1000 + i}"><span class="teaser__kicker">Rubrique ${i % 40}</span><h3 class="teaser__title">Titre d'un autre article numéro ${i}, sur un autre sujet</h3></a></li>`;
}

function comment(i) {
  return `<div class="comment"><span class="comment__author">lecteur${i}</span><time datetime="2023-12-14T0${i % 10}:00:00Z">14 décembre</time><p>Commentaire ${i} d'un lecteur qui n'est pas d'accord avec l'article et le dit assez longuement, en plusieurs phrases.</p></div>`;
}

function state(article, bytes) {
  const teasers = [];
  let json = '';
  for (let i = 0; json.length < bytes; i++) {
    teasers.push({ id: 2000 + i, title: `Titre d'un article ${i}`, url: `/article/${2000 + i}` });
    if (i % 100 === 0) json = JSON.stringify({ props: { article, teasers } });
  }
  return json.replaceAll('<', '\\u003c');
}

/** A news page of about `bytes` bytes whose article is the generated one. */
export function generatePage(bytes) {
  const markdown = generateArticle(ARTICLE_BYTES);
  const body = marked.parse(markdown.replace(/^# .*\n/, ''));
  const title = /^# \*{0,2}(.*?)\*{0,2}$/m.exec(markdown)?.[1] ?? 'Article';
  const page = (json) => `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>${title} | Le Quotidien</title>
<meta name="description" content="Un long article du Quotidien.">
<meta property="og:site_name" content="Le Quotidien">
<link rel="canonical" href="https://quotidien.example/article/1">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(title)},"datePublished":"2023-12-13T08:00:00+01:00","author":{"@type":"Person","name":"Jeanne Martin"}}</script>
<style>${css()}</style>
</head>
<body>
<svg style="display:none">${sprite()}</svg>
<header><nav class="menu"><ul>${menu()}</ul></nav></header>
<div class="ad ad--top" id="ad-top">Publicité</div>
<main>
<article>
<h1>${title}</h1>
<div class="byline">Par <span itemprop="author">Jeanne Martin</span></div>
${body}
</article>
<aside class="related"><h2>À lire aussi</h2><ul>${repeat(60, teaser)}</ul></aside>
<section class="comments"><h2>Commentaires</h2>${repeat(80, comment)}</section>
</main>
<footer><ul>${repeat(60, (i) => `<li><a href="/page/${i}">Page ${i}</a></li>`)}</ul></footer>
<script id="__STATE__" type="application/json">${json}</script>
</body>
</html>
`;
  const rest = bytes - Buffer.byteLength(page(''));
  return page(state(markdown, Math.max(0, rest)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(generatePage(Number(process.argv[2] ?? 1_000_000)));
}
