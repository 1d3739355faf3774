// Whole numbers grouped the way the interface language writes them. Rule: "en" and "fr" are grouped here ("1,400",
// "1 400" with a narrow no-break space, as Intl.NumberFormat writes them, tested against it), so no NumberFormat is
// built during the first paint (docs/performance.md). Hazard: only those two exact tags; every other language or
// regional variant (en-IN groups by lakh, de uses ".") goes to Intl.NumberFormat.

const SEPARATORS: Record<string, string> = { en: ',', fr: '\u202f' };
const fallback = new Map<string, Intl.NumberFormat>();

export function formatInteger(n: number, locale: string): string {
  const separator = SEPARATORS[locale];
  if (separator === undefined || !Number.isSafeInteger(n)) {
    let f = fallback.get(locale);
    if (!f) fallback.set(locale, (f = new Intl.NumberFormat(locale)));
    return f.format(n);
  }
  const digits = String(Math.abs(n));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, separator);
  return n < 0 ? `-${grouped}` : grouped;
}
