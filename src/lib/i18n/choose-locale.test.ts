import { describe, expect, it } from 'vitest';
import { chooseLocale, localeFromBrowser, withLocale } from './choose-locale';

describe('chooseLocale', () => {
  it.each([
    { search: '', languages: [], expected: { locale: 'en', ignored: [] } },
    { search: '?lang=fr', languages: ['en-GB'], expected: { locale: 'fr', ignored: [] } },
    { search: '?lang=FR', languages: [], expected: { locale: 'fr', ignored: [] } },
    { search: '?lang=en', languages: ['fr-FR'], expected: { locale: 'en', ignored: [] } },
    { search: '', languages: ['fr-FR', 'en'], expected: { locale: 'fr', ignored: [] } },
    { search: '', languages: ['de-AT', 'fr-CA', 'en'], expected: { locale: 'fr', ignored: [] } },
    { search: '', languages: ['de', 'es'], expected: { locale: 'en', ignored: [] } },
    { search: '?lang=xx', languages: ['fr'], expected: { locale: 'fr', ignored: [{ name: 'lang', value: 'xx' }] } },
    { search: '?lang=fr-FR', languages: [], expected: { locale: 'en', ignored: [{ name: 'lang', value: 'fr-FR' }] } },
    { search: '?lang=', languages: [], expected: { locale: 'en', ignored: [{ name: 'lang', value: '' }] } },
    { search: '?region=eu&lang=fr&year=2010', languages: [], expected: { locale: 'fr', ignored: [] } },
  ])('$search with $languages -> $expected.locale', ({ search, languages, expected }) => {
    expect(chooseLocale(search, languages)).toEqual(expected);
  });

  it('takes the first supported browser language, by its primary subtag', () => {
    expect(localeFromBrowser(['fr_BE'])).toBe('fr');
    expect(localeFromBrowser(['pt-BR', 'EN-us'])).toBe('en');
    expect(localeFromBrowser([])).toBeNull();
  });
});

describe('withLocale', () => {
  it.each([
    { search: '', locale: 'fr' as const, expected: '?lang=fr' },
    { search: '?region=eu&year=2010', locale: 'fr' as const, expected: '?region=eu&year=2010&lang=fr' },
    { search: '?lang=fr&country=NG', locale: 'en' as const, expected: '?lang=en&country=NG' },
    { search: '?donor=European+Union', locale: 'fr' as const, expected: '?donor=European+Union&lang=fr' },
  ])('$search + $locale -> $expected', ({ search, locale, expected }) => {
    expect(withLocale(search, locale)).toBe(expected);
  });
});
