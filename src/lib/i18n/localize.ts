// A dataset text in the interface language, or the English original, marked so the interface can say so honestly.
import type { Locale, TranslationLocale } from './languages';

/** A record whose English `F` fields may carry translations: `translations: { fr: { title: "…" } }`. */
export type Translatable<F extends string> = Record<F, string> & {
  translations?: { [L in TranslationLocale]?: { [K in F]?: string } };
};

export interface Localized {
  text: string;
  /** True when the interface is not in English and the record has no translation of this field: `text` is English. */
  fallback: boolean;
}

export function localized<F extends string>(record: Translatable<F>, field: F, locale: Locale): Localized {
  if (locale === 'en') return { text: record[field], fallback: false };
  const translated = record.translations?.[locale]?.[field];
  return translated ? { text: translated, fallback: false } : { text: record[field], fallback: true };
}

/** The records with `field` replaced by its translation, for lists that only show the text (select options, legends). */
export function localizeAll<F extends string, T extends Translatable<F>>(records: T[], field: F, locale: Locale): T[] {
  // English returns the same list, so derived values downstream see no change.
  return locale === 'en' ? records : records.map((r) => ({ ...r, [field]: localized(r, field, locale).text }));
}
