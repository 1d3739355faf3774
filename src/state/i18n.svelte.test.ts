import { describe, expect, it } from 'vitest';
import type { UrlPort } from '../lib/url/port';
import { I18n } from './i18n.svelte';

function fakeUrl(search: string): UrlPort & { writes: string[] } {
  const writes: string[] = [];
  return {
    writes,
    search: () => search,
    replace: (s) => {
      writes.push(s);
      search = s;
    },
    push: () => {
      throw new Error('the language is never a history step of its own');
    },
  };
}

describe('I18n', () => {
  it('starts in English when nothing asks for another language', async () => {
    const i18n = new I18n({ url: fakeUrl(''), languages: ['en-GB'], document });
    await i18n.ready;
    expect(i18n.locale).toBe('en');
    expect(i18n.m.mapHeading).toBe('Where the documented projects are');
    expect(document.documentElement.lang).toBe('en');
    expect(i18n.ignored).toEqual([]);
  });

  it('loads French for ?lang=fr and sets the page language and title', async () => {
    const i18n = new I18n({ url: fakeUrl('?lang=fr&region=eu'), languages: ['en-GB'], document });
    await i18n.ready;
    expect(i18n.locale).toBe('fr');
    expect(i18n.m.mapHeading).toBe('Où se trouvent les projets documentés');
    expect(document.documentElement.lang).toBe('fr');
    expect(document.title).toContain('Programme de lutte contre la traite');
  });

  it('follows the browser when the address says nothing', async () => {
    const i18n = new I18n({ url: fakeUrl(''), languages: ['de-DE', 'fr-BE'], document });
    await i18n.ready;
    expect(i18n.locale).toBe('fr');
  });

  it('reports an unknown ?lang= and falls back to the browser, then English', async () => {
    const i18n = new I18n({ url: fakeUrl('?lang=xx'), languages: [], document });
    await i18n.ready;
    expect(i18n.locale).toBe('en');
    expect(i18n.ignored).toEqual([{ name: 'lang', value: 'xx' }]);
  });

  it('switches language, writing ?lang= and keeping the other parameters', async () => {
    const url = fakeUrl('?region=eu&year=2010');
    const i18n = new I18n({ url, languages: [] });
    await i18n.ready;
    await i18n.choose('fr');
    expect(i18n.locale).toBe('fr');
    expect(url.writes).toEqual(['?region=eu&year=2010&lang=fr']);
    await i18n.choose('en');
    expect(i18n.m.mapHeading).toBe('Where the documented projects are');
    expect(url.writes.at(-1)).toBe('?region=eu&year=2010&lang=en');
  });

  it('lands the last choice when two are made quickly', async () => {
    const i18n = new I18n({ url: fakeUrl(''), languages: [] });
    await Promise.all([i18n.choose('fr'), i18n.choose('en')]);
    expect(i18n.locale).toBe('en');
  });
});
