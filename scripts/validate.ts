// `npm run validate [dir]`: checks every data file the app loads and prints each problem as
// file → record → field: expected …, found …. Exits 1 when anything is wrong.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describeJsonSyntaxError } from '../src/lib/schema/json-error';
import { checkSources } from '../src/lib/schema/sources-check';
import { ALL_DATASETS, type DatasetSpec } from '../src/lib/schema/datasets';
import { parseRecords } from '../src/lib/schema/parse';
import { formatProblem, type Problem } from '../src/lib/schema/problem';
import { parseShow, SHOW_FILE } from '../src/lib/schema/show';

const dir = resolve(process.argv[2] ?? 'data');
const seedsDir = join(resolve('data'), 'seeds');
const problems: Problem[] = [];
let total = 0;
const idsOf = new Map<string, Set<string>>();

for (const spec of ALL_DATASETS as readonly DatasetSpec<{ id: string; sources: { seed: string; quote: string }[] }>[]) {
  const path = join(dir, spec.file);
  if (!existsSync(path)) {
    problems.push({ file: spec.file, record: '(whole file)', field: '(file)', expected: `the file at ${path}`, found: 'no such file' });
    continue;
  }
  let json: unknown;
  // A byte-order mark is what some editors save first; the browser's fetch and the build read past it, so do we.
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  try {
    json = JSON.parse(text);
  } catch {
    problems.push({ file: spec.file, record: '(whole file)', field: '(JSON syntax)', expected: 'valid JSON', found: await describeJsonSyntaxError(text) });
    continue;
  }
  const parsed = parseRecords(spec.file, spec.schema, json);
  problems.push(...parsed.problems);
  const seeds = (name: string) => {
    const p = join(seedsDir, name);
    return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
  };
  problems.push(...checkSources(spec.file, parsed.records, seeds));
  total += parsed.records.length;
  idsOf.set(spec.file, new Set(parsed.records.map((r) => r.id)));
  console.log(`${spec.file}: ${parsed.records.length} good record(s)`);
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
