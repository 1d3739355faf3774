// A headline figure the programme states about itself (the factsheet), not one computed from the data.
import * as v from 'valibot';
import { Id, Name, Sources, Year } from './common';
import { Translations } from './translations';

export const StatisticSchema = v.object({
  id: Id,
  label: Name,
  value: v.pipe(v.number('a number'), v.integer('a whole number'), v.minValue(0, 'a number from 0')),
  /** "+" for "at least" figures such as "90+"; "" when the figure is exact. */
  qualifier: v.picklist(['+', ''], '"+" or ""'),
  /** A year figure ("Established 2002") is shown without thousands separators or counting up. */
  format: v.picklist(['count', 'year'], '"count" or "year"'),
  asOf: Year,
  sources: Sources,
  translations: Translations(['label']),
});

export type Statistic = v.InferOutput<typeof StatisticSchema>;
