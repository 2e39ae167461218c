import { describe, expect, it } from 'vitest';
import { textOfBlock } from '../../../src/model/article.js';
import { fixtureArticle, markdownArticle, seedArticle } from '../../helpers/articles.js';

describe('the seed article', () => {
  const article = seedArticle();

  it('has its H1 as title, without Markdown markers', () => {
    expect(article.title).toBe(
      'Migration – Frontex dévoile les prochaines étapes pour “une coopération plus étroite” avec le Maroc',
    );
  });

  it('reads the dateline as metadata: date and kicker, not body text', () => {
    expect(article.date).toBe('2023-12-13');
    expect(article.kicker).toBe('Migration');
    expect(article.body.map(textOfBlock).join('\n')).not.toContain('13.12.2023');
  });

  it('has the three bold standfirst paragraphs as lead', () => {
    expect(article.lead.map((p) => p.text.split(',')[0])).toEqual([
      'Cette semaine',
      'La visite a lieu dans le cadre du Frontex-Maroc Comité Mixte',
      'Pour rappel',
    ]);
    expect(article.lead[1]?.text).toMatch(/selon le site frontex\.europa\.eu\.$/);
  });

  it('reads the short wholly bold line as a subheading, without its decoration', () => {
    expect(article.body[0]).toMatchObject({
      kind: 'heading',
      prose: { text: '« Le Maroc se distingue comme un partenaire crucial en Afrique »' },
    });
  });

  it('joins the paragraph conversion cut after "(IBM) et"', () => {
    const last = article.body.at(-1);
    expect(last?.kind).toBe('paragraph');
    expect(last && textOfBlock(last)).toMatch(
      /\(IBM\) et l'une des priorités stratégiques du travail de l'agence\.$/,
    );
    expect(article.body).toHaveLength(4);
  });

  it('takes the source line out of the body', () => {
    expect(article.source).toEqual({
      label: 'Source',
      url: 'https://article19.ma/accueil/archives/174433',
    });
    expect(article.body.map(textOfBlock).join('\n')).not.toContain('Source');
  });

  it('collects links and detects French', () => {
    expect(article.links.map((l) => l.href)).toEqual([
      'https://frontex.europa.eu',
      'https://article19.ma/accueil/archives/174433',
    ]);
    expect(article.language).toBe('fr');
  });
});

describe('other articles', () => {
  it('an article with no lead has none, and keeps its sections', () => {
    const article = fixtureArticle('model-no-lead.md');
    expect(article.lead).toEqual([]);
    expect(article.date).toBeNull();
    expect(article.body.map((b) => b.kind)).toEqual([
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
    ]);
    expect(article.language).toBe('en');
  });

  it('front matter gives title, date, source and language; an italic standfirst is the lead', () => {
    const article = fixtureArticle('model-english.md');
    expect(article.title).toBe('Harbour reopens after storm');
    expect(article.date).toBe('2024-03-05');
    expect(article.source).toEqual({
      label: 'Source',
      url: 'https://www.example-news.com/world/harbour-reopens',
    });
    expect(article.language).toBe('en');
    expect(article.lead.map((p) => p.text)).toEqual([
      'The port authority lifted its closure order on Monday after three days of repairs.',
    ]);
    // The H1 repeats the front matter title: it is not body text.
    expect(article.body.map(textOfBlock).join('\n')).not.toContain('Harbour reopens');
  });

  it('keeps lists and block quotes as blocks of their own, with their text', () => {
    const article = fixtureArticle('model-lists.md');
    expect(article.date).toBe('2024-01-05');
    expect(article.kicker).toBe('Économie');
    expect(article.body.map((b) => b.kind)).toEqual(['paragraph', 'list', 'quote', 'list']);
    expect(article.body[1] && textOfBlock(article.body[1])).toContain(
      'une hausse des retraites de 2 %',
    );
    expect(article.links).toEqual([{ text: 'rail', href: 'https://example.org/rail' }]);
  });

  it('a dateline written out in words is read too', () => {
    const article = markdownArticle(
      '# T\n\n**Mercredi 13 décembre 2023 – Politique**\n\nTexte du corps.\n',
    );
    expect(article.date).toBe('2023-12-13');
    expect(article.kicker).toBe('Politique');
  });

  it('a body paragraph ending with a full stop is not joined to the next one', () => {
    const article = markdownArticle('# T\n\nUne phrase finie.\n\nla suite en minuscule.\n');
    expect(article.body).toHaveLength(2);
  });

  it('HTML entities are decoded and tags dropped', () => {
    const article = markdownArticle('# A &amp; B\n\nLe <b>gras</b> et l&#8217;apostrophe.\n');
    expect(article.title).toBe('A & B');
    expect(article.body[0] && textOfBlock(article.body[0])).toBe('Le gras et l’apostrophe.');
  });

  it('"Via" and a bare address make a source line', () => {
    const article = markdownArticle('# T\n\nCorps.\n\nVia: www.example.org/story\n');
    // GFM makes a link of the bare address, with marked's http:// scheme.
    expect(article.source).toEqual({ label: 'Via', url: 'http://www.example.org/story' });
  });

  it('a sentence that mentions sources is body text, not a source line', () => {
    const article = markdownArticle(
      '# T\n\nSources close to the ministry said the plan would be published on https://example.org after a long review by experts.\n',
    );
    expect(article.source).toBeNull();
    expect(article.body).toHaveLength(1);
  });
});

describe('datelines', () => {
  it('a paragraph that opens with a date but goes on as a sentence is kept as text', () => {
    const article = markdownArticle(
      '# Réforme\n\n13 décembre 2023, le gouvernement a présenté une réforme des retraites qui sera débattue au printemps par les deux chambres du Parlement.\n',
    );
    expect(article.date).toBeNull();
    expect(article.body).toHaveLength(1);
  });

  it('a dateline that repeats a long title is metadata', () => {
    const title =
      'Le gouvernement présente une réforme des retraites débattue au printemps par les chambres';
    const article = markdownArticle(
      `# ${title}\n\n**05.01.2024 Politique – ${title}**\n\nCorps.\n`,
    );
    expect(article.date).toBe('2024-01-05');
    expect(article.kicker).toBe('Politique');
    expect(article.body).toHaveLength(1);
  });
});

describe('text is decoded once, when the model is built', () => {
  it('keeps an escaped entity as the entity, in prose and in raw HTML alike', () => {
    const article = markdownArticle(
      '# T\n\nFish &amp;amp; chips.\n\n<p>Salt &amp;amp; vinegar.</p>\n',
    );
    expect(article.body.map(textOfBlock)).toEqual(['Fish &amp; chips.', 'Salt &amp; vinegar.']);
    expect(article.body[0]).toEqual({
      kind: 'paragraph',
      prose: { text: 'Fish &amp; chips.', inlines: [{ kind: 'text', text: 'Fish &amp; chips.' }] },
    });
  });
});

describe('bylines and date lines', () => {
  it('reads the byline of an English article as its author and date, never as its lead', () => {
    const article = fixtureArticle('model-byline.md');
    expect(article.author).toBe('Sam Lee');
    expect(article.date).toBe('2024-05-02');
    expect(article.kicker).toBeNull();
    expect(article.lead.map((p) => p.text)).toEqual(['The council approved the plan on Tuesday.']);
    expect(article.body.map(textOfBlock).join('\n')).not.toContain('Sam Lee');
  });

  it('takes a Published line for the date, never an Updated one', () => {
    const published = markdownArticle(
      '# T\n\nUpdated: June 1, 2024\n\nPublished: 2024-05-02\n\nText.\n',
    );
    expect(published.date).toBe('2024-05-02');
    expect(markdownArticle('# T\n\nUpdated: June 1, 2024\n\nText.\n').date).toBeNull();
  });

  it('takes a lone byline for the author, not the kicker', () => {
    const article = markdownArticle('# T\n\nBy Jane Doe\n\nThe text begins here.\n');
    expect(article.author).toBe('Jane Doe');
    expect(article.kicker).toBeNull();
    expect(article.body.map(textOfBlock)).toEqual(['The text begins here.']);
  });

  it('reads an author from front matter', () => {
    expect(markdownArticle('---\nauthor: Ana Ruiz\n---\n# T\n\nText.\n').author).toBe('Ana Ruiz');
  });

  it('takes a signature under the standfirst or at the end for the author', () => {
    const top = markdownArticle(
      '# T\n\nThe standfirst, in plain text.\n\nBoris Senff\n\nThe body.\n',
    );
    expect(top.author).toBe('Boris Senff');
    expect(top.body.map(textOfBlock)).toEqual(['The standfirst, in plain text.', 'The body.']);
    const end = markdownArticle('# T\n\nLe texte.\n\nLa suite.\n\nModeste KONÉ\n');
    expect(end.author).toBe('Modeste KONÉ');
    expect(end.body.map(textOfBlock)).toEqual(['Le texte.', 'La suite.']);
  });
});

describe('all-numeric dates', () => {
  it('are read day first outside English', () => {
    expect(markdownArticle('# T\n\nPublié le 02/05/2024\n\nLe texte.\n').date).toBe('2024-05-02');
  });

  it('are no date in English copy when nothing settles the order', () => {
    expect(markdownArticle('# T\n\nPublished: 02/05/2024\n\nThe text.\n').date).toBeNull();
  });

  it('follow the article: another date, or a regional English in front matter', () => {
    const us = markdownArticle('# T\n\nPublished: 02/05/2024\n\nThe vote of 12/25/2023 stands.\n');
    expect(us.date).toBe('2024-02-05');
    const uk = markdownArticle('# T\n\nPublished: 02/05/2024\n\nThe vote of 25/12/2023 stands.\n');
    expect(uk.date).toBe('2024-05-02');
    const gb = markdownArticle(
      '---\nlang: en-GB\n---\n# T\n\nPublished: 02/05/2024\n\nThe text.\n',
    );
    expect(gb.date).toBe('2024-05-02');
  });
});
