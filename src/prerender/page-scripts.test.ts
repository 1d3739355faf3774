import { describe, expect, it } from 'vitest';
import { chooseLocale } from '../lib/i18n/choose-locale';
import { PREVIEW_CHOICE, PREVIEW_READY } from './page-scripts';

/** Runs the head script as the page does, with a stand-in for the globals it reads. */
function choice(search: string, languages: string[] | undefined): string | null {
  const html = document.createElement('html');
  new Function('location', 'navigator', 'document', PREVIEW_CHOICE)({ search }, { languages }, { documentElement: html });
  return html.getAttribute('data-preview');
}

describe('the head script', () => {
  it.each([
    { search: '', languages: ['en-GB'], shown: true },
    { search: '?', languages: ['en-GB'], shown: true },
    { search: '', languages: [], shown: true },
    { search: '', languages: undefined, shown: true },
    { search: '', languages: ['de-AT', 'en'], shown: true },
    { search: '', languages: ['de-AT', 'it'], shown: true },
    { search: '', languages: ['fr-CA', 'en'], shown: false },
    { search: '', languages: ['de', ' FR '], shown: false },
    { search: '', languages: ['en-US', 'fr'], shown: true },
    { search: '?lang=en', languages: ['en'], shown: false },
    { search: '?region=west-africa', languages: ['en'], shown: false },
    { search: '?embed=map', languages: ['en'], shown: false },
    { search: '?present=1', languages: ['en'], shown: false },
  ])('search "$search", languages $languages: preview shown $shown', ({ search, languages, shown }) => {
    expect(choice(search, languages)).toBe(shown ? 'on' : 'off');
  });

  it('shows the preview exactly when the app would show the plain address in English', () => {
    const cases: [string, string[]][] = [['', ['fr']], ['', ['en']], ['', ['nl', 'fr-BE']], ['', ['nl']], ['?lang=fr', []], ['?year=2010', ['en']]];
    for (const [search, languages] of cases) {
      const app = search === '' && chooseLocale(search, languages).locale === 'en';
      expect(choice(search, languages), `${search} ${languages.join(',')}`).toBe(app ? 'on' : 'off');
    }
  });

  it('is plain enough to run before any code: no module syntax, no arrow functions', () => {
    for (const script of [PREVIEW_CHOICE, PREVIEW_READY]) {
      expect(script).not.toMatch(/=>|\bimport\b|\bexport\b|\blet\b|\bconst\b|`/);
      expect(script).not.toContain('</script');
    }
  });
});

describe('the ready script', () => {
  function ready(preview: string, marked: boolean) {
    const html = document.createElement('html');
    html.setAttribute('data-preview', preview);
    const marks: string[] = marked ? ['map:ready'] : [];
    const frames: (() => void)[] = [];
    const performance = { getEntriesByName: (n: string) => marks.filter((m) => m === n), mark: (n: string) => marks.push(n) };
    new Function('document', 'performance', 'requestAnimationFrame', PREVIEW_READY)({ documentElement: html }, performance, (f: () => void) => frames.push(f));
    frames.forEach((f) => f());
    return marks;
  }

  it('marks map:ready at the next frame when the preview is shown', () => expect(ready('on', false)).toEqual(['map:ready']));
  it('does not mark a hidden preview', () => expect(ready('off', false)).toEqual([]));
  it('does not mark twice when the live map was first', () => expect(ready('on', true)).toEqual(['map:ready']));
});
