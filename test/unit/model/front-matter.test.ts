import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  formatFrontMatter,
  splitFrontMatter,
  yamlScalar,
  yamlValue,
} from '../../../src/model/front-matter.js';
import { parseArticle } from '../../../src/model/parse.js';

describe('front matter values', () => {
  it('are written plain when nothing in them reads as YAML syntax', () => {
    expect(yamlScalar('Storm floods coastal towns')).toBe('Storm floods coastal towns');
    expect(yamlScalar('https://article19.ma/accueil/archives/174433')).toBe(
      'https://article19.ma/accueil/archives/174433',
    );
    expect(yamlScalar('2023-12-13')).toBe('2023-12-13');
    expect(yamlScalar("L'été des « migrants »")).toBe("L'été des « migrants »");
  });

  it('are quoted when they would read as something else', () => {
    expect(yamlScalar('Brexit: what now')).toBe("'Brexit: what now'");
    expect(yamlScalar('#1 in sales')).toBe("'#1 in sales'");
    expect(yamlScalar('no')).toBe("'no'");
    expect(yamlScalar('2024')).toBe("'2024'");
    expect(yamlScalar("'Quoted' title")).toBe("'''Quoted'' title'");
    expect(yamlScalar('- a list?')).toBe("'- a list?'");
  });

  it('are folded onto one line, whatever ends a line', () => {
    expect(yamlScalar('Two\n  lines\r\nand\u2028more')).toBe('Two lines and more');
  });

  it('are read back without their quotes', () => {
    expect(yamlValue("'l''été'")).toBe("l'été");
    expect(yamlValue('"a \\"b\\" \\\\ c"')).toBe('a "b" \\ c');
    expect(yamlValue('plain')).toBe('plain');
  });

  const tricky = fc.constantFrom(
    ':',
    ' ',
    '#',
    "'",
    '"',
    '-',
    '?',
    '2024',
    'no',
    '\\',
    '\u2028',
    '«',
  );
  test.prop([fc.array(fc.oneof(tricky, fc.string({ unit: 'grapheme' })), { minLength: 1 })])(
    'read back to what was written, through splitFrontMatter',
    (parts) => {
      const value = parts.join('');
      const line = value.replace(/\s*[\n\r\u0085\u2028\u2029]\s*/g, ' ').trim();
      fc.pre(line.length > 0);
      const { fields } = splitFrontMatter(`${formatFrontMatter({ title: value })}Body\n`);
      expect(fields.title).toBe(line);
    },
  );
});

describe('formatFrontMatter', () => {
  it('writes the fields that have a value, in order, and nothing when none has', () => {
    expect(
      formatFrontMatter({ title: 'T', date: null, author: '', source: 'https://x.example/a' }),
    ).toBe('---\ntitle: T\nsource: https://x.example/a\n---\n\n');
    expect(formatFrontMatter({ title: null })).toBe('');
  });
});

describe('front matter in the model', () => {
  it('gives the date, and the dateline is still read as one, not as a subheading', () => {
    const article = parseArticle(
      '---\ntitle: T\ndate: 2023-12-14\n---\n\n**13.12.2023 Migration – T**\n\n**Le chapeau.**\n\nLe corps.\n',
    );
    expect(article.date).toBe('2023-12-14');
    expect(article.kicker).toBe('Migration');
    expect(article.lead.map((p) => p.text)).toEqual(['Le chapeau.']);
    expect(article.body.map((b) => b.kind)).toEqual(['paragraph']);
  });

  it('keeps the dateline date when the front matter date is no date', () => {
    expect(
      parseArticle('---\ndate: soon\n---\n\n13 décembre 2023 – Politique\n\nTexte.\n').date,
    ).toBe('2023-12-13');
  });

  it('a category in front matter wins over the dateline rubric', () => {
    const article = parseArticle('---\ncategory: Société\n---\n\n13.12.2023 Migration\n\nTexte.\n');
    expect(article.kicker).toBe('Société');
  });

  it('a description stands in for a missing standfirst, and only then', () => {
    const described = '---\ndescription: Ce que dit la page.\n---\n\n';
    expect(parseArticle(`${described}Le corps.\n`).lead.map((p) => p.text)).toEqual([
      'Ce que dit la page.',
    ]);
    expect(
      parseArticle(`${described}**Le chapeau.**\n\nLe corps.\n`).lead.map((p) => p.text),
    ).toEqual(['Le chapeau.']);
  });
});
