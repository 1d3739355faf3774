// Which language to show: the address's ?lang= first, then the browser's preference, then English.
import type { IgnoredParam } from '../url/port';
import { DEFAULT_LOCALE, isLocale, type Locale } from './languages';

export const LANG_PARAM = 'lang';

/** "fr-CA", "FR" -> "fr"; a language the app does not have -> null. */
export function supportedLocale(tag: string): Locale | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLocale(primary) ? primary : null;
}

/** The address names a language exactly ("en", "fr", any case); anything else is reported, never guessed at. */
export function localeFromAddress(search: string): { locale: Locale | null; ignored: IgnoredParam[] } {
  const raw = new URLSearchParams(search).get(LANG_PARAM);
  if (raw === null) return { locale: null, ignored: [] };
  const code = raw.trim().toLowerCase();
  return isLocale(code) ? { locale: code, ignored: [] } : { locale: null, ignored: [{ name: LANG_PARAM, value: raw }] };
}

/** The first of the browser's languages (navigator.languages, most preferred first) that the app has. */
export function localeFromBrowser(languages: readonly string[]): Locale | null {
  for (const tag of languages) {
    const locale = supportedLocale(tag);
    if (locale) return locale;
  }
  return null;
}

export function chooseLocale(search: string, languages: readonly string[]): { locale: Locale; ignored: IgnoredParam[] } {
  const fromAddress = localeFromAddress(search);
  return { locale: fromAddress.locale ?? localeFromBrowser(languages) ?? DEFAULT_LOCALE, ignored: fromAddress.ignored };
}

/** The address with ?lang= set and every other parameter kept as it was. */
export function withLocale(search: string, locale: Locale): string {
  const params = new URLSearchParams(search);
  params.set(LANG_PARAM, locale);
  return `?${params.toString()}`;
}
