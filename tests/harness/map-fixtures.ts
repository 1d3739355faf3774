// Parsed fixture data for map component tests.
import { readFileSync } from 'node:fs';
import { milestonesSpec, projectsSpec, regionsSpec } from '../../src/lib/schema/datasets';
import { parseRecords } from '../../src/lib/schema/parse';

const load = (file: string) => JSON.parse(readFileSync(`tests/fixtures/valid/${file}`, 'utf8')) as unknown;
export const fixtureProjects = parseRecords('projects.json', projectsSpec.schema, load('projects.json')).records;
export const fixtureRegions = parseRecords('regions.json', regionsSpec.schema, load('regions.json')).records;
export const fixtureMilestones = parseRecords('milestones.json', milestonesSpec.schema, load('milestones.json')).records;
