// The help's key table says what the views' own key handlers do, and both languages word every row.
import { describe, expect, it } from 'vitest';
import { moveForKey, zoomForKey } from '../timeline/navigation';
import { showAction } from '../show/keys';
import { en } from './en';
import { fr } from './fr';
import { KEY_TABLE, keyLabel, type HelpAction } from './keys';
import { loadHelpWords } from './load';

const PRESENTATION: Partial<Record<HelpAction, string[]>> = {
  next: ['next'],
  previous: ['previous'],
  firstLast: ['first', 'last'],
  blank: ['blank'],
  fullscreen: ['fullscreen'],
  exit: ['escape'],
};

describe('key table', () => {
  it('lists the show keys that showAction (lib/show/keys.ts) answers', () => {
    for (const row of KEY_TABLE.presentation) {
      const actions = row.keys.map(({ key }) => showAction({ key, ctrlKey: false, altKey: false, metaKey: false }));
      for (const action of actions) expect(PRESENTATION[row.action]).toContain(action);
    }
  });

  it('lists the timeline keys that the track answers', () => {
    const byAction = Object.fromEntries(KEY_TABLE.timeline.map((row) => [row.action, row.keys.map((k) => k.key)]));
    expect(byAction['timelineMove']!.map(moveForKey)).toEqual(['previous', 'next']);
    expect(byAction['timelineEnds']!.map(moveForKey)).toEqual(['first', 'last']);
    expect(byAction['zoomIn']!.map(zoomForKey)).toEqual(['in']);
    expect(byAction['zoomOut']!.map(zoomForKey)).toEqual(['out']);
  });

  it.each([
    { locale: 'en', words: en },
    { locale: 'fr', words: fr },
  ])('words every section, action and key in $locale', async ({ locale, words }) => {
    expect(await loadHelpWords(locale as 'en' | 'fr')).toBe(words);
    for (const [section, rows] of Object.entries(KEY_TABLE)) {
      expect(words.sections[section as keyof typeof words.sections]).toBeTruthy();
      for (const row of rows) {
        expect(words.actions[row.action]).toBeTruthy();
        // Every multi-letter key has a name in the language; one-letter keys show as the letter.
        for (const k of row.keys) if (k.key.length > 1) expect(words.keyNames[k.key], k.key).toBeTruthy();
      }
    }
  });

  it.each([
    { key: { key: ' ', shift: true }, words: en, expected: 'Shift + Space' },
    { key: { key: ' ', shift: true }, words: fr, expected: 'Maj + Espace' },
    { key: { key: 'p' }, words: en, expected: 'P' },
    { key: { key: 'Escape' }, words: fr, expected: 'Échap' },
    { key: { key: '-' }, words: en, expected: '−' },
    { key: { key: '?' }, words: en, expected: '?' },
  ])('names $key.key as $expected', ({ key, words, expected }) => {
    expect(keyLabel(key, words)).toBe(expected);
  });
});
