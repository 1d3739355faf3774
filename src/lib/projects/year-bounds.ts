// The year filters never cross: a From after To (or a To before From) takes the other bound with it, as date-range
// pickers do, so the filters never show an empty "2016–2013" and their address always reopens exactly them.
import type { AnyFilters, FilterValue } from './filter-dimensions';

/** The filters after `key` was set, the other year bound moved to the chosen year when they would cross. */
export function keepYearsInOrder<F extends AnyFilters>(filters: F, key: string): F {
  const from = filters['from'];
  const to = filters['to'];
  if (typeof from !== 'number' || typeof to !== 'number' || from <= to) return filters;
  const moved: Record<string, FilterValue | null> = key === 'to' ? { from: to } : { to: from };
  return { ...filters, ...moved };
}
