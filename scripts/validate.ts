// `npm run validate [dir]`: checks every data file the app loads and prints each problem as
// file → record → field: expected …, found …. Exits 1 when anything is wrong. The checks themselves are
// src/lib/schema/check-datasets.ts, which the editor (edit.html) runs too: one verdict, in the same words.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkDatasets, formatWarning } from '../src/lib/schema/check-datasets';
import { ALL_DATASETS, sourcesSpec } from '../src/lib/schema/datasets';
import { describeJsonSyntaxError } from '../src/lib/schema/json-error';
import { formatProblem, type Problem } from '../src/lib/schema/problem';
import { SHOW_FILE } from '../src/lib/schema/show';

const dir = resolve(process.argv[2] ?? 'data');
const seedsDir = join(resolve('data'), 'seeds');
const problems: Problem[] = [];
const json: Record<string, unknown> = {};

/** Reads one file into `json`, or records why it could not (missing, not JSON). The show is optional. */
async function readFile(file: string, optional = false) {
  const path = join(dir, file);
  if (!existsSync(path)) {
    if (!optional) problems.push({ file, record: '(whole file)', field: '(file)', expected: `the file at ${path}`, found: 'no such file' });
    return;
  }
  // A byte-order mark is what some editors save first; the browser's fetch and the build read past it, so do we.
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  try {
    json[file] = JSON.parse(text);
  } catch {
    problems.push({ file, record: '(whole file)', field: '(JSON syntax)', expected: 'valid JSON', found: await describeJsonSyntaxError(text) });
  }
}

for (const spec of [sourcesSpec, ...ALL_DATASETS]) await readFile(spec.file);
await readFile(SHOW_FILE, true);

const seedPath = (name: string) => join(seedsDir, name);
const result = checkDatasets(json, (name) => (existsSync(seedPath(name)) ? readFileSync(seedPath(name), 'utf8') : undefined));
problems.push(...result.problems);
for (const [file, count] of result.counts) console.log(`${file}: ${count} good ${file === SHOW_FILE ? 'slide' : 'record'}(s)`);

if (result.warnings.length > 0) {
  console.warn(`\n${result.warnings.length} warning(s):`);
  for (const w of result.warnings) console.warn(`  ⚠ ${formatWarning(w)}`);
}

if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in ${dir}:`);
  for (const p of problems) console.error(`  ✗ ${formatProblem(p)}`);
  process.exit(1);
}
const total = [...result.counts.values()].reduce((a, b) => a + b, 0);
console.log(`\nAll ${total} records in ${dir} are valid.`);
