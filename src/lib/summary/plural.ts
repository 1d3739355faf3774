// Counted nouns and spoken lists by the language's own rules ("0 projet" in French, "0 projects" in English; "Ghana et
// Nigéria", "A, B, and C"). Rule: English and French, the interface's languages, are written here exactly as
// Intl.PluralRules and Intl.ListFormat write them (the tests compare the two for every case), so the first summary
// does not wait for those objects to be built (docs/performance.md). Hazard: any other language goes to Intl, and a
// language added here must be tested against Intl the same way.
import { formatInteger } from '../format/integer';

/** Whole numbers only (the summaries count things): English says "one" for 1, French for 0 and 1. */
const FAST_ONE: Record<string, (n: number) => boolean> = { en: (n) => n === 1, fr: (n) => n === 0 || n === 1 };
/** The conjunction, and whether a comma comes before it in a list of three or more (English's serial comma). */
const FAST_AND: Record<string, { and: string; serialComma: boolean }> = { en: { and: 'and', serialComma: true }, fr: { and: 'et', serialComma: false } };

const plurals = new Map<string, Intl.PluralRules>();
const lists = new Map<string, Intl.ListFormat>();

function isOne(locale: string, n: number): boolean {
  const fast = FAST_ONE[locale];
  if (fast && Number.isInteger(n)) return fast(n);
  let rules = plurals.get(locale);
  if (!rules) plurals.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(n) === 'one';
}

/** "1 country", "3 countries"; "0 pays", "1 projet", "2 projets". The number and its noun share a no-break space. */
export function counted(locale: string, n: number, one: string, other: string): string {
  return `${formatInteger(n, locale)}\u00a0${isOne(locale, n) ? one : other}`;
}

/** "A, B and C" with the language's conjunction; "A" alone; "" for none. */
export function joined(locale: string, items: string[]): string {
  const fast = FAST_AND[locale];
  if (fast) {
    if (items.length < 2) return items[0] ?? '';
    const last = items.at(-1)!;
    const rest = items.slice(0, -1).join(', ');
    return `${rest}${fast.serialComma && items.length > 2 ? ',' : ''} ${fast.and} ${last}`;
  }
  let format = lists.get(locale);
  if (!format) lists.set(locale, (format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })));
  return format.format(items);
}
