import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../src/model/front-matter.js';
import { parseArticle } from '../../../src/model/parse.js';

describe('front matter', () => {
  it('keeps flat key: value pairs, keys lower-cased and quotes removed, and skips other lines', () => {
    const { fields, body } = splitFrontMatter(
      '---\n# a comment\ntitle: "Le port rouvre"\n- a list item\nempty:\nLang: fr\n---\n# Body\n',
    );
    expect(fields).toEqual({ title: 'Le port rouvre', lang: 'fr' });
    expect(body).toBe('# Body\n');
  });

  it('is no front matter unless the block is closed', () => {
    const text = '---\ntitle: Open\n\n# Body\n';
    expect(splitFrontMatter(text)).toEqual({ fields: {}, body: text });
  });
});

describe('the dateline', () => {
  it('that repeats the title gives the date and no kicker', () => {
    const article = parseArticle(
      '# Le port rouvre\n\n13 décembre 2023 – Le port rouvre\n\nLe port a rouvert.\n',
    );
    expect(article.date).toBe('2023-12-13');
    expect(article.kicker).toBeNull();
    expect(article.body).toHaveLength(1);
  });
});

describe('the source line', () => {
  it('gives a scheme to a www address marked did not make a link of', () => {
    const article = parseArticle('# T\n\nCorps.\n\nSource : www\\.example\\.org/story\n');
    expect(article.source).toEqual({ label: 'Source', url: 'https://www.example.org/story' });
  });
});

describe('front matter sources', () => {
  it('gives a scheme to a www address, as in the body', () => {
    const article = parseArticle('---\nsource: www.example.org/x\n---\n\n# T\n\nCorps.\n');
    expect(article.source).toEqual({ label: 'Source', url: 'https://www.example.org/x' });
  });
});
