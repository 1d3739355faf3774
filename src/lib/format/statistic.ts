// How a stated figure reads: "90+", "2002", "1,200+".
import type { Statistic } from '../schema/statistic';

/** One formatter per locale: the count-up formats on every animation frame, and creating one costs far more than using it. */
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string): Intl.NumberFormat {
  let f = numberFormats.get(locale);
  if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(locale)));
  return f;
}

export function formatStatistic(stat: Pick<Statistic, 'value' | 'qualifier' | 'format'>, locale: string, value = stat.value): string {
  // A year is a label, not a quantity: "2002", never "2,002".
  const text = stat.format === 'year' ? String(value) : numberFormat(locale).format(value);
  return `${text}${stat.qualifier}`;
}
