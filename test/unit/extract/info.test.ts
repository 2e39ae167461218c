import { describe, expect, it } from 'vitest';
import { articleInfo, INFO_FIELDS } from '../../../src/extract/info.js';
import { seedArticle } from '../../helpers/articles.js';

describe('articleInfo computed on demand', () => {
  const article = seedArticle();

  it('gives every field to JSON, spreading and structuredClone', () => {
    const info = articleInfo(article);
    const json = JSON.parse(JSON.stringify(info)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(INFO_FIELDS);
    expect(json.words).toBeGreaterThan(200);
    expect(json.quotes).toBeGreaterThan(0);
    expect({ ...info }).toEqual(json);
    expect(structuredClone(info)).toEqual(json);
  });

  it('answers one field without the others and keeps one people list', () => {
    // An article whose text cannot be read: any count or analysis run for `date` would throw.
    const unreadable = new Proxy(article, {
      get: (target, key) => {
        if (key === 'body' || key === 'lead') throw new Error(`read ${String(key)}`);
        return Reflect.get(target, key);
      },
    });
    expect(articleInfo(unreadable).date).toBe('2023-12-13');
    expect(articleInfo(unreadable).title).toBe(article.title);
    const info = articleInfo(article);
    expect(info.people).toBe(info.people);
    expect(info.readingMinutes).toBe(Math.max(1, Math.ceil(info.words / 200)));
  });
});
