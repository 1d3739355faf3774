// `npm run bench -- [--runs 5] [--profile cpu|slow4g|both] [--scale 1,10,100]`
// Builds the app, serves it with gzip, loads it in Debian's Chromium under CPU (and network) throttling, and
// reports bytes, ready times, blocking time, interaction latency, zoom frame times and heap. Prints medians;
// writes every run to bench-results/<date>.json. With --scale, /data/*.json comes from synthetic datasets.
// --cpu-profile also writes each run's load as a V8 .cpuprofile (open it in DevTools → Performance) next to it;
// add --no-minify to read function names in it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execSync } from 'node:child_process';
import { build } from 'vite';
import { generate } from './gen-synthetic';
import { goalTally, medians, table } from './bench/report';
import { PROFILES, run, type ProfileName, type RunResult } from './bench/run';
import { serve } from './bench/serve';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

const runs = Number(option('runs', '5'));
const profileArg = option('profile', 'both');
const scaleArg = process.argv.includes('--scale') ? option('scale', '1') : null;
const cpuProfile = process.argv.includes('--cpu-profile');
/** Readable function names in --cpu-profile output; the timings are then not the shipped build's. */
const minify = !process.argv.includes('--no-minify');
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number ≥ 1, found ${option('runs', '')}`);
if (!['cpu', 'slow4g', 'both'].includes(profileArg)) throw new Error(`--profile takes cpu, slow4g or both, found ${profileArg}`);
const profiles: ProfileName[] = profileArg === 'both' ? ['cpu', 'slow4g'] : [profileArg as ProfileName];
// Without --scale the real datasets are served; --scale 1 serves synthetic data of the real size.
const scales: (number | null)[] = scaleArg === null ? [null] : scaleArg.split(',').map(Number);
for (const s of scales) if (s !== null && (!Number.isInteger(s) || s < 1)) throw new Error(`--scale takes whole numbers ≥ 1 such as 1,10,100, found ${scaleArg}`);

const ROOT = resolve(import.meta.dirname, '..');
const date = new Date().toISOString().replace(/[:]/g, '-').replace(/\..+$/, '');
const dir = join(ROOT, 'bench-results');
mkdirSync(dir, { recursive: true });
const started = Date.now();
/**
 * Built once per dataset: the page is prerendered from the data it ships (vite-plugin-prerender.ts), so a scale run
 * draws its first paint from the synthetic data, as a site with that much data would.
 */
async function buildWith(outDir: string, dataDir: string | undefined) {
  console.log(`Building into ${outDir}${dataDir ? ` with the datasets of ${dataDir}` : ''} …`);
  if (dataDir) process.env['ATP_DATA_DIR'] = dataDir;
  try {
    await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true, minify } });
  } finally {
    delete process.env['ATP_DATA_DIR'];
  }
}

interface Column {
  profile: ProfileName;
  scale: number | null;
  title: string;
  runs: (RunResult & { loadBefore: number })[];
  medians: Record<string, number | null>;
}
const columns: Column[] = [];
/** The machine's 1-minute load average before each run: other work on the machine slows every timing. */
const loads: number[] = [];
const builds: { scale: number | null; outDir: string; server: Awaited<ReturnType<typeof serve>> | null }[] = [];
try {
  for (const scale of scales) {
    const data = scale === null ? undefined : generate(scale);
    const build = { scale, outDir: mkdtempSync(join(tmpdir(), 'atp-bench-')), server: null as Awaited<ReturnType<typeof serve>> | null };
    builds.push(build);
    await buildWith(build.outDir, data?.dir);
    build.server = await serve(build.outDir);
  }
  const titleOf = (scale: number | null, profile: ProfileName) => `${PROFILES[profile].label}${scale === null ? '' : `, ${scale}× synthetic`}`;
  const results = new Map<string, Column['runs']>();
  // Interleaved: run i of every column before run i + 1 of any. This machine's speed drifts by up to 2× within a
  // bench; run column after column, that drift fell on one scale and not another, and the ratios between scales,
  // which are what the scale table is for, moved with it (filter 1.27× and 1.94× for the same code).
  for (let i = 0; i < runs; i++) {
    for (const { scale, server } of builds) {
      for (const profile of profiles) {
        const title = titleOf(scale, profile);
        const load = loadavg()[0]!;
        const save = (p: unknown) => writeFileSync(join(dir, `${date}-${profile}-${scale ?? 'real'}-run${i + 1}.cpuprofile`), JSON.stringify(p));
        const r = { ...(await run(server!.url, profile, cpuProfile ? save : undefined)), loadBefore: load };
        if (!results.has(title)) results.set(title, []);
        results.get(title)!.push(r);
        loads.push(load);
        const ms = (t: number | null) => (t === null ? 'n/a' : `${Math.round(t)} ms`);
        console.log(`  ${title} run ${i + 1}/${runs}: map:ready ${ms(r.ready['map:ready'])}, map:interactive ${ms(r.ready['map:interactive'])}, ${(r.bytes.total / 1000).toFixed(1)} KB${r.errors.length ? `; ${r.errors.join('; ')}` : ''}`);
      }
    }
  }
  for (const { scale } of builds) {
    for (const profile of profiles) {
      const title = titleOf(scale, profile);
      const runsOf = results.get(title)!;
      columns.push({ profile, scale, title, runs: runsOf, medians: medians(runsOf) });
    }
  }
} finally {
  for (const b of builds) {
    await b.server?.close();
    rmSync(b.outDir, { recursive: true, force: true });
  }
}

const notes = [
  '',
  `${runs} runs per column, a fresh Chromium each, the columns' runs taken in turn; times are ms from navigation start. Hover/focus: input event → next animation frame`,
  'after the result is in the DOM; "frames" counts animation frames from the handler to the one showing the answer (1 = the next). Filter: change event → just after the next frame. TBT: long tasks until the last ready mark + 1 s, and 5 s at least;',
  '"after FCP" counts, as Lighthouse does, each task from first contentful paint on, less 50 ms. The timeline and the figures are drawn when the',
  'visitor comes to them: before the map\'s measures the run scrolls to each and times its drawing from the scroll (n/a: drawn in the load, or with the view above).',
];
// The goal for growth: at 100× the data, map:ready and the filter's latency under twice their 1× values.
for (const profile of profiles) {
  const at = (scale: number) => columns.find((c) => c.profile === profile && c.scale === scale)?.medians;
  const [small, large] = [at(1), at(100)];
  if (!small || !large) continue;
  const ratio = (key: string) => (small[key] && large[key] ? `${(large[key]! / small[key]!).toFixed(2)}×` : 'n/a');
  notes.push(`${PROFILES[profile].label}, 100× ÷ 1×: map:ready ${ratio('map:ready')}, map:interactive ${ratio('map:interactive (live map in place)')}, filter ${ratio('filter (Theme) → painted frame')} (goal: under 2×).`);
}
const busiest = Math.max(...loads);
for (const c of columns) notes.push(goalTally(c.title, c.runs));
if (busiest > cpus().length) notes.push(`Warning: load average reached ${busiest.toFixed(1)} on ${cpus().length} cores; other processes slowed these timings. Rerun on an idle machine.`);
const methods = new Set(columns.flatMap((c) => c.runs.map((r) => r.timelineHover?.method).filter(Boolean)));
if (methods.size) notes.push(`Timeline: measured as ${[...methods].join(', ')} (hover-tooltip = a tooltip on hover; focus-* = focusing a milestone, no hover tooltip).`);
console.log(`\n${table(columns, notes)}`);

const file = join(dir, `${date}.json`);
let commit = 'unknown';
try {
  commit = execSync('git rev-parse --short HEAD', { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
} catch {
  // Not a git checkout: the results are still useful.
}
writeFileSync(file, JSON.stringify({ date, commit, chromium: '/usr/bin/chromium', runsPerColumn: runs, profiles: PROFILES, columns }, null, 2));
console.log(`\nWrote ${file}${cpuProfile ? ` and one .cpuprofile per run beside it` : ''} (${Math.round((Date.now() - started) / 1000)} s)`);
