// Country names in the interface language, from the browser's own data (Intl.DisplayNames), never from the atlas.
const cache = new Map<string, Intl.DisplayNames>();

export function countryName(code: string, locale: string): string {
  let names = cache.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
    cache.set(locale, names);
  }
  return names.of(code) ?? code;
}

/** For search: "Côte d'Ivoire" matches "cote d ivoire", "COTE". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’'`\-.,()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
