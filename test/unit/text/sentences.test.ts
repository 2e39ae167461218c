import { describe, expect, it } from 'vitest';
import { sentenceStarts, splitSentences } from '../../../src/text/sentences.js';

describe('splitSentences', () => {
  it('keeps a title of address or an initial with the name after it', () => {
    expect(splitSentences('Il a vu M. Dupont. Puis J.-P. Martin est parti.')).toEqual([
      'Il a vu M. Dupont.',
      'Puis J.-P. Martin est parti.',
    ]);
  });

  it('keeps a text that ends on an abbreviation as its last sentence', () => {
    expect(splitSentences('Il parle à M.')).toEqual(['Il parle à M.']);
    expect(splitSentences('Bonjour. Voir p.')).toEqual(['Bonjour.', 'Voir p.']);
  });

  it('finds every sentence of a text longer than the pieces it is segmented in', () => {
    const sentences = Array.from({ length: 300 }, (_, i) => `La phrase numéro ${i} est ici.`);
    expect(splitSentences(sentences.join(' '))).toEqual(sentences);
  });
});

describe('sentenceStarts', () => {
  it('starts the next sentence at a straight quotation mark that opens it', () => {
    const text = 'He spoke. "We will go," he said. "Now."';
    expect(splitSentences(text)).toEqual(['He spoke.', '"We will go," he said.', '"Now."']);
    expect(sentenceStarts(text)).toEqual([0, 10, 33]);
  });

  it('keeps closing guillemets with the sentence they close', () => {
    expect(splitSentences('Il a dit : « Nous irons. » Puis il est parti.')).toEqual([
      'Il a dit : « Nous irons. »',
      'Puis il est parti.',
    ]);
  });

  it('does not end a sentence at initials or an abbreviated title of office', () => {
    expect(splitSentences('A U.S. official met Gov. Newsom. Then he left.')).toEqual([
      'A U.S. official met Gov. Newsom.',
      'Then he left.',
    ]);
  });

  it('ends a sentence at ideographic punctuation, with no space after it', () => {
    expect(splitSentences('今天下雨。明天晴天！')).toEqual(['今天下雨。', '明天晴天！']);
  });
});
