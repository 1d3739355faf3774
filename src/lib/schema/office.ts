// An ICMPD office where the Anti-Trafficking Programme's team works, as the factsheet names it.
import * as v from 'valibot';
import { CountryCode, Id, Sources, Text, Year } from './common';
import { Translations } from './translations';

const Degrees = (min: number, max: number, what: string) =>
  v.pipe(v.number(`the ${what} in decimal degrees, e.g. ${what === 'longitude' ? '16.37' : '48.21'}`), v.minValue(min, `a ${what} from ${min}`), v.maxValue(max, `a ${what} up to ${max}`));

export const OfficeSchema = v.object({
  id: Id,
  city: Text,
  country: CountryCode,
  /** The city's position (a public geographic fact, not from the sources), where the map draws the office. */
  longitude: Degrees(-180, 180, 'longitude'),
  latitude: Degrees(-90, 90, 'latitude'),
  /** The year the sources place the team there ("In 2022, the team consists of …"). */
  asOf: Year,
  /** The year the office opened, only where a source states it. */
  since: v.optional(Year),
  sources: Sources,
  /** For editors only; the app never shows it. */
  editorNote: v.optional(Text),
  translations: Translations(['city']),
});

export type Office = v.InferOutput<typeof OfficeSchema>;
