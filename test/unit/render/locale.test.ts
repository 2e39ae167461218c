import { describe, expect, it } from 'vitest';
import { formatLongDate } from '../../../src/render/locale.js';

describe('formatLongDate', () => {
  it('writes the date out in the language of the article', () => {
    expect(formatLongDate('2023-12-13', 'fr')).toBe('13 décembre 2023');
    expect(formatLongDate('2023-12-13', 'en')).toBe('December 13, 2023');
    expect(formatLongDate('2023-12-13', 'de')).toBe('13. Dezember 2023');
  });
});
