import { stripVTControlCharacters } from 'node:util';
import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { articleInfo } from '../../../src/extract/info.js';
import type { Article } from '../../../src/model/article.js';
import { renderArticle } from '../../../src/render/read.js';
import { createTheme } from '../../../src/render/theme.js';
import { fixtureArticle, markdownArticle, seedArticle } from '../../helpers/articles.js';
import { fitsWidth } from '../../helpers/layout.js';

interface Mode {
  readonly level: 0 | 1 | 2 | 3;
  readonly hyperlinks: boolean;
  readonly terminal: boolean;
}

const PIPE: Mode = { level: 0, hyperlinks: false, terminal: false };
const TERMINAL: Mode = { level: 3, hyperlinks: true, terminal: true };
const MODES: Readonly<Record<string, Mode>> = {
  pipe: PIPE,
  'terminal with hyperlinks': TERMINAL,
  'terminal without colour': { level: 0, hyperlinks: false, terminal: true },
};

const ARTICLES: Readonly<Record<string, Article>> = {
  seed: seedArticle(),
  'no lead': fixtureArticle('read-no-lead.md'),
  english: fixtureArticle('read-english.md'),
  'lists and quotes': fixtureArticle('read-lists.md'),
  'code, table, CJK and emoji': fixtureArticle('read-code-table.md'),
};

function render(article: Article, width: number | null, mode: Mode = PIPE): string {
  return renderArticle(article, articleInfo(article), {
    theme: createTheme(new Chalk({ level: mode.level })),
    width,
    hyperlinks: mode.hyperlinks,
    terminal: mode.terminal,
  });
}

const plain = (text: string) => stripVTControlCharacters(text);
const linesOf = (text: string) => text.replace(/\n$/, '').split('\n');
const ESCAPE = /[\u001B\u009B]/;

/** A line's text once the layout's own marks (margin, bars, bullets, numbers) are set aside. */
function textOf(line: string): string {
  return plain(line).replace(/^[\s┃│•◦▪]*(?:\d+\.|\[[x ]\])?\s*/, '');
}

const BAD_START = /^[»›”:;!?]/;
const BAD_END = /[«‹“„][\s\u00A0\u202F]*$/;

/**
 * Tokens a line may hold: the article's words as the same layout without a width shows them,
 * pieces of a word longer than the line, and table labels (`2022:`) of the narrow table layout.
 */
function expectWordsKept(wrapped: string, unwrapped: string, width: number): void {
  const words = plain(unwrapped).split(/\s+/);
  const known = new Set(words);
  const long = words.filter((word) => stringWidth(word) > width - 12);
  for (const token of plain(wrapped).split(/\s+/)) {
    const kept =
      known.has(token) ||
      known.has(token.replace(/:$/, '')) ||
      token === ':' ||
      long.some((word) => word.includes(token));
    if (!kept) expect.fail(`"${token}" is not a word of the article at width ${width}`);
  }
}

describe.each(Object.entries(MODES))('the reading layout, %s', (_, mode) => {
  describe.each(Object.entries(ARTICLES))('of the %s article', (_, article) => {
    const unwrapped = render(article, null, mode);

    it('fits every width from 30 to 120, with words whole and French marks kept with theirs', () => {
      for (let width = 30; width <= 120; width++) {
        const out = render(article, width, mode);
        const lines = linesOf(out);
        for (const line of lines) {
          if (!fitsWidth(line, width)) expect.fail(`${stringWidth(line)} > ${width}: ${line}`);
          expect(textOf(line)).not.toMatch(BAD_END);
        }
        // A paragraph may open with a mark; a line that continues one may not.
        lines.forEach((line, i) => {
          if (i > 0 && textOf(lines[i - 1] ?? '') !== '' && textOf(line) !== '') {
            expect(textOf(line)).not.toMatch(BAD_START);
          }
        });
        expectWordsKept(out, unwrapped, width);
      }
    });

    it('leaks no Markdown syntax', () => {
      for (const out of [unwrapped, render(article, 40, mode)]) {
        expect(plain(out)).not.toMatch(/\*\*|__|<https?:|^#+ |\]\(|^\s*[-*+] /m);
      }
    });

    it('holds escape sequences only when colour is on', () => {
      expect(ESCAPE.test(render(article, 60, mode))).toBe(mode.level > 0);
    });
  });
});

describe('the seed article in a pipe', () => {
  const lines = linesOf(render(ARTICLES.seed as Article, null));

  it('starts with the title and one line of facts in French', () => {
    expect(lines[0]).toBe(
      'Migration – Frontex dévoile les prochaines étapes pour “une coopération plus étroite” avec le Maroc',
    );
    expect(lines[1]).toBe('13 décembre 2023 · Migration · article19.ma · 2 min de lecture');
    expect(lines[2]).toBe('');
  });

  it('has one paragraph per line, separated by blank lines, and the source last', () => {
    expect(lines.filter((_, i) => i >= 2 && i % 2 === 0).every((line) => line === '')).toBe(true);
    expect(lines.filter((_, i) => i >= 2 && i % 2 === 1).every((line) => line !== '')).toBe(true);
    expect(lines[3]).toMatch(/^Cette semaine, .* aux frontières\.$/);
    expect(lines.at(-1)).toBe('Source : https://article19.ma/accueil/archives/174433');
  });

  it('shows the intertitle without its decorative +', () => {
    expect(lines).toContain('« Le Maroc se distingue comme un partenaire crucial en Afrique »');
  });

  it('leaves out a link address its text already shows', () => {
    const text = lines.join('\n');
    expect(text).toContain('selon le site frontex.europa.eu.');
    expect(text).not.toContain('(https://frontex.europa.eu');
  });

  it('adds no no-break space when it does not wrap', () => {
    expect(lines.join('\n')).not.toMatch(/[\u00A0]/);
  });
});

describe('the seed article in a terminal', () => {
  const out = render(ARTICLES.seed as Article, 80, TERMINAL);
  const lines = linesOf(out);

  it('sets the title bold in the accent colour within the margin, with no # before it', () => {
    expect(lines[0]).toBe(
      '  \u001B[36m\u001B[1mMigration – Frontex dévoile les prochaines étapes pour “une coopération plus\u001B[0m',
    );
    expect(lines[1]).toBe('  \u001B[36m\u001B[1métroite” avec le Maroc\u001B[22m\u001B[39m');
  });

  it('dims the line of facts and keeps each fact whole when it wraps', () => {
    expect(lines[2]).toMatch(/^ {2}\u001B\[2m13\u00A0décembre\u00A02023/);
    const narrow = linesOf(render(ARTICLES.seed as Article, 40, TERMINAL)).map(plain);
    expect(narrow).toContain('  13\u00A0décembre\u00A02023\u00A0· Migration\u00A0·');
    expect(narrow).toContain('  article19.ma\u00A0· 2\u00A0min\u00A0de\u00A0lecture');
  });

  it('sets the lead apart with a bar down the margin across its paragraphs, without italics', () => {
    const bar = '\u001B[36m┃\u001B[39m';
    const first = lines.findIndex((line) => line.startsWith(bar));
    const last = lines.findLastIndex((line) => line.startsWith(bar));
    expect(first).toBe(4);
    expect(lines[first - 1]).toBe('');
    expect(lines[last + 1]).toBe('');
    const lead = lines.slice(first, last + 1);
    expect(lead.every((line) => line.startsWith(bar))).toBe(true);
    expect(lead.filter((line) => line === bar)).toHaveLength(2);
    expect(lead[0]).toBe(
      `${bar} Cette semaine, le directeur exécutif de Frontex, Hans Leijtens, se rend à`,
    );
  });

  it('sets the intertitle as a subheading: bold, below the title in weight and colour', () => {
    expect(out).toContain(
      '  \u001B[1m«\u00A0Le Maroc se distingue comme un partenaire crucial en Afrique\u00A0»\u001B[22m',
    );
  });

  it('makes links OSC 8 hyperlinks', () => {
    expect(out).toContain('\u001B]8;;https://frontex.europa.eu/\u001B\\');
    expect(out).toContain('\u001B]8;;https://article19.ma/accueil/archives/174433\u001B\\');
  });

  it('never goes wider than 80 columns, however wide the terminal', () => {
    expect(Math.max(...lines.map((line) => stringWidth(line)))).toBeLessThanOrEqual(80);
  });
});

describe('articles of other shapes', () => {
  it('sets an article with no lead without a bar', () => {
    const out = render(ARTICLES['no lead'] as Article, 60, TERMINAL);
    expect(out).not.toContain('┃');
    expect(plain(out)).toMatch(
      /^ {2}Le port de Tanger Med bat un nouveau record\n {2}1\u00A0min\u00A0de\u00A0lecture\n\n/,
    );
    expect(plain(out)).toContain("\n\n  Une concurrence qui s'intensifie\n\n");
  });

  it('writes the facts of an English article in English', () => {
    const lines = linesOf(render(ARTICLES.english as Article, null));
    expect(lines[1]).toBe('December 13, 2023 · Weather · news.example.org · 1 min read');
    expect(lines.at(-1)).toBe('Source: https://news.example.org/2023/12/13/fishermen-return');
  });

  it('puts a link address in parentheses after its text when hyperlinks are not available', () => {
    const out = plain(render(ARTICLES.english as Article, null));
    expect(out).toContain('on its website (https://coastguard.example.org/advice), and');
    expect(out).toContain('the forecast at https://weather.example.org/coast.');
  });

  it('styles bold, italic and links inside list items and block quotes', () => {
    const out = render(ARTICLES['lists and quotes'] as Article, 100, {
      level: 1,
      hyperlinks: false,
      terminal: true,
    });
    const line = (text: string) => linesOf(out).find((l) => plain(l).includes(text)) ?? '';
    expect(line('analyse des risques')).toContain('\u001B[1manalyse des risques\u001B[22m');
    expect(line('analyse des risques')).toContain('\u001B[3mrenforcée\u001B[23m');
    expect(line('échanges de connaissances')).toContain('\u001B[4méchanges de connaissances');
    expect(line('agir vite')).toContain('\u001B[1magir vite\u001B[22m');
    expect(line('le site de la')).toContain('\u001B[4mle site de la');
  });

  it('lays out lists with bullets, nested bullets, numbers and task boxes', () => {
    const lines = linesOf(plain(render(ARTICLES['lists and quotes'] as Article, null)));
    expect(lines).toContain("• l'analyse des risques, confiée à une cellule renforcée ;");
    expect(lines).toContain('  ◦ un accompagnement individuel ;');
    expect(lines).toContain('1. consultation des États membres ;');
    expect(lines).toContain('[x] tâche faite');
    expect(lines).toContain('[ ] tâche à faire');
    expect(lines).toContain(
      '│ │ Une citation dans la citation, pour voir : tout doit rester lisible !',
    );
  });

  it('keeps emoji shortcodes as the text they are', () => {
    expect(render(ARTICLES['lists and quotes'] as Article, null)).toContain(
      "« l'approche globale » :fire: ;",
    );
  });

  it('sets a table in columns, numbers right-aligned, when it fits', () => {
    const lines = linesOf(render(ARTICLES['code, table, CJK and emoji'] as Article, 80));
    const header = lines.findIndex((line) => line.startsWith('Route'));
    expect(lines[header]).toBe('Route                          2022     2023  Change');
    expect(lines[header + 1]).toBe('─'.repeat(52));
    expect(lines[header + 2]).toBe('Western Mediterranean        15,000   16,500  +10 %');
    expect(lines[header + 4]).toBe('Central Mediterranean       105,000  157,000  +50 %');
  });

  it('sets a table too wide for the line as one record per row', () => {
    const lines = linesOf(render(ARTICLES['code, table, CJK and emoji'] as Article, 40));
    const first = lines.indexOf('Western Mediterranean');
    expect(lines.slice(first, first + 4)).toEqual([
      'Western Mediterranean',
      '  2022: 15,000',
      '  2023: 16,500',
      '  Change: +10 %',
    ]);
  });

  it('keeps code as written, and continues a long line indented below', () => {
    const code =
      '  curl -s https://data.example.org/api/v1/crossings?year=2023&format=csv | head -n 5';
    const article = ARTICLES['code, table, CJK and emoji'] as Article;
    expect(linesOf(render(article, 100))).toContain(code);
    const narrow = linesOf(render(article, 40));
    const start = narrow.indexOf('  curl -s');
    expect(narrow.slice(start, start + 4)).toEqual([
      '  curl -s',
      '    https://data.example.org/api/v1/',
      '    crossings?year=2023&format=csv |',
      '    head -n 5',
    ]);
  });

  it('takes title, date and source from front matter, the label capitalised', () => {
    const article = markdownArticle(
      '---\ntitle: The harbour reopens\ndate: 2024-03-05\nsource: https://example.org/harbour\n---\n\nThe harbour reopened on Tuesday, and the boats that had waited went out to sea again.\n',
    );
    const lines = linesOf(render(article, null));
    expect(lines[0]).toBe('The harbour reopens');
    expect(lines[1]).toBe('March 5, 2024 · example.org · 1 min read');
    expect(lines.at(-1)).toBe('Source: https://example.org/harbour');
  });

  it('centres a column the table asks to centre', () => {
    const article = markdownArticle(
      '# T\n\n| Pays | Note |\n| :---: | --- |\n| Maroc | 1 |\n| Sénégal | 2 |\n',
    );
    expect(linesOf(render(article, 60)).slice(3)).toEqual([
      ' Pays    Note',
      '─'.repeat(13),
      ' Maroc   1',
      'Sénégal  2',
    ]);
  });

  it('draws the box of a task in a loose list once, as its marker', () => {
    const article = markdownArticle('# T\n\n- [x] faite\n\n- [ ] à faire\n');
    expect(linesOf(render(article, 60)).slice(3)).toEqual(['[x] faite', '', '[ ] à faire']);
  });

  it('keeps the words of raw HTML inside a block quote, not its tags', () => {
    const article = markdownArticle('# T\n\n> <div>\n> Un <b>mot</b> gardé\n> </div>\n');
    expect(plain(render(article, 60))).toContain('│ Un mot gardé');
  });

  it('keeps the blank lines of code and sets headings inside quotes as subheadings', () => {
    const article = markdownArticle(
      '# T\n\n```\nun\n\ndeux\n```\n\n> ## Dans la citation\n>\n> Texte.\n',
    );
    const out = render(article, null, { level: 1, hyperlinks: false, terminal: false });
    expect(plain(out)).toContain('  un\n\n  deux\n');
    expect(out).toContain('│\u001B[22m \u001B[3m\u001B[1mDans la citation');
  });

  it('sets an article with no title from its line of facts', () => {
    const article = markdownArticle('Un texte sans titre, mais avec des mots pour le lire.\n');
    expect(linesOf(render(article, null))).toEqual([
      '1 min de lecture',
      '',
      'Un texte sans titre, mais avec des mots pour le lire.',
    ]);
  });

  it('breaks a fact wider than the line like any text', () => {
    const article = markdownArticle(
      '# T\n\n**05.03.2024 Économie mondiale et développement – T**\n\nDu texte pour le corps de l’article.\n',
    );
    expect(linesOf(render(article, 24)).slice(1, 5)).toEqual([
      '5\u00A0mars\u00A02024\u00A0· Économie',
      'mondiale et',
      'développement\u00A0·',
      '1\u00A0min\u00A0de\u00A0lecture',
    ]);
  });

  it('drops the tags of raw HTML and keeps its words', () => {
    const article = markdownArticle('# Titre\n\n<div class="x">Un <b>texte</b> gardé</div>\n');
    expect(render(article, null)).toContain('Un texte gardé');
    expect(render(article, null)).not.toContain('<');
  });

  it('draws a rule for a thematic break and strikes deleted text', () => {
    const article = markdownArticle('# T\n\nAvant ~~barré~~.\n\n---\n\nAprès.\n');
    const out = render(article, 60, { level: 1, hyperlinks: false, terminal: false });
    expect(out).toContain('\u001B[9mbarré\u001B[29m');
    expect(plain(out)).toContain(`\n${'─'.repeat(20)}\n`);
    expect(render(article, null)).toContain(`\n${'─'.repeat(20)}\n`);
  });
});

describe('decoding', () => {
  it('shows text as the model decoded it, once: raw HTML is not decoded a second time', () => {
    const article = markdownArticle(
      '# T\n\nFish &amp;amp; chips.\n\n<p>Salt &amp;amp; vinegar.</p>\n',
    );
    expect(render(article, null)).toContain('Fish &amp; chips.\n\nSalt &amp; vinegar.\n');
  });
});
