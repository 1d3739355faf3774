// The help's words, per language, fetched with the dialog: the page's first load carries only this loader (the key
// table and the words stay out of it; tests/unit/size-budget.test.ts).
import type { Locale } from '../i18n/languages';
import type { HelpWords } from './keys';

const loaders: Record<Locale, () => Promise<HelpWords>> = {
  en: () => import('./en').then((module) => module.en),
  fr: () => import('./fr').then((module) => module.fr),
};

export function loadHelpWords(locale: Locale): Promise<HelpWords> {
  return loaders[locale]();
}
