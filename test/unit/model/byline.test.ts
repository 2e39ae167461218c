import { describe, expect, it } from 'vitest';
import {
  dateRemnant,
  namesOnly,
  readByline,
  readDateLine,
  signatureOnly,
} from '../../../src/model/byline.js';

const byline = (text: string) => {
  const found = readByline(text);
  return found && { author: found.author, date: found.date?.iso ?? null, rest: found.rest };
};

describe('readByline', () => {
  it.each([
    ['By Sam Lee', 'Sam Lee', null],
    ['By Sam Lee, May 2, 2024', 'Sam Lee', '2024-05-02'],
    ['By Jane Doe and John Roe', 'Jane Doe and John Roe', null],
    ['By Ana Ruiz, Reuters', 'Ana Ruiz, Reuters', null],
    ['Par Jean Dupont et Marie Durand', 'Jean Dupont et Marie Durand', null],
    ['Par Jean Dupont | Publié le 3 mars 2023 à 10h12', 'Jean Dupont', '2023-03-03'],
    ['par Abdoulaye Penda Ndiaye', 'Abdoulaye Penda Ndiaye', null],
    ['Texte par : RFI', 'RFI', null],
    ['— Jean Dupont', 'Jean Dupont', null],
    ['By Sam Lee | Updated May 3, 2024', 'Sam Lee', null],
    ['By Mary-Kate O’Neill, 2 May 2024', 'Mary-Kate O’Neill', '2024-05-02'],
  ])('%j names %j, dated %j', (text, author, date) => {
    expect(byline(text)).toEqual({ author, date, rest: '' });
  });

  it('keeps the text that follows a byline after a dash', () => {
    expect(byline('par Jean Dupont - Une avocate a haussé le ton, jeudi.')).toEqual({
      author: 'Jean Dupont',
      date: null,
      rest: 'Une avocate a haussé le ton, jeudi.',
    });
  });

  it.each([
    'Par ailleurs, le gouvernement a tranché.',
    'By the end of the year, prices had doubled.',
    'By Monday, the council had voted.',
    'Bygones are bygones.',
    'Parfois, Jean Dupont parle.',
    `By ${'Name '.repeat(20)}`,
  ])('finds no byline in %j', (text) => {
    expect(readByline(text)).toBeNull();
  });
});

describe('readDateLine', () => {
  it('reads the publication date and tells an update apart', () => {
    expect(readDateLine('Published: 2024-05-02')).toMatchObject({
      date: { iso: '2024-05-02' },
      updated: false,
    });
    expect(readDateLine('Publié le 3 mars 2023 à 10h12')).toMatchObject({
      date: { iso: '2023-03-03' },
      updated: false,
    });
    expect(readDateLine('Updated: May 3, 2024')).toMatchObject({ updated: true });
    expect(readDateLine('Mis à jour le 4 mars 2023')).toMatchObject({ updated: true });
  });

  it('is no date line when text follows the date', () => {
    expect(readDateLine('Published May 2, 2024, the report found that prices rose.')).toBeNull();
    expect(readDateLine('The report was published on May 2, 2024.')).toBeNull();
  });
});

describe('signatures and remnants', () => {
  it('takes a name alone on its line, or an agency, as a signature', () => {
    expect(signatureOnly('Boris Senff')).toBe(true);
    expect(signatureOnly('Modeste KONÉ')).toBe(true);
    expect(signatureOnly('Jé. M. avec AFP')).toBe(true);
    expect(signatureOnly('AFP')).toBe(true);
  });

  it('takes no sentence, citation or lone word for one', () => {
    expect(signatureOnly('Avec AP et Reuters.')).toBe(false);
    expect(signatureOnly('Paris')).toBe(false);
    expect(signatureOnly('Trop optimiste ?')).toBe(false);
    expect(namesOnly('Le gouvernement a tranché')).toBe(false);
  });

  it('knows a date line a page left without its date', () => {
    for (const line of ['Published', 'Updated:', '2 hours ago', 'il y a 3 heures', 'Mis à jour']) {
      expect(dateRemnant(line), line).toBe(true);
    }
    expect(dateRemnant('Published reports say so.')).toBe(false);
  });
});
