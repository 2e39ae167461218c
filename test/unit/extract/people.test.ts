import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../../src/extract/people.js';
import { parseArticle } from '../../../src/model/parse.js';
import { fixtureArticle, seedArticle } from '../../helpers/articles.js';

const fixture = fixtureArticle;
const people = (markdown: string) => extractPeople(parseArticle(markdown));

describe('the people an article names', () => {
  it('gives the bundled article its two people and their roles, and nothing else', () => {
    const seed = seedArticle();
    expect(extractPeople(seed)).toEqual([
      { name: 'Hans Leijtens', role: 'directeur exécutif de Frontex' },
      {
        name: 'Khalid Zerouali',
        role: 'Wali, directeur des migrations et de la surveillance des frontières au ministère de l’Intérieur du Maroc',
      },
    ]);
  });

  it('reads a role before the name, after it, or as a prefix, titles left out', () => {
    expect(
      people(
        [
          'Le maire de Lyon, Grégory Doucet, a parlé. Valérie Martin, économiste, a répondu.',
          'L’eurodéputé Philippe Lamberts et Mme Hélène Garnier étaient là.',
          'Environment Secretary Steve Barclay met Ms. Ann Lee, the minister of finance.',
        ].join('\n\n'),
      ),
    ).toEqual([
      { name: 'Grégory Doucet', role: 'maire de Lyon' },
      { name: 'Valérie Martin', role: 'économiste' },
      { name: 'Philippe Lamberts', role: 'eurodéputé' },
      { name: 'Hélène Garnier', role: null },
      { name: 'Steve Barclay', role: 'Environment Secretary' },
      { name: 'Ann Lee', role: 'minister of finance' },
    ]);
  });

  it('counts a person once, however the article calls them later', () => {
    expect(
      people(
        'Le ministre, Nasser Bourita, a parlé. « Oui », a dit M. Bourita. Bourita est reparti.',
      ),
    ).toEqual([{ name: 'Nasser Bourita', role: 'ministre' }]);
  });

  it('takes no place, club or institution for a person', () => {
    const found = people(
      [
        'Le Paris Saint-Germain a battu Lens au Parc des Princes, selon France Inter.',
        'Pour rappel, le Frontex-Maroc Comité Mixte siège à Rabat. Le Maroc et la Banque de France ont signé.',
        'Storm Ciarán hit the Outer Hebrides, the Met Office said.',
      ].join('\n\n'),
    );
    expect(found).toEqual([]);
  });

  it('includes named speakers even without a role', () => {
    expect(extractPeople(fixture('quotes-en-storm.md'))).toEqual([
      { name: 'Mark Jenkins', role: 'operations director at UK Power Networks' },
      { name: 'Emma Clarke', role: null },
      { name: 'Steve Barclay', role: 'Environment Secretary' },
    ]);
  });

  it('names nobody in an article about no one', () => {
    expect(extractPeople(fixture('quotes-fr-sans-citation.md'))).toEqual([]);
  });
});
