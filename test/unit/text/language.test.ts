import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/text/language.js';

describe('detectLanguage', () => {
  it.each([
    ['fr', "L'objectif du comité est de convenir d'une feuille de route pour les deux parties."],
    ['en', 'The council voted on Tuesday to approve the new line, ending two years of debate.'],
    ['es', 'El gobierno presentó el proyecto de ley y los diputados lo votarán en marzo.'],
    [
      'de',
      'Die Regierung hat den Entwurf vorgelegt, und der Bundestag wird im März darüber abstimmen.',
    ],
    ['it', 'Il governo ha presentato il progetto di legge che sarà votato dalla camera.'],
  ])('tells %s from its function words', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('falls back when no function word is found', () => {
    expect(detectLanguage('12 345 — ###', 'fr')).toBe('fr');
    expect(detectLanguage('')).toBe('en');
  });
});
