// The interface languages. Adding one: its code here, a catalogue beside en.ts, a loader in catalogues.ts (see README.md).
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** English is the source language of the datasets and the catalogue every other one is checked against. */
export const DEFAULT_LOCALE: Locale = 'en';

/** The languages a dataset record may carry translations for: every interface language but English. */
export type TranslationLocale = Exclude<Locale, 'en'>;
export const TRANSLATION_LOCALES = LOCALES.filter((l): l is TranslationLocale => l !== DEFAULT_LOCALE);

/** Each language named in itself, so a reader finds theirs whatever language the page is in. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', fr: 'Français' };

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
