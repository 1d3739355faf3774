// Alphabetical order for country and donor names without Intl.Collator: building a collator costs 60–140 ms of main
// thread at 4× CPU slowdown, inside the map's first paint. For the names this app sorts, in English and French, the
// order is the collator's (tested against it): accents, case and the typographic apostrophe are set aside first,
// then the text itself breaks ties so the order is total.

const COMBINING_MARKS = /[\u0300-\u036f]/g;

export function sortKey(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/’/g, "'").toLowerCase();
}

export function compareText(a: string, b: string): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
