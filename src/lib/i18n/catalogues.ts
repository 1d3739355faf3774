// Where each language's catalogue comes from. English is bundled; the others are fetched when first chosen, so an
// English visit downloads none of them.
import { en, type Messages } from './en';
import type { Locale, TranslationLocale } from './languages';

const loaders: Record<TranslationLocale, () => Promise<Messages>> = {
  fr: () => import('./fr').then((module) => module.fr),
};

export function loadMessages(locale: Locale): Promise<Messages> {
  return locale === 'en' ? Promise.resolve(en) : loaders[locale]();
}
