// Alphabetical order for country and donor names. Rule: in English and French, two names that first differ by a
// plain letter or digit (accents, case and the typographic apostrophe set aside) are ordered here, without building
// an Intl.Collator during the map's first paint (docs/performance.md); anything else goes to the collator. Hazard:
// this shortcut is only right where the language sorts like Unicode's root order: any other language (Spanish "ñ",
// Swedish "å" after "z") gets Intl.Collator for its locale.

const PLAIN = /[a-z0-9]/;
const ASCII = /^[\x00-\x7f]*$/;

/** "Côte" → "Cote": the letters without their accents (for sorting here, and for search in country-name.ts). */
export function withoutAccents(text: string): string {
  // Most names are plain ASCII, and need no normalizing.
  return ASCII.test(text) ? text : text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Names repeat across sorts (every filter change sorts the countries again): each key is worked out once. */
const keys = new Map<string, string>();

export function sortKey(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    key = withoutAccents(text).replace(/’/g, "'").toLowerCase();
    keys.set(text, key);
  }
  return key;
}

const collators = new Map<string, Intl.Collator>();
const collatorFor = (locale: string) => collators.get(locale) ?? collators.set(locale, new Intl.Collator(locale)).get(locale)!;
// The root order of Unicode's collation, which English and French (France) share.
const collate = (a: string, b: string) => collatorFor('en').compare(a, b);
/** The languages whose order is the root order, so the shortcut holds. */
const ROOT_ORDER = new Set(['en', 'fr']);

/** The comparison for names in `locale`: compareText in English and French, the locale's collator otherwise. */
export function textOrder(locale: string): (a: string, b: string) => number {
  if (ROOT_ORDER.has(locale)) return compareText;
  const collator = collatorFor(locale);
  return (a, b) => collator.compare(a, b);
}

/** English and French order (the root order); for another language use textOrder(locale). */
export function compareText(a: string, b: string): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  const n = Math.min(ka.length, kb.length);
  let i = 0;
  while (i < n && ka[i] === kb[i]) i++;
  if (i === n) return ka.length === kb.length ? (a === b ? 0 : collate(a, b)) : ka.length - kb.length;
  return PLAIN.test(ka[i]!) && PLAIN.test(kb[i]!) ? (ka[i]! < kb[i]! ? -1 : 1) : collate(a, b);
}
