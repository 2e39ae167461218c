import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Inline } from '../../../src/model/article.js';
import { parseArticle } from '../../../src/model/parse.js';
import { hyperlinkTarget, osc8, textIsAddress } from '../../../src/render/links.js';
import { colonAfterLabel, readingTimeLabel } from '../../../src/render/locale.js';
import { createMarkdownStyler } from '../../../src/render/markdown.js';
import { createTheme } from '../../../src/render/theme.js';

const inlines = (markdown: string): readonly Inline[] => {
  const [paragraph] = parseArticle(`# T\n\n${markdown}\n`).body;
  return paragraph?.kind === 'paragraph' ? paragraph.prose.inlines : [];
};

function styled(markdown: string, level: 0 | 1 = 1, hyperlinks = false): string {
  const theme = createTheme(new Chalk({ level }));
  return createMarkdownStyler({ theme, hyperlinks }).inline(inlines(markdown));
}

describe('inline Markdown', () => {
  it('styles bold, italic, code and deleted text, with no Markdown markers left', () => {
    expect(styled('un **gras**, un *italique*, du `code` et ~~rien~~')).toBe(
      'un \u001B[1mgras\u001B[22m, un \u001B[3mitalique\u001B[23m, du \u001B[32mcode\u001B[39m et \u001B[9mrien\u001B[29m',
    );
  });

  it('is plain text when colour is off', () => {
    expect(styled('un **gras** et [un lien](https://example.org/)', 0)).toBe(
      'un gras et un lien (https://example.org/)',
    );
  });

  it('keeps colons in code spans and emoji shortcodes as written', () => {
    expect(styled('`a:b` et :fire: et :smile:', 0)).toBe('a:b et :fire: et :smile:');
  });

  it('decodes entities once and keeps escaped Markdown as text', () => {
    expect(styled('AT&amp;T &lt;b&gt; \\*pas gras\\* &amp;amp;', 0)).toBe(
      'AT&T <b> *pas gras* &amp;',
    );
  });

  it('drops raw inline HTML tags and keeps the words between them', () => {
    expect(styled('un <span class="x">mot</span> gardé', 0)).toBe('un mot gardé');
  });

  it('shows an image as its description', () => {
    expect(styled('voir ![la carte des routes](carte.png)', 0)).toBe('voir la carte des routes');
  });

  it('folds line breaks into spaces', () => {
    expect(styled('une ligne  \ncoupée\nen deux', 0)).toBe('une ligne coupée en deux');
  });
});

describe('links', () => {
  it('are OSC 8 hyperlinks when the terminal shows them, with no address after', () => {
    expect(styled('[le site](https://example.org/page)', 1, true)).toBe(
      `${osc8('https://example.org/page', '\u001B[4mle site\u001B[24m')}`,
    );
  });

  it('put the address in parentheses after the text otherwise', () => {
    expect(styled('[le site](https://example.org/page)', 1)).toBe(
      '\u001B[4mle site\u001B[24m \u001B[2m(https://example.org/page)\u001B[22m',
    );
  });

  it('leave the address out when the text already is the address', () => {
    expect(styled('[frontex.europa.eu](https://frontex.europa.eu)', 0)).toBe('frontex.europa.eu');
    expect(styled('[www.example.org/](http://example.org)', 0)).toBe('www.example.org/');
    expect(styled('<https://example.org/a>', 0)).toBe('https://example.org/a');
  });

  it('are never OSC 8 for an address a terminal should not be handed', () => {
    expect(styled('[clic](javascript:alert(1))', 1, true)).not.toContain('\u001B]8');
    expect(hyperlinkTarget('javascript:alert(1)')).toBeNull();
    expect(hyperlinkTarget('file:///etc/passwd')).toBeNull();
    expect(hyperlinkTarget('not a url')).toBeNull();
    expect(hyperlinkTarget('http://a\tb.example/')).toBeNull();
    expect(hyperlinkTarget('https://example.org/\u0007x')).toBeNull();
  });

  it('are written as ASCII, with percent escapes for the rest', () => {
    expect(hyperlinkTarget('https://exemple.fr/été?q=a b')).toBe(
      'https://exemple.fr/%C3%A9t%C3%A9?q=a%20b',
    );
    expect(hyperlinkTarget('https://bücher.example/')).toBe('https://xn--bcher-kva.example/');
    expect(hyperlinkTarget('mailto:redaction@example.org')).toBe('mailto:redaction@example.org');
  });

  it('compare text and address without scheme, www or trailing slash', () => {
    expect(textIsAddress('Example.org', 'https://www.example.org/')).toBe(true);
    expect(textIsAddress('example.org/a', 'https://example.org/b')).toBe(false);
  });
});

describe('theme', () => {
  it('adds nothing at colour level 0', () => {
    const theme = createTheme(new Chalk({ level: 0 }));
    for (const style of Object.values(theme)) expect(style('texte')).toBe('texte');
  });

  it('uses none of the colours that vanish on a light or a dark background', () => {
    const theme = createTheme(new Chalk({ level: 1 }));
    for (const style of Object.values(theme)) {
      // 33 yellow and 93 bright yellow on white, 34 blue on black, 30/37/90/97 black and white.
      expect(style('texte')).not.toMatch(/\u001B\[(?:3[0347]|9[0347])m/);
    }
  });
});

describe('locale', () => {
  it('says the reading time in the article language', () => {
    expect(readingTimeLabel(2, 'fr')).toBe('2 min de lecture');
    expect(readingTimeLabel(1, 'en-GB')).toBe('1 min read');
    expect(readingTimeLabel(3, 'xx')).toBe('3 min');
  });

  it('puts a space before the colon in French only', () => {
    expect(colonAfterLabel('fr')).toBe(' : ');
    expect(colonAfterLabel('fr-CA')).toBe(' : ');
    expect(colonAfterLabel('en')).toBe(': ');
  });
});
