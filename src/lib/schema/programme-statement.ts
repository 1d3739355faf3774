// What the programme states about its own work, in its sources' words: the pillars of ICMPD's approach that it
// follows, its thematic components, and the regions it says it works in. Shown in the figures view beside the stated
// totals; like them, these are the programme's words, not counted from the data.
import * as v from 'valibot';
import { Id, Name, Sources, Text } from './common';
import type { DatasetSpec } from './datasets';
import { Translations } from './translations';

/** The groups, in the order the figures view shows them. */
export const STATEMENT_KINDS = ['pillar', 'component', 'region'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export const ProgrammeStatementSchema = v.object({
  id: Id,
  /** "pillar", "component" (a thematic component) or "region" (a region the sources say the programme works in). */
  kind: v.picklist(STATEMENT_KINDS, `one of ${STATEMENT_KINDS.join(', ')}`),
  name: Name,
  /** The source's own words about it, where it gives any. */
  description: v.optional(Text),
  /**
   * For a region: the ids of the map's regions (regions.json) that hold documented work there; none when the sources
   * document no project there, which the view then says.
   */
  mapRegions: v.optional(v.array(Id, 'a list of region ids from regions.json, e.g. ["west-africa"]'), []),
  /** A short public remark, e.g. where the stated region and the map's region differ. */
  note: v.optional(Text),
  sources: Sources,
  /** For editors only; the app never shows it. */
  editorNote: v.optional(Text),
  translations: Translations(['name', 'description', 'note']),
});

export type ProgrammeStatement = v.InferOutput<typeof ProgrammeStatementSchema>;

/**
 * Here, not in datasets.ts, which the first load carries: only the figures view, loaded on demand, reads this file,
 * so its schema travels with that view. Hazard: importing it from a module of the first load brings the schema back.
 */
export const programmeSpec: DatasetSpec<ProgrammeStatement> = { file: 'programme.json', schema: ProgrammeStatementSchema };
