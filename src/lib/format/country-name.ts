// Country names in the interface language, from CLDR (the browser's Intl.DisplayNames), never from the atlas.
// English, the first language, comes from a table written from the same data at build time: building
// Intl.DisplayNames would cost the first paint of the map ~40 ms of main thread.
import { COUNTRY_NAMES_EN } from './country-names-en';
import { withoutAccents } from './text-order';

const cache = new Map<string, Intl.DisplayNames>();

/**
 * Names a country has asked to be called by in every language (Cabo Verde, since 2013), where CLDR still gives the
 * older one in some ("Cap-Vert"): the datasets' texts use the country's own name in French too.
 */
const OWN_NAMES: Readonly<Record<string, string>> = { CV: 'Cabo Verde' };

export function countryName(code: string, locale: string): string {
  const own = OWN_NAMES[code];
  if (own !== undefined) return own;
  if (locale === 'en' || locale.startsWith('en-')) {
    const name = COUNTRY_NAMES_EN[code];
    if (name !== undefined) return name;
  }
  let names = cache.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
    cache.set(locale, names);
  }
  return names.of(code) ?? code;
}

/** For search: "Côte d'Ivoire" matches "cote d ivoire", "COTE". */
export function foldForSearch(text: string): string {
  return withoutAccents(text)
    .replace(/[’'`\-.,()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
