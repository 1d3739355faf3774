// How a stated figure reads: "90+", "2002", "1,200+".
import type { Statistic } from '../schema/statistic';
import { formatInteger } from './integer';


export function formatStatistic(stat: Pick<Statistic, 'value' | 'qualifier' | 'format'>, locale: string, value = stat.value): string {
  // A year is a label, not a quantity: "2002", never "2,002".
  const text = stat.format === 'year' ? String(value) : formatInteger(value, locale);
  return `${text}${stat.qualifier}`;
}
