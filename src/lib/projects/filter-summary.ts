// The exports' words for the filters, from the dimensions table. Loaded with the downloads (export-actions.ts), not
// with the page.
import type { Messages } from '../i18n/en';
import { FIRST_YEAR, LAST_YEAR } from '../schema/vocab';
import { FILTER_DIMENSIONS, type AnyFilters, type FilterData, type FilterDimension, type FilterValue } from './filter-dimensions';

const years = (filters: AnyFilters, m: Messages) => m.exportYears(String(filters['from'] ?? FIRST_YEAR), String(filters['to'] ?? LAST_YEAR));
/** The two years are worded together ("Years 2010–2023"), by whichever of them is set first. */
const WORDED_HERE: Readonly<Record<string, (filters: AnyFilters, m: Messages) => string>> = {
  from: years,
  to: (filters, m) => (filters['from'] === null ? years(filters, m) : ''),
};

/** The label shown for a chosen value, or the value itself when the data do not list it. */
export function optionLabel(d: FilterDimension, value: FilterValue, data: FilterData, m: Messages): string {
  return d.options(data, m).find((o) => o.value === String(value))?.label ?? String(value);
}

/** The export's one line about the filters: "Region: West Africa · Years 2010–2020"; '' when none is set. */
export function describeFilters(filters: AnyFilters, data: FilterData, m: Messages, dimensions: readonly FilterDimension[] = FILTER_DIMENSIONS): string {
  return dimensions
    .map((d) => {
      const value = filters[d.key];
      if (value === null || value === undefined) return '';
      const worded = d.describe?.(value, filters, m) ?? WORDED_HERE[d.key]?.(filters, m);
      return worded ?? `${m[d.label]}${m.colon} ${optionLabel(d, value, data, m)}`;
    })
    .filter(Boolean)
    .join(' · ');
}
