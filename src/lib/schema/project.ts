// A project or action of the programme, as the seeds document it.
import * as v from 'valibot';
import { CountryCode, Certainty, Id, IsoDate, Link, Name, Sources, Text, Year } from './common';
import { Translations } from './translations';
import { PROJECT_KINDS, THEMES } from './vocab';

export const Period = v.pipe(
  v.object({
    /** Earliest year the seeds show; absent when they give none. */
    start: v.optional(Year),
    /** Last year the seeds show; absent when open or unknown. */
    end: v.optional(Year),
    certainty: Certainty,
    /** Why the years are what they are, in a sentence a reader can follow. */
    note: v.optional(Text),
  }),
  v.forward(
    v.partialCheck([['start'], ['end']], (p) => p.start === undefined || p.end === undefined || p.end >= p.start, 'an end year not before the start year'),
    ['end'],
  ),
);

/** A dated piece of evidence: when the work was seen, and the source (a file of the record's `sources`) that says so. */
export const DocumentedDate = v.object({
  date: IsoDate,
  source: v.pipe(v.string(), v.regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'a seed file name such as "002_f090415880a9cc79.txt", one of the record\'s sources')),
});

export const ProjectSchema = v.object({
  id: Id,
  name: Name,
  title: Name,
  kind: v.picklist(PROJECT_KINDS, `one of ${PROJECT_KINDS.join(', ')}`),
  countries: v.array(CountryCode),
  period: Period,
  /** Dates of the project's documented work (news items, events): evidence of activity, not its start or end. */
  documented: v.optional(v.array(DocumentedDate), []),
  /** "atp": work of the Anti-Trafficking Programme; "related": another ICMPD project the sources mention beside it,
   * listed in the country panel but neither colouring the map nor counted in the figures. */
  scope: v.optional(v.picklist(['atp', 'related'], '"atp" or "related"'), 'atp'),
  /** Countries the work is about (a study's destinations) but not carried out in: named, never coloured on the map. */
  subjectCountries: v.optional(v.array(CountryCode), []),
  /** For editors only: the reasoning behind the record's years, scope and matches. The app never shows it. */
  editorNote: v.optional(Text),
  donors: v.optional(v.array(Name), []),
  partners: v.optional(v.array(Name), []),
  themes: v.pipe(v.array(v.picklist(THEMES, `one of ${THEMES.join(', ')}`)), v.minLength(1, 'at least one theme')),
  summary: Text,
  links: v.optional(v.array(Link), []),
  sources: Sources,
  translations: Translations(['name', 'title', 'summary', 'periodNote']),
});

export type Project = v.InferOutput<typeof ProjectSchema>;
