// Counted nouns and spoken lists by the language's own rules: Intl.PluralRules ("0 projet" in French, "0 projects" in
// English) and Intl.ListFormat ("Ghana et Nigéria", "Ghana and Nigeria"). The Intl objects are built on first use
// and kept: this module loads with the summaries, after the page is up, never on the first load.
import { formatInteger } from '../format/integer';

const plurals = new Map<string, Intl.PluralRules>();
const lists = new Map<string, Intl.ListFormat>();

/** "1 country", "3 countries"; "0 pays", "1 projet", "2 projets". The number and its noun share a no-break space. */
export function counted(locale: string, n: number, one: string, other: string): string {
  let rules = plurals.get(locale);
  if (!rules) plurals.set(locale, (rules = new Intl.PluralRules(locale)));
  return `${formatInteger(n, locale)}\u00a0${rules.select(n) === 'one' ? one : other}`;
}

/** "A, B and C" with the language's conjunction; "A" alone; "" for none. */
export function joined(locale: string, items: string[]): string {
  let format = lists.get(locale);
  if (!format) lists.set(locale, (format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })));
  return format.format(items);
}
