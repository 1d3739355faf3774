// Alphabetical order for country and donor names, usually without Intl.Collator: building a collator costs 60–140 ms
// of main thread at 4× CPU slowdown, inside the map's first paint. Accents, case and the typographic apostrophe are
// set aside, and where two names first differ by a plain letter or digit, that decides, as it does for the collator.
// Anything else (punctuation, a space, a letter such as Ø that has no accent to set aside, or two names equal but
// for accents or case) is left to a collator, built the first time it is needed.

const PLAIN = /[a-z0-9]/;
const ASCII = /^[\x00-\x7f]*$/;

/** "Côte" → "Cote": the letters without their accents (for sorting here, and for search in country-name.ts). */
export function withoutAccents(text: string): string {
  // Most names are plain ASCII: normalizing them cost the map's hydration ~7 ms at 4× CPU.
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

let collator: Intl.Collator | undefined;
// The root order of Unicode's collation, which English and French (France) share.
const collate = (a: string, b: string) => (collator ??= new Intl.Collator('en')).compare(a, b);

export function compareText(a: string, b: string): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  const n = Math.min(ka.length, kb.length);
  let i = 0;
  while (i < n && ka[i] === kb[i]) i++;
  if (i === n) return ka.length === kb.length ? (a === b ? 0 : collate(a, b)) : ka.length - kb.length;
  return PLAIN.test(ka[i]!) && PLAIN.test(kb[i]!) ? (ka[i]! < kb[i]! ? -1 : 1) : collate(a, b);
}
