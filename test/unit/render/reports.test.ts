import { fc, test } from '@fast-check/vitest';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderInfo, renderList } from '../../../src/render/reports.js';
import type { RenderContext } from '../../../src/render/style.js';
import { createTheme, PLAIN_THEME } from '../../../src/render/theme.js';

const context = (terminal: boolean, width: number | null): RenderContext => ({
  theme: createTheme(new Chalk({ level: terminal ? 1 : 0 })),
  width,
  terminal,
  hyperlinks: false,
});

const articles = [
  { id: 'dated', date: '2024-03-05', title: 'A title' },
  { id: 'undated', date: null, title: null },
];

describe('renderList', () => {
  it('in a pipe: id, date and title separated by tabs, empty where unknown', () => {
    expect(renderList(articles, context(false, null))).toBe(
      'dated\t2024-03-05\tA title\nundated\t\t\n',
    );
  });

  it('on a terminal: the id in bold, the date dimmed, nothing shown for what is unknown', () => {
    expect(renderList(articles, context(true, 80))).toBe(
      '\u001B[1mdated\u001B[22m  \u001B[2m2024-03-05\u001B[22m  A title\n' +
        '\u001B[1mundated\u001B[22m\n',
    );
  });
});

describe('renderInfo in a pipe', () => {
  it('labels the first person only; the others line up under it', () => {
    const text = renderInfo(
      {
        title: 'T',
        date: null,
        author: null,
        kicker: null,
        language: 'fr',
        words: 1,
        readingMinutes: 1,
        publisher: null,
        source: null,
        quotes: 0,
        people: [
          { name: 'Hans Leijtens', role: 'directeur' },
          { name: 'Khalid Zerouali', role: null },
        ],
        links: 0,
      },
      {
        theme: createTheme(new Chalk({ level: 0 })),
        width: null,
        terminal: false,
        hyperlinks: false,
      },
    );
    const people = text
      .split('\n')
      .filter((line) => line.includes('Leijtens') || line.includes('Zerouali'));
    expect(people[0]).toMatch(/^People: +Hans Leijtens, directeur$/);
    expect(people[1]).toMatch(/^ +Khalid Zerouali$/);
  });
});

describe('PLAIN_THEME', () => {
  const chalkless = createTheme(new Chalk({ level: 0 }));

  test.prop([fc.string()])(
    'styles text exactly as chalk does without colour, so pipes need not load chalk',
    (text) => {
      for (const [name, style] of Object.entries(PLAIN_THEME)) {
        expect(style(text)).toBe(chalkless[name as keyof typeof chalkless](text));
      }
    },
  );

  it('has every style of a chalk theme', () => {
    expect(Object.keys(PLAIN_THEME).sort()).toEqual(Object.keys(chalkless).sort());
  });
});
