import { stripVTControlCharacters } from 'node:util';
import { fc, test } from '@fast-check/vitest';
import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { osc8 } from '../../../src/render/links.js';
import { displayWidth, glueFrenchSpaces, NO_BREAK_SPACE, wrap } from '../../../src/render/wrap.js';
import { fitsWidth } from '../../helpers/layout.js';

const chalk = new Chalk({ level: 3 });
const NBSP = NO_BREAK_SPACE;
const plain = (text: string) => stripVTControlCharacters(text);
const rowsOf = (text: string) => text.split('\n');

/** Marks that must not start a line, and those that must not end one. */
const BAD_START = /^[»›”:;!?\u00A0\u202F]/;
const BAD_END = /[«‹“„\u00A0\u202F]$/;

function widest(text: string): number {
  return Math.max(...rowsOf(text).map((row) => stringWidth(row)));
}

function expectFits(text: string, width: number): void {
  for (const row of rowsOf(text)) expect(fitsWidth(row, width), row).toBe(true);
}

/**
 * Every row's words are the text's words, or pieces of a word too long for the row (a word, here,
 * runs from space to space once French marks are glued to it).
 */
function expectWordsKept(input: string, output: string, width: number): void {
  const known = new Set(plain(input).split(/\s+/));
  const long = plain(glueFrenchSpaces(input))
    .split(' ')
    .filter((word) => stringWidth(word) > width);
  for (const row of rowsOf(output)) {
    for (const token of plain(row).split(/\s+/).filter(Boolean)) {
      if (!known.has(token)) expect(long.some((word) => word.includes(token))).toBe(true);
    }
  }
  expect(plain(output).replace(/\s+/g, '')).toBe(plain(input).replace(/\s+/g, ''));
}

function expectFrenchBreaks(output: string): void {
  rowsOf(plain(output)).forEach((row, i) => {
    if (i > 0) expect(row).not.toMatch(BAD_START);
    expect(row).not.toMatch(BAD_END);
  });
}

describe('glueFrenchSpaces', () => {
  it('makes the space before : ; ! ? » and after « unbreakable', () => {
    expect(glueFrenchSpaces('« Oui ! » dit-il ; puis : « non ? »')).toBe(
      `«${NBSP}Oui${NBSP}!${NBSP}» dit-il${NBSP}; puis${NBSP}: «${NBSP}non${NBSP}?${NBSP}»`,
    );
  });

  it('glues curly quotes set apart by spaces, not those that touch their words', () => {
    expect(glueFrenchSpaces('“ ouvert ” et “collé”')).toBe(`“${NBSP}ouvert${NBSP}” et “collé”`);
  });

  it('glues across the styling that sits between the space and the mark', () => {
    const text = `${chalk.bold('fin')} ${chalk.italic(': suite')} ${chalk.bold('«')} ${chalk.bold('mot')}`;
    expect(plain(glueFrenchSpaces(text))).toBe(`fin${NBSP}: suite «${NBSP}mot`);
  });

  it('glues across an OSC 8 hyperlink', () => {
    const text = `voir ${osc8('https://example.org/', chalk.underline('» ici'))}`;
    expect(plain(glueFrenchSpaces(text))).toBe(`voir${NBSP}» ici`);
  });

  it('drops a breaking space that stands beside a no-break one', () => {
    expect(glueFrenchSpaces('mot \u202F! « \u00A0texte')).toBe('mot\u202F! «\u00A0texte');
  });

  it('leaves text without such marks as it is', () => {
    expect(glueFrenchSpaces('The storm passed: boats left.')).toBe('The storm passed: boats left.');
  });
});

describe('displayWidth', () => {
  const samples = [
    'coopération',
    'Tōkyō',
    '東京出入国在留管理局',
    '서울출입국·외국인청',
    '🇪🇺 🚢 👩‍👩‍👧',
    'e\u0301',
    `«${NBSP}mot\u202F»`,
    chalk.bold('gras') + osc8('https://example.org/', 'lien'),
  ];

  it('measures a long run of characters outside the Latin script, astral ones too', () => {
    const text = `ж${'😀'.repeat(200)}${'\u0301'.repeat(300)}`;
    expect(displayWidth(text)).toBe(stringWidth(text));
  });

  it.each(samples)('measures %j as string-width does', (text) => {
    expect(displayWidth(text)).toBe(stringWidth(text));
  });

  test.prop([fc.array(fc.constantFrom(...samples, ' ', 'a', '—'), { maxLength: 400 })])(
    'agrees with string-width on long text, which it measures in slices',
    (pieces) => {
      const text = pieces.join('');
      expect(displayWidth(text)).toBe(stringWidth(text));
    },
  );
});

describe('wrap', () => {
  const french =
    "« Le Maroc se distingue comme un partenaire crucial en Afrique. Par conséquent, il n'est pas un hasard ! » a déclaré, ajoutant : « c'est une priorité ; notre programme ? Oui. »";

  it('keeps each paragraph on one line without a width', () => {
    expect(wrap(french, { width: null })).toBe(french);
    expect(wrap('texte', { width: null, firstPrefix: '• ' })).toBe('• texte');
  });

  it('never exceeds the width, counting wide characters and emoji', () => {
    const text =
      'Names: 東京出入国在留管理局 and 서울출입국·외국인청 and 🇪🇺 🚢🚢🚢 and coopération internationale.';
    for (let width = 8; width <= 60; width++) {
      const out = wrap(text, { width });
      expect(widest(out)).toBeLessThanOrEqual(width);
      expectWordsKept(text, out, width);
    }
  });

  it('keeps French marks with their words at every width', () => {
    for (let width = 10; width <= 120; width++) {
      const out = wrap(chalk.italic(french), { width });
      expect(widest(out)).toBeLessThanOrEqual(width);
      expectFrenchBreaks(out);
      expectWordsKept(french, out, width);
    }
  });

  it('never starts a line with a mark glued to a word it had to break', () => {
    const text = `« ${'mot-'.repeat(14)}fin » : fin`;
    for (let width = 10; width <= 90; width++) {
      const out = wrap(text, { width });
      expect(widest(out)).toBeLessThanOrEqual(width);
      expectFrenchBreaks(out);
      expectWordsKept(text, out, width);
    }
  });

  it('never cuts a web address: too long for the line, it has a row of its own', () => {
    const address = 'https://data.example.org/api/v1/crossings/monthly/detections.csv';
    expect(rowsOf(wrap(`Source : ${address}.`, { width: 40 }))).toEqual([
      `Source${NBSP}:`,
      `${address}.`,
    ]);
    expect(rowsOf(wrap(`« ${address} » : fin`, { width: 30 }))).toEqual([
      `«${NBSP}${address}${NBSP}»${NBSP}:`,
      'fin',
    ]);
  });

  it('cuts a long word that is no address, after a slash or a hyphen where it can', () => {
    const out = wrap('data.example.org/api/v1/crossings/monthly/detections.csv', { width: 40 });
    expect(rowsOf(out)[0]).toBe('data.example.org/api/v1/crossings/');
  });

  it('puts a long word on a line of its own', () => {
    expect(rowsOf(wrap(`voir ${'x'.repeat(30)} fin`, { width: 20 }))).toEqual([
      'voir',
      'x'.repeat(20),
      `${'x'.repeat(10)} fin`,
    ]);
  });

  it('closes styles at each row end and opens them again on the next row', () => {
    const out = wrap(chalk.bold(`un ${chalk.italic('deux trois')} quatre`), { width: 8 });
    const rows = rowsOf(out);
    expect(rows).toHaveLength(3);
    for (const row of rows.slice(0, -1)) expect(row.endsWith('\u001B[0m')).toBe(true);
    expect(rows[1]?.startsWith('\u001B[1m\u001B[3m')).toBe(true);
    expect(rows.map(plain)).toEqual(['un deux', 'trois', 'quatre']);
  });

  it('carries 256-colour and true colour styles over to the next row', () => {
    const text = chalk.rgb(10, 20, 30).bgAnsi256(5)('un deux trois');
    const rows = rowsOf(wrap(text, { width: 4 }));
    expect(rows[1]).toBe('\u001B[38;2;10;20;30m\u001B[48;5;5mdeux\u001B[0m');
  });

  it('carries bright colours over to the next row', () => {
    const rows = rowsOf(wrap(chalk.cyanBright.bgBlueBright('un deux'), { width: 4 }));
    expect(rows[1]).toBe('\u001B[96m\u001B[104mdeux\u001B[49m\u001B[39m');
  });

  it('opens nothing on the next row once a style is closed or reset', () => {
    const text = `${chalk.bold('un')} deux \u001B[4mtrois\u001B[0m quatre`;
    expect(rowsOf(wrap(text, { width: 8 }))).toEqual([
      '\u001B[1mun\u001B[22m deux',
      '\u001B[4mtrois\u001B[0m',
      'quatre',
    ]);
  });

  it('closes a hyperlink at each row end and opens it again', () => {
    const link = osc8('https://example.org/a', 'un lien assez long');
    const rows = rowsOf(wrap(`voir ${link}`, { width: 10 }));
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows.slice(1)) expect(row).toContain('\u001B]8;;https://example.org/a');
    for (const row of rows.slice(0, -1)) expect(row.endsWith('\u001B]8;;\u001B\\')).toBe(true);
  });

  it('cuts a word where the rules allow, further back if it must', () => {
    expect(rowsOf(wrap(`abcd${'!'.repeat(14)}`, { width: 10 })).slice(0, 2)).toEqual([
      'abc',
      `d${'!'.repeat(9)}`,
    ]);
  });

  it('puts a character wider than the line on a line of its own', () => {
    expect(rowsOf(wrap('東京', { width: 1 }))).toEqual(['東', '京']);
  });

  it('drops the spaces at the start and end of a row', () => {
    expect(rowsOf(wrap('  un deux  ', { width: 4 }))).toEqual(['un', 'deux']);
  });

  it('measures a long word of many different characters', () => {
    const word = Array.from({ length: 5000 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
    const rows = rowsOf(wrap(word, { width: 40 }));
    expect(rows).toHaveLength(250);
    expect(rows.every((row) => stringWidth(row) === 40)).toBe(true);
  });

  it('puts the prefixes and counts them in the width', () => {
    const out = wrap('un deux trois quatre cinq', { width: 12, firstPrefix: '• ', prefix: '  ' });
    expect(rowsOf(out)).toEqual(['• un deux', '  trois', '  quatre', '  cinq']);
  });

  it('keeps code spaces as written, with no no-break space', () => {
    const out = wrap('if (a) { return b ? c : d; }', { width: 80, prose: false });
    expect(out).toBe('if (a) { return b ? c : d; }');
  });

  const word = fc.constantFrom(
    'mot',
    'été',
    'coopération',
    'l’Europe',
    '東京',
    '🚢',
    'anticonstitutionnellement',
    'https://example.org/a/very/long/path/that/goes/on-and-on',
    `a${NBSP}b`,
  );
  const styled = fc
    .tuple(word, fc.constantFrom('plain', 'bold', 'italic', 'link'))
    .map(([w, s]) => {
      if (s === 'bold') return chalk.bold(w);
      if (s === 'italic') return chalk.italic(w);
      if (s === 'link') return osc8('https://example.org/', chalk.underline(w));
      return w;
    });
  const unit = fc
    .tuple(
      fc.constantFrom('', '« ', '“ '),
      styled,
      fc.constantFrom('', ' »', ' ”', ' :', ' ;', ' !', ' ?', ','),
    )
    .map((parts) => parts.join(''));

  test.prop([fc.array(unit, { minLength: 1, maxLength: 40 }), fc.integer({ min: 10, max: 100 })])(
    'fits the width, keeps words whole and French marks with their words',
    (units, width) => {
      const text = units.join(' ');
      const out = wrap(text, { width });
      expectFits(out, width);
      expectFrenchBreaks(out);
      expectWordsKept(text, out, width);
    },
  );
});

describe('zero-width words', () => {
  it('count the space before them: a lone U+FE0F after a full row goes to the next row', () => {
    const rows = rowsOf(wrap(`${'a'.repeat(10)} \uFE0F`, { width: 10 }));
    expect(rows.every((row) => stringWidth(row) <= 10)).toBe(true);
    expect(rows[0]).toBe('a'.repeat(10));
  });
});
