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

export const ProjectSchema = v.object({
  id: Id,
  name: Name,
  title: Name,
  kind: v.picklist(PROJECT_KINDS, `one of ${PROJECT_KINDS.join(', ')}`),
  countries: v.array(CountryCode),
  period: Period,
  /** Exact dates the seeds give (an event day, a launch). */
  dates: v.optional(v.array(IsoDate)),
  donors: v.optional(v.array(Name), []),
  partners: v.optional(v.array(Name), []),
  themes: v.pipe(v.array(v.picklist(THEMES, `one of ${THEMES.join(', ')}`)), v.minLength(1, 'at least one theme')),
  summary: Text,
  links: v.optional(v.array(Link), []),
  sources: Sources,
  translations: Translations(['name', 'title', 'summary']),
});

export type Project = v.InferOutput<typeof ProjectSchema>;
