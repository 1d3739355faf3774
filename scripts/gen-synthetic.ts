// `tsx scripts/gen-synthetic.ts [--scale 1,10,100]`: deterministic synthetic datasets for the benchmark's scale study.
// They go to bench-results/synthetic-<N>x/, never to data/: every record is invented, its id starts with
// "synthetic-", its summary or detail says so, and its source names a seed that does not exist, so no
// synthetic record can pass for a documented fact. Regions, statistics, sources and offices are copied unchanged.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { milestonesSpec, projectsSpec, regionsSpec, type DatasetSpec } from '../src/lib/schema/datasets';
import { parseRecords } from '../src/lib/schema/parse';
import { formatProblem } from '../src/lib/schema/problem';
import { CERTAINTIES, FIRST_YEAR, LAST_YEAR, MILESTONE_CATEGORIES, PROJECT_KINDS, THEMES } from '../src/lib/schema/vocab';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DATA = join(ROOT, 'data');
/** Matches the schema's seed-name pattern but names no file in data/seeds/: the validator's quote check fails it on purpose. */
const NO_SEED = '999_0000000000000000.txt';
const SYNTHETIC = 'SYNTHETIC benchmark record, invented by scripts/gen-synthetic.ts; not a fact about the programme.';
const DONORS = Array.from({ length: 6 }, (_, i) => `Synthetic donor ${i + 1}`);

export function syntheticDir(scale: number): string {
  return join(ROOT, 'bench-results', `synthetic-${scale}x`);
}

/** mulberry32: small, fast and the same on every machine. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const readJson = (file: string) => JSON.parse(readFileSync(join(DATA, file), 'utf8')) as unknown;

function validated<T extends { id: string }>(spec: DatasetSpec<T>, records: unknown[]): unknown[] {
  const parsed = parseRecords(spec.file, spec.schema, records);
  if (parsed.fatal || parsed.records.length !== records.length) {
    const problems = (parsed.fatal ? [parsed.fatal] : parsed.problems).slice(0, 5).map(formatProblem).join('\n  ');
    throw new Error(`gen-synthetic: ${records.length - parsed.records.length} synthetic ${spec.file} records fail the schema; fix the generator:\n  ${problems}`);
  }
  return records;
}

export function generate(scale: number): { dir: string; projects: number; milestones: number } {
  const realProjects = readJson('projects.json') as { countries: string[] }[];
  const realMilestones = readJson('milestones.json') as { countries?: string[] }[];
  const regions = validated(regionsSpec, readJson('regions.json') as unknown[]) as { countries: string[] }[];
  const codes = [...new Set(regions.flatMap((r) => r.countries))].sort();
  // How many countries a record names follows the real files, so joins cost what they would with real data.
  const projectSpread = realProjects.map((p) => p.countries.length);
  const milestoneSpread = realMilestones.map((m) => m.countries?.length ?? 0);
  const random = prng(0x5eed + scale);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const some = <T>(list: readonly T[], n: number): T[] => {
    const out = new Set<T>();
    while (out.size < Math.min(n, list.length)) out.add(pick(list));
    return [...out];
  };
  const year = () => FIRST_YEAR + Math.floor(random() * (LAST_YEAR - FIRST_YEAR + 1));
  const pad = (i: number) => String(i + 1).padStart(6, '0');

  const projects = Array.from({ length: realProjects.length * scale }, (_, i) => {
    const start = year();
    const end = Math.min(LAST_YEAR, start + Math.floor(random() * 5));
    const certainty = pick(CERTAINTIES);
    return {
      id: `synthetic-p-${pad(i)}`,
      name: `SYN-${pad(i)}`,
      title: `Synthetic project ${i + 1}`,
      kind: pick(PROJECT_KINDS),
      countries: some(codes, pick(projectSpread)),
      period: random() < 0.1 ? { certainty: 'uncertain' } : { start, end, certainty, ...(certainty === 'stated' ? {} : { note: SYNTHETIC }) },
      donors: some(DONORS, Math.floor(random() * 3)),
      themes: some(THEMES, 1 + Math.floor(random() * 2)),
      summary: `${SYNTHETIC} It stands in for a project summary of about the usual length, so the files weigh what real ones would.`,
      sources: [{ seed: NO_SEED, quote: 'synthetic' }],
    };
  });
  const milestones = Array.from({ length: realMilestones.length * scale }, (_, i) => {
    const certainty = pick(CERTAINTIES);
    return {
      id: `synthetic-m-${pad(i)}`,
      year: year(),
      yearCertainty: certainty,
      ...(certainty === 'stated' ? {} : { yearNote: SYNTHETIC }),
      title: `Synthetic milestone ${i + 1}`,
      detail: `${SYNTHETIC} It stands in for a milestone's detail of about the usual length, so the timeline lays out text as it would.`,
      category: pick(MILESTONE_CATEGORIES),
      countries: some(codes, pick(milestoneSpread)),
      sources: [{ seed: NO_SEED, quote: 'synthetic' }],
    };
  });

  const dir = syntheticDir(scale);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, projectsSpec.file), JSON.stringify(validated(projectsSpec, projects), null, 2));
  writeFileSync(join(dir, milestonesSpec.file), JSON.stringify(validated(milestonesSpec, milestones), null, 2));
  // Every other dataset as it is: a file left out makes the build fall back to a page without its prerendered map.
  const generated = new Set([projectsSpec.file, milestonesSpec.file]);
  for (const file of readdirSync(DATA).filter((f) => f.endsWith('.json') && !generated.has(f))) copyFileSync(join(DATA, file), join(dir, file));
  return { dir, projects: projects.length, milestones: milestones.length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--scale');
  const scales = (at > 0 ? process.argv[at + 1]! : '1,10,100').split(',').map(Number);
  for (const scale of scales) {
    if (!Number.isInteger(scale) || scale < 1) throw new Error(`gen-synthetic: --scale takes whole numbers ≥ 1 such as 1,10,100, found ${scale}`);
    const { dir, projects, milestones } = generate(scale);
    console.log(`${scale}×: ${projects} projects, ${milestones} milestones → ${dir}`);
  }
}
