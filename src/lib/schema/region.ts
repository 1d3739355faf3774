// One of the programme's own regions and the countries the seeds place in it.
import * as v from 'valibot';
import { CountryCode, Id, Name, Sources, Text } from './common';
import { Translations } from './translations';

export const RegionSchema = v.object({
  id: Id,
  name: Name,
  countries: v.pipe(v.array(CountryCode), v.minLength(1, 'at least one country')),
  /**
   * How membership was decided, for the editor who asks "why is X here?". The app never shows it and the build leaves
   * it out of the served file (as every editorNote), which the first load carries.
   */
  editorNote: v.optional(Text),
  /** "sources": the sources name this region; "app": a grouping this app makes, shown as such. */
  namedBy: v.optional(v.picklist(['sources', 'app'], '"sources" or "app"'), 'sources'),
  sources: Sources,
  translations: Translations(['name']),
});

export type Region = v.InferOutput<typeof RegionSchema>;
