// The data files the app loads, each with the schema of its records. One list for the app and the validator.
import type * as v from 'valibot';
import { MilestoneSchema, type Milestone } from './milestone';
import { ProjectSchema, type Project } from './project';
import { RegionSchema, type Region } from './region';
import { StatisticSchema, type Statistic } from './statistic';
import { SourceDocumentSchema, type SourceDocument } from './source-document';
import { OfficeSchema, type Office } from './office';
import { programmeSpec, type ProgrammeStatement } from './programme-statement';

export interface DatasetSpec<T> {
  file: string;
  schema: v.GenericSchema<unknown, T>;
}

export const projectsSpec: DatasetSpec<Project> = { file: 'projects.json', schema: ProjectSchema };
export const milestonesSpec: DatasetSpec<Milestone> = { file: 'milestones.json', schema: MilestoneSchema };
export const regionsSpec: DatasetSpec<Region> = { file: 'regions.json', schema: RegionSchema };
export const statisticsSpec: DatasetSpec<Statistic> = { file: 'statistics.json', schema: StatisticSchema };
export const officesSpec: DatasetSpec<Office> = { file: 'offices.json', schema: OfficeSchema };
export const sourcesSpec: DatasetSpec<SourceDocument> = { file: 'sources.json', schema: SourceDocumentSchema };

/** The datasets whose records cite sources (each `sources[].seed` must name an entry of sources.json). */
export const ALL_DATASETS = [projectsSpec, milestonesSpec, regionsSpec, statisticsSpec, officesSpec, programmeSpec] as const;

/**
 * The map's own files: what it needs to be drawn and to answer (its colours, filters, panel, offices). The app asks for
 * these at start and for every other file once these have arrived (state/datasets.svelte.ts).
 */
export const MAP_DATASETS = [projectsSpec, regionsSpec, officesSpec] as const;

/**
 * What the prerendered first screen shows: the map's files, and the programme's stated totals in the line under the
 * filters. The page preloads these (vite.config.ts) and the app takes the page over once they are in (src/main.ts);
 * the first-load size budget counts these. Hazard: a file the first screen shows that is missing here is taken off the
 * page at hydration and put back when it arrives, moving everything below it.
 */
export const FIRST_SCREEN_DATASETS = [...MAP_DATASETS, statisticsSpec] as const;

export { programmeSpec };
export type { Milestone, Office, ProgrammeStatement, Project, Region, SourceDocument, Statistic };
