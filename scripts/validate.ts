// `npm run validate [dir]`: checks every data file the app loads and prints each problem as
// file → record → field: expected …, found …. Exits 1 when anything is wrong.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describeJsonSyntaxError } from '../src/lib/schema/json-error';
import { checkSources } from '../src/lib/schema/sources-check';
import { ALL_DATASETS, programmeSpec, sourcesSpec, type DatasetSpec, type ProgrammeStatement } from '../src/lib/schema/datasets';
import { checkMapRegions } from '../src/lib/schema/programme-check';
import { parseRecords } from '../src/lib/schema/parse';
import { formatProblem, type Problem } from '../src/lib/schema/problem';
import { parseShow, SHOW_FILE } from '../src/lib/schema/show';
import { checkDocumentedSources, checkSourceNames } from '../src/lib/schema/source-names-check';
import { TRANSLATION_LOCALES } from '../src/lib/i18n/languages';
import { TRANSLATABLE, translationOf, translationStatus } from '../src/lib/i18n/translation-status';

const dir = resolve(process.argv[2] ?? 'data');
const seedsDir = join(resolve('data'), 'seeds');
const problems: Problem[] = [];
let total = 0;
const idsOf = new Map<string, Set<string>>();
/** Warnings do not fail the run: a record without its translation is shown in English, marked as such. */
const warnings: string[] = [];

function checkTranslations(file: string, records: { id: string }[]) {
  const spec = TRANSLATABLE[file];
  if (!spec) return;
  for (const r of records as unknown as Record<string, unknown>[]) {
    for (const locale of TRANSLATION_LOCALES) {
      const status = translationStatus(spec.english(r), translationOf(r, locale), spec.fields);
      const where = `${file} → "${String(r['id'])}" → translations.${locale}`;
      if (status.state === 'missing') warnings.push(`${where}: no translation of ${status.fields.join(', ')}`);
      if (status.state === 'stale') warnings.push(`${where}: made from older English (or never stamped); check it, then run npm run stamp-translations`);
    }
  }
}
const seedExists = (name: string) => existsSync(join(seedsDir, name));

/** The parsed records of one file, or null (with the problem recorded) when the file is missing or not JSON. */
async function readDataset<T extends { id: string }>(spec: DatasetSpec<T>): Promise<T[] | null> {
  const path = join(dir, spec.file);
  if (!existsSync(path)) {
    problems.push({ file: spec.file, record: '(whole file)', field: '(file)', expected: `the file at ${path}`, found: 'no such file' });
    return null;
  }
  let json: unknown;
  // A byte-order mark is what some editors save first; the browser's fetch and the build read past it, so do we.
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  try {
    json = JSON.parse(text);
  } catch {
    problems.push({ file: spec.file, record: '(whole file)', field: '(JSON syntax)', expected: 'valid JSON', found: await describeJsonSyntaxError(text) });
    return null;
  }
  const parsed = parseRecords(spec.file, spec.schema, json);
  problems.push(...parsed.problems);
  total += parsed.records.length;
  idsOf.set(spec.file, new Set(parsed.records.map((r) => r.id)));
  checkTranslations(spec.file, parsed.records);
  console.log(`${spec.file}: ${parsed.records.length} good record(s)`);
  return parsed.records;
}

// sources.json first: the other files' sources are checked against it.
const documents = (await readDataset(sourcesSpec)) ?? [];
documents.forEach((d, i) => {
  if (!seedExists(d.file)) problems.push({ file: sourcesSpec.file, record: `"${d.id}" (record ${i + 1})`, field: 'file', expected: 'the name of a file in data/seeds/', found: JSON.stringify(d.file) });
});
const listed = new Set(documents.map((d) => d.file));
let programme: ProgrammeStatement[] = [];

for (const spec of ALL_DATASETS as readonly DatasetSpec<{ id: string; sources: { seed: string; quote: string }[] }>[]) {
  const records = await readDataset(spec);
  if (records === null) continue;
  const seeds = (name: string) => (seedExists(name) ? readFileSync(join(seedsDir, name), 'utf8') : undefined);
  problems.push(...checkSources(spec.file, records, seeds));
  problems.push(...checkSourceNames(spec.file, records.filter((r) => r.sources.every((s) => seedExists(s.seed))), listed));
  problems.push(...checkDocumentedSources(spec.file, records));
  if (spec === programmeSpec) programme = records as unknown as ProgrammeStatement[];
}
// After every file: the stated regions name the map's regions by id. Only against a regions.json without mistakes: a
// region left out for its own mistake is reported there, not again here.
const regionIds = idsOf.get('regions.json');
if (regionIds && !problems.some((p) => p.file === 'regions.json')) problems.push(...checkMapRegions(programmeSpec.file, programme, regionIds));

if (warnings.length > 0) {
  console.warn(`\n${warnings.length} warning(s):`);
  for (const w of warnings) console.warn(`  ⚠ ${w}`);
}

// The show is optional: without show.json the app builds it from the milestones.
const showPath = join(dir, SHOW_FILE);
if (existsSync(showPath)) {
  const text = readFileSync(showPath, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    problems.push({ file: SHOW_FILE, record: '(whole file)', field: '(JSON syntax)', expected: 'valid JSON', found: await describeJsonSyntaxError(text) });
  }
  if (json !== undefined) {
    const none = new Set<string>();
    const { show, problems: found } = parseShow(json, { milestones: idsOf.get('milestones.json') ?? none, regions: idsOf.get('regions.json') ?? none, figures: idsOf.get('statistics.json') ?? none });
    problems.push(...found);
    if (show) {
      total += show.slides.length;
      console.log(`${SHOW_FILE}: ${show.slides.length} good slide(s)`);
    }
  }
}

if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in ${dir}:`);
  for (const p of problems) console.error(`  ✗ ${formatProblem(p)}`);
  process.exit(1);
}
console.log(`\nAll ${total} records in ${dir} are valid.`);
