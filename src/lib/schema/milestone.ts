// A milestone of the programme's 2002–2023 story.
import * as v from 'valibot';
import { CountryCode, Certainty, Id, IsoDate, Link, Name, Sources, Text, Year } from './common';
import { Translations } from './translations';
import { MILESTONE_CATEGORIES } from './vocab';

export const MilestoneSchema = v.pipe(
  v.object({
  id: Id,
  year: Year,
  date: v.optional(IsoDate),
  yearCertainty: Certainty,
  /** Required when the year is not stated: how it was reconstructed. */
  yearNote: v.optional(Text),
  title: Name,
  detail: Text,
  category: v.picklist(MILESTONE_CATEGORIES, `one of ${MILESTONE_CATEGORIES.join(', ')}`),
  countries: v.optional(v.array(CountryCode), []),
  publication: v.optional(Link),
  /** For editors only: how the year and the publication were read from the sources. The app never shows it. */
  editorNote: v.optional(Text),
  sources: Sources,
  translations: Translations(['title', 'detail', 'yearNote']),
  }),
  // An inferred year must say how it was inferred: the app shows that reason beside "year approximate".
  v.forward(
    v.partialCheck([['yearCertainty'], ['yearNote']], (m) => m.yearCertainty === 'stated' || m.yearNote !== undefined, 'a yearNote saying how the year was reconstructed (yearCertainty is not "stated")'),
    ['yearNote'],
  ),
  v.forward(
    v.partialCheck([['year'], ['date']], (m) => m.date === undefined || m.date.startsWith(String(m.year)), 'a date within the milestone\'s year'),
    ['date'],
  ),
);

export type Milestone = v.InferOutput<typeof MilestoneSchema>;
