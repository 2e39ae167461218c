#!/usr/bin/env node
// Measures the extractors on the blind set in eval/blind/: real news pages, annotated by hand
// before the tool ever ran on them (eval/blind/NOTES-*.md tells how). Odd-numbered articles are
// the tuning half, even-numbered ones the blind half: figures are printed for both, mismatches
// only for the tuning half unless --show-blind is given, so that no rule is ever fitted to the
// half that is reported.
//
//   npm run eval                 figures per language and half, tuning-half mismatches
//   npm run eval -- --show-blind also the blind half's mismatches (for the closing report only)
//   npm run eval -- --json       the figures as JSON
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const setDir = path.join(root, 'eval', 'blind');
const library = await import(path.join(root, 'dist', 'index.js'));
const showBlind = process.argv.includes('--show-blind');
const asJson = process.argv.includes('--json');

/** Case, accents, punctuation and spacing folded away: how texts are compared. */
function normalise(text) {
  return (text ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

/** A speaker as compared: normalised, a leading article dropped (`le club` = `club`). */
function speakerKey(speaker) {
  if (speaker === null || speaker === undefined) return null;
  return normalise(speaker).replace(/^(?:le|la|les|l'|the|a|an|un|une) ?/u, '');
}

function tokens(text) {
  return normalise(text).split(' ').filter(Boolean);
}

/** How much two quotations overlap: shared words over the longer one's words. */
function overlap(a, b) {
  const x = tokens(a);
  const y = tokens(b);
  if (x.length === 0 || y.length === 0) return 0;
  const na = normalise(a);
  const nb = normalise(b);
  if (na === nb) return 1;
  const counts = new Map();
  for (const word of x) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of y) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(word, left - 1);
    }
  }
  return shared / Math.max(x.length, y.length);
}

// Two quotations are the same when most of their words are: the tool may keep or drop a comma,
// an ellipsis or the part after an incise differently from the annotator.
const SAME_QUOTE = 0.6;

/** Gold and found quotations paired one to one, best overlaps first. */
function pair(gold, found) {
  const candidates = [];
  gold.forEach((g, i) => {
    found.forEach((f, j) => {
      const score = overlap(g.text, f.text);
      if (score >= SAME_QUOTE) candidates.push({ i, j, score });
    });
  });
  candidates.sort((a, b) => b.score - a.score);
  const goldTaken = new Set();
  const foundTaken = new Set();
  const pairs = [];
  for (const { i, j } of candidates) {
    if (goldTaken.has(i) || foundTaken.has(j)) continue;
    goldTaken.add(i);
    foundTaken.add(j);
    pairs.push({ gold: gold[i], found: found[j] });
  }
  return {
    pairs,
    missed: gold.filter((_, i) => !goldTaken.has(i)),
    extra: found.filter((_, j) => !foundTaken.has(j)),
  };
}

function emptyTally() {
  return { gold: 0, found: 0, matched: 0, rightSpeaker: 0, articles: 0, facts: {} };
}

function addFact(tally, name, right) {
  tally.facts[name] ??= { right: 0, total: 0 };
  const fact = tally.facts[name];
  fact.total++;
  if (right) fact.right++;
}

const short = (text) => JSON.stringify(text.length > 70 ? `${text.slice(0, 67)}…` : text);

function evaluate(id) {
  const gold = JSON.parse(readFileSync(path.join(setDir, 'gold', `${id}.json`), 'utf8'));
  const markdown = readFileSync(path.join(setDir, 'articles', `${id}.md`), 'utf8');
  const article = library.parseArticle(markdown);
  const found = library.extractQuotes(article);
  const { pairs, missed, extra } = pair(gold.quotes, found);
  const lines = [];
  let rightSpeaker = 0;
  for (const { gold: g, found: f } of pairs) {
    if (speakerKey(g.speaker) === speakerKey(f.speaker)) rightSpeaker++;
    else
      lines.push(
        `${id} speaker ${short(g.text)}: gold ${g.speaker ?? 'null'}, got ${f.speaker ?? 'null'}`,
      );
  }
  for (const g of missed) lines.push(`${id} missed ${short(g.text)} (${g.speaker ?? 'null'})`);
  for (const f of extra) lines.push(`${id} extra ${short(f.text)} (${f.speaker ?? 'null'})`);

  const info = library.articleInfo(article);
  const summary = library.summarize(article, { sentences: 1 });
  const facts = {
    title: normalise(info.title) === normalise(gold.title),
    date: (info.date ?? null) === (gold.date ?? null),
    author: speakerKey(info.author ?? null) === speakerKey(gold.author ?? null),
    lead: normalise(summary.text) === normalise(gold.lead),
  };
  for (const [name, right] of Object.entries(facts)) {
    if (!right) {
      const got = name === 'lead' ? summary.text : String(info[name] ?? 'null');
      lines.push(`${id} ${name}: gold ${short(String(gold[name] ?? 'null'))}, got ${short(got)}`);
    }
  }
  return {
    gold: gold.quotes.length,
    found: found.length,
    matched: pairs.length,
    rightSpeaker,
    facts,
    lines,
    language: gold.lang,
  };
}

const ids = readdirSync(path.join(setDir, 'gold'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -'.json'.length))
  .sort();

const tallies = {};
const mismatches = { tuning: [], blind: [] };
for (const id of ids) {
  const result = evaluate(id);
  const half = Number(id.split('-')[1]) % 2 === 1 ? 'tuning' : 'blind';
  for (const key of [
    `${result.language} ${half}`,
    `all ${half}`,
    `${result.language} both`,
    'all both',
  ]) {
    tallies[key] ??= emptyTally();
    const tally = tallies[key];
    tally.gold += result.gold;
    tally.found += result.found;
    tally.matched += result.matched;
    tally.rightSpeaker += result.rightSpeaker;
    tally.articles++;
    for (const [name, right] of Object.entries(result.facts)) addFact(tally, name, right);
  }
  mismatches[half].push(...result.lines);
}

const ratio = (a, b) => (b === 0 ? 0 : a / b);
function figures(tally) {
  const precision = ratio(tally.matched, tally.found);
  const recall = ratio(tally.matched, tally.gold);
  const facts = Object.fromEntries(
    Object.entries(tally.facts).map(([name, { right, total }]) => [name, ratio(right, total)]),
  );
  return {
    articles: tally.articles,
    quotes: tally.gold,
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    speaker: ratio(tally.rightSpeaker, tally.matched),
    speakerOfAll: ratio(tally.rightSpeaker, tally.gold),
    ...facts,
  };
}

const order = [
  'fr tuning',
  'en tuning',
  'all tuning',
  'fr blind',
  'en blind',
  'all blind',
  'all both',
];
const table = Object.fromEntries(order.map((key) => [key, figures(tallies[key] ?? emptyTally())]));

if (asJson) {
  process.stdout.write(`${JSON.stringify(table, null, 2)}\n`);
} else {
  const f = (x) => x.toFixed(2);
  const rows = [
    '| set | articles | quotes | P | R | F1 | speaker | title | date | author | lead |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...order.map((key) => {
      const t = table[key];
      return `| ${key} | ${t.articles} | ${t.quotes} | ${f(t.precision)} | ${f(t.recall)} | ${f(t.f1)} | ${f(t.speaker)} | ${f(t.title ?? 0)} | ${f(t.date ?? 0)} | ${f(t.author ?? 0)} | ${f(t.lead ?? 0)} |`;
    }),
  ];
  process.stdout.write(`${rows.join('\n')}\n\nspeaker: right speakers over matched quotations.\n`);
  process.stdout.write(
    `\nMismatches, tuning half (odd numbers):\n${mismatches.tuning.join('\n')}\n`,
  );
  if (showBlind) {
    process.stdout.write(
      `\nMismatches, blind half (even numbers):\n${mismatches.blind.join('\n')}\n`,
    );
  }
}
