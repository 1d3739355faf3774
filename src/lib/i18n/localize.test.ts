import { describe, expect, it } from 'vitest';
import { localizeAll, localized } from './localize';

const region = { id: 'eu', name: 'European Union', translations: { fr: { name: 'Union européenne' } } };
const milestone = { id: 'm', title: 'NATC SEE annual meeting', detail: 'In Budva.' };

describe('localized', () => {
  it.each([
    { record: region, field: 'name' as const, locale: 'en' as const, expected: { text: 'European Union', fallback: false } },
    { record: region, field: 'name' as const, locale: 'fr' as const, expected: { text: 'Union européenne', fallback: false } },
    { record: milestone, field: 'title' as const, locale: 'en' as const, expected: { text: 'NATC SEE annual meeting', fallback: false } },
    { record: milestone, field: 'title' as const, locale: 'fr' as const, expected: { text: 'NATC SEE annual meeting', fallback: true } },
    { record: { title: 'T', detail: 'D', translations: { fr: { title: 'Titre' } } }, field: 'detail' as const, locale: 'fr' as const, expected: { text: 'D', fallback: true } },
    { record: { title: 'T', translations: { fr: { title: '' } } }, field: 'title' as const, locale: 'fr' as const, expected: { text: 'T', fallback: true } },
  ])('$record.id $field in $locale', ({ record, field, locale, expected }) => {
    expect(localized(record as never, field, locale)).toEqual(expected);
  });
});

describe('localizeAll', () => {
  it('keeps the very same list in English, so nothing downstream recomputes', () => {
    const list = [region];
    expect(localizeAll(list, 'name', 'en')).toBe(list);
  });

  it('replaces the field with its translation, or keeps the English, without changing the records', () => {
    const other = { id: 'x', name: 'Somewhere' };
    expect(localizeAll([region, other], 'name', 'fr').map((r) => r.name)).toEqual(['Union européenne', 'Somewhere']);
    expect(region.name).toBe('European Union');
  });
});
