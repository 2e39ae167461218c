import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { convertPage } from '../../../../src/input/html/convert.js';
import { fixturePage } from '../../../helpers/server.js';

const NEWS = 'https://www.daily.example/news/uk-67301245';
const newsPage = () => convertPage(fixturePage('news-en.html').toString('utf8'), NEWS);

/** A page with enough text in its article for Readability to take it as one. */
function page(head: string, article: string, url: string | null = 'https://site.example/a/b') {
  const filler = Array.from(
    { length: 4 },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the story carries enough words, commas, and sentences for a reader of pages to keep it, as it would keep any article's text.</p>`,
  ).join('');
  return convertPage(
    `<!doctype html><html><head>${head}</head><body><article>${article}${filler}</article></body></html>`,
    url,
  );
}

describe('the facts of a news page, from its markup', () => {
  it('reads title, date, authors, publisher, canonical source and description', () => {
    expect(newsPage().fields).toEqual({
      title: 'Storm Ciarán: Coastal towns evacuated as sea floods streets',
      // JSON-LD's datePublished before article:published_time (2023-11-01).
      date: '2023-11-02',
      author: 'Ana Lopes, Tom Price',
      // og:site_name before JSON-LD's publisher name.
      publisher: 'The Daily Example',
      // link rel=canonical before og:url, which carries a tracking parameter.
      source: 'https://www.daily.example/news/uk-67301245',
      description:
        'Hundreds of people spent the night in emergency shelters after the storm drove sea water into three towns.',
    });
  });

  it('finds JSON-LD in a @graph, and a publisher named through its @id', () => {
    const { fields } = page(
      `<script type="application/ld+json">{"@graph":[{"@type":"Organization","@id":"#org","name":"Le Journal"},{"@type":["ReportageNewsArticle"],"datePublished":"2024-01-05","author":"Jeanne Martin","publisher":{"@id":"#org"}}]}</script>`,
      '<p>Text.</p>',
    );
    expect(fields).toMatchObject({
      date: '2024-01-05',
      author: 'Jeanne Martin',
      publisher: 'Le Journal',
    });
  });

  it('falls back to article:published_time, then <time datetime>, then no date', () => {
    const meta = page(
      '<meta property="article:published_time" content="2024-02-03T23:00:00-05:00">',
      '',
    );
    expect(meta.fields.date).toBe('2024-02-03');
    const time = page('', '<p>Published <time datetime="2024-02-04T08:00">4 Feb</time></p>');
    expect(time.fields.date).toBe('2024-02-04');
    const marked = page(
      '',
      '<time datetime="2020-01-01">a related date</time><time itemprop="datePublished" datetime="2024-02-05">5 Feb</time>',
    );
    expect(marked.fields.date).toBe('2024-02-05');
    expect(
      page('<meta property="article:published_time" content="soon">', '').fields.date,
    ).toBeNull();
  });

  it('takes the author from meta name=author, else from the byline, which leaves the text', () => {
    expect(page('<meta name="author" content="Paul Durand">', '').fields.author).toBe(
      'Paul Durand',
    );
    const byline = page(
      '',
      '<div class="byline">Par <span itemprop="name">Jeanne Martin</span></div>',
    );
    expect(byline.fields.author).toBe('Jeanne Martin');
    expect(byline.markdown).not.toContain('Jeanne Martin');
    const plain = page('', '<p class="article-byline">By Tom Price</p>');
    expect(plain.fields.author).toBe('Tom Price');
  });

  it('takes no author from a comment, and no publisher or description the page does not give', () => {
    const { fields } = page(
      '',
      '<div class="comments"><span class="comment-author">troll42</span></div>',
    );
    expect(fields).toMatchObject({ author: null, publisher: null, description: null });
  });

  it('makes a relative canonical absolute, and uses the address found at without one', () => {
    expect(page('<link rel="canonical" href="/a/canonical">', '').fields.source).toBe(
      'https://site.example/a/canonical',
    );
    expect(page('', '').fields.source).toBe('https://site.example/a/b');
    expect(
      page('<meta property="og:url" content="https://site.example/og">', '', null).fields.source,
    ).toBe('https://site.example/og');
    expect(
      page('<link rel="canonical" href="javascript:alert(1)">', '', null).fields.source,
    ).toBeNull();
  });

  it('keeps the description only when the text does not open with it', () => {
    const opening = page(
      '<meta name="description" content="Paragraph 1 of the story carries enough words…">',
      '',
    );
    expect(opening.fields.description).toBeNull();
    const other = page('<meta property="og:description" content="What the page says.">', '');
    expect(other.fields.description).toBe('What the page says.');
  });
});

describe('the text of a news page', () => {
  const { markdown } = newsPage();

  it('keeps the article and its subheadings', () => {
    expect(markdown).toMatch(/^Residents of three coastal towns in Cornwall/);
    expect(markdown).toContain('\n## Roads and railways closed\n');
    expect(markdown).toContain('said Tom Reed, a spokesman for the Cornwall fire service.');
  });

  it('leaves out navigation, advertising, comments, related stories, the footer and the cookie banner', () => {
    for (const boilerplate of [
      'Sport',
      'Advertisement',
      'stormwatcher',
      'First!',
      'Top stories',
      'Related topics',
      'Terms of Use',
      'cookies',
      'Sign up',
      'More on this story',
    ]) {
      expect(markdown).not.toContain(boilerplate);
    }
  });

  it('runs no script: what a script writes is not there, nor any script source', () => {
    expect(markdown).not.toContain('written by a script');
    expect(markdown).not.toContain('__INITIAL_STATE__');
    expect(markdown).not.toContain('JavaScript');
  });

  it('leaves out pictures and their captions', () => {
    expect(markdown).not.toContain('![');
    expect(markdown).not.toContain('Waves crashed over the harbour wall');
    const pictured = page(
      '',
      '<p>Before <img src="/inline.png" alt="an inline icon"> after.</p><figure><img src="/photo.jpg" alt="A photo"><figcaption>The caption of the photo.</figcaption></figure><figure><blockquote><p>A pull quote stays.</p></blockquote><figcaption>Its speaker</figcaption></figure>',
    );
    expect(pictured.markdown).toMatch(/Before +after\./);
    expect(pictured.markdown).not.toMatch(/photo|icon|!\[/);
    expect(pictured.markdown).toContain('A pull quote stays.');
    expect(pictured.markdown).toContain('Its speaker');
  });

  it('makes relative links absolute against the page, and keeps absolute ones as written', () => {
    expect(markdown).toContain(
      '[live weather warnings](https://www.daily.example/weather/warnings)',
    );
    expect(markdown).toContain('(https://www.metoffice.example/warnings)');
    const bare = page('', '<p>See <a href="https://frontex.europa.eu">frontex.europa.eu</a>.</p>');
    expect(bare.markdown).toContain('(https://frontex.europa.eu)');
  });

  it('writes a table of data as a GFM table, its caption above, a pipe in a cell escaped', () => {
    expect(markdown).toContain(
      [
        'People evacuated, by town',
        '',
        '| Town | Evacuated | Shelter |',
        '| --- | --- | --- |',
        '| Porthaven | 250 | Town hall |',
        '| Westby | 110 | Leisure centre |',
        '| St Brannock | 40 | Primary school \\| hall |',
      ].join('\n'),
    );
  });
});

describe('tables, lists and text that reads as markup', () => {
  it('a table without a heading row gets its first row as one, and a wide cell its columns', () => {
    const { markdown } = page(
      '',
      '<table><tr><td>Pays</td><td>Arrivées</td></tr><tr><td colspan="2">Total : 12</td></tr></table>',
    );
    expect(markdown).toContain('| Pays | Arrivées |\n| --- | --- |\n| Total : 12 | |');
  });

  it('a layout table is read as the blocks in its cells', () => {
    const { markdown } = page(
      '',
      '<table><tr><td><p>Only one column of text.</p></td></tr></table>',
    );
    expect(markdown).toContain('Only one column of text.');
    expect(markdown).not.toContain('|');
  });

  it('keeps lists, emphasis and strikethrough', () => {
    const { markdown } = page(
      '',
      '<ul><li>first</li><li><em>second</em></li></ul><p><strong>Bold</strong> and <del>gone</del>.</p>',
    );
    expect(markdown).toContain('-   first\n-   _second_');
    expect(markdown).toContain('**Bold** and ~gone~.');
  });

  it('escapes text that would read as a tag, an entity or emphasis', () => {
    const { markdown } = page('', '<p>Type &lt;b&gt; for AT&amp;T, not &amp;amp; or *this*.</p>');
    expect(markdown).toContain('Type \\<b> for AT&T, not \\&amp; or \\*this\\*.');
  });
});

describe('pages of unusual shape', () => {
  it('a fragment without <html>, and a page without <body>, are read', () => {
    const fragment = convertPage('<p>Only a paragraph, saved from a page.</p>', null);
    expect(fragment.markdown).toBe('Only a paragraph, saved from a page.');
    const bodiless = convertPage(
      '<!doctype html><html><head><title>T</title></head><p>Text outside any body.</p></html>',
      null,
    );
    expect(bodiless).toMatchObject({ fields: { title: 'T' }, markdown: 'Text outside any body.' });
  });

  it('a page with no text gives no Markdown, and no crash', () => {
    for (const html of [
      '',
      '<!DOCTYPE html>',
      '<!-- nothing -->',
      '<html><head></head><body></body></html>',
    ]) {
      expect(convertPage(html, null).markdown).toBe('');
    }
  });
});

describe('broken markup', () => {
  it('a cell outside any table, and a column span of a billion', () => {
    expect(convertPage('<th colspan="3">!', null).markdown).toBe('!');
    const wide = page('', '<table><tr><td>a</td><td colspan="999999999">b</td></tr></table>');
    expect(wide.markdown.length).toBeLessThan(20_000);
  });

  it('markup nested ten thousand levels deep keeps its words, without overflowing the stack', () => {
    const depth = 10_000;
    const deep = `<article>${'<div>'.repeat(depth)}<p>The words at the bottom.</p>${'</div>'.repeat(depth)}</article>`;
    expect(convertPage(deep, null).markdown).toContain('The words at the bottom.');
  });

  const piece = fc.oneof(
    fc.constantFrom(
      '<html>',
      '</html>',
      '<head>',
      '<body>',
      '</body>',
      '<p>',
      '</p>',
      '<div class="byline">',
      '</div>',
      '<table>',
      '<tr>',
      '<td>',
      '</td>',
      '<th colspan="3">',
      '<article>',
      '</article>',
      '<h1>',
      '</h1>',
      '<script>',
      '</script>',
      '<a href="/x">',
      '</a>',
      '<img src=x>',
      '<figure>',
      '<figcaption>',
      '<!--',
      '-->',
      '<br>',
      '<ul><li>',
      '<svg><path/></svg>',
      '<template>',
      '<base href="::">',
      '<link rel="canonical" href="http://[::1">',
      '<time datetime="2024-13-45">',
      '<meta name="author" content="x">',
      '<script type="application/ld+json">{"@type":"NewsArticle","author":[null,1,{"name":2}],"publisher":{"@id":"x"}}</script>',
    ),
    fc.string({ maxLength: 40 }),
  );
  test.prop([fc.array(piece, { maxLength: 60 })], { numRuns: 300 })(
    'never throws, whatever the markup',
    (parts) => {
      expect(typeof convertPage(parts.join(''), 'https://site.example/a').markdown).toBe('string');
    },
  );
});
