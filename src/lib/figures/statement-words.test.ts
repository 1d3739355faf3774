import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/languages';
import { STATEMENT_WORDS } from './statement-words';

describe('STATEMENT_WORDS', () => {
  it.each(LOCALES)('%s has every text, and its sentences take the names they are given', (locale) => {
    const w = STATEMENT_WORDS[locale];
    for (const text of [w.heading, w.note, w.noProject, ...Object.values(w.group)]) expect(text.trim()).not.toBe('');
    expect(w.onMap('West Africa (ECOWAS)')).toContain('West Africa (ECOWAS)');
    expect(w.mapRegions('Eastern Europe and the South Caucasus')).toContain('Eastern Europe and the South Caucasus');
    expect(w.mapRegions('')).toMatch(/\.$/);
    expect(w.mapRegions('')).not.toMatch(/[:;]\s*\.$/);
  });
});
