// The optional data/show.json: the slides of the show in order, each naming a milestone, a region or a figure by id,
// with optional speaker notes, and an optional title of the show. Without the file the show is built from the
// milestones (src/lib/show/slides.ts).
import * as v from 'valibot';
import { Id, Text } from './common';
import { describeValue, type Problem } from './problem';

export const SHOW_FILE = 'show.json';

/** One slide entry: exactly one of milestone, region or figure. */
const SlideEntrySchema = v.pipe(
  v.object({
    milestone: v.optional(Id),
    region: v.optional(Id),
    figure: v.optional(Id),
    /** For the presenter view only; the audience never sees them. */
    notes: v.optional(Text),
  }),
  v.check((e) => [e.milestone, e.region, e.figure].filter((x) => x !== undefined).length === 1, 'exactly one of "milestone", "region" or "figure" with an id'),
);

export const ShowSchema = v.object({
  title: v.optional(Text),
  /** Speaker notes for the opening and closing slides. */
  titleNotes: v.optional(Text),
  slides: v.pipe(v.array(SlideEntrySchema, 'a list [ … ] of slides'), v.minLength(1, 'at least one slide')),
});

export type ShowPlan = v.InferOutput<typeof ShowSchema>;
export type ShowEntry = ShowPlan['slides'][number];

export interface KnownIds {
  milestones: ReadonlySet<string>;
  regions: ReadonlySet<string>;
  figures: ReadonlySet<string>;
}

const FILES = { milestone: 'milestones.json', region: 'regions.json', figure: 'statistics.json' } as const;

/** The show, or null with the problems (file → record → field, as `npm run validate` prints them). */
export function parseShow(json: unknown, known: KnownIds): { show: ShowPlan | null; problems: Problem[] } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    const found = Array.isArray(json) ? 'a list [ … ]' : json === null ? 'null' : typeof json;
    return { show: null, problems: [{ file: SHOW_FILE, record: '(whole file)', field: '(top level)', expected: 'an object { "slides": [ … ] }', found }] };
  }
  const result = v.safeParse(ShowSchema, json);
  if (!result.success) {
    const problems = result.issues.map((issue): Problem => {
      const path = issue.path?.map((p) => p.key) ?? [];
      const slide = path[0] === 'slides' && typeof path[1] === 'number' ? `slide ${path[1] + 1}` : '(whole file)';
      const field = path[0] === 'slides' && typeof path[1] === 'number' ? path.slice(2).join('.') || '(whole slide)' : path.join('.') || '(top level)';
      const expected = issue.message.startsWith('Invalid ') ? (issue.input === undefined ? 'this field (it is required)' : issue.expected ?? 'a valid value') : issue.message;
      return { file: SHOW_FILE, record: slide, field, expected, found: describeValue(issue.input) };
    });
    return { show: null, problems };
  }
  const problems: Problem[] = [];
  result.output.slides.forEach((entry, i) => {
    for (const kind of ['milestone', 'region', 'figure'] as const) {
      const id = entry[kind];
      const set = kind === 'milestone' ? known.milestones : kind === 'region' ? known.regions : known.figures;
      if (id !== undefined && !set.has(id)) {
        problems.push({ file: SHOW_FILE, record: `slide ${i + 1}`, field: kind, expected: `the id of a record in ${FILES[kind]}`, found: `${describeValue(id)}, which no record in ${FILES[kind]} has` });
      }
    }
  });
  return { show: problems.length > 0 ? null : result.output, problems };
}
