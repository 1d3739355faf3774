// @vitest-environment node
// The first load's compressed size: the page (prerendered, with its stylesheet inline), the entry JS and the chunks it
// imports statically, the map's datasets (the others are fetched once these are in), and the map geometry where the page does not carry it, gzipped as a host would
// send them. Builds into a temporary folder, never dist/.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAP_DATASETS } from '../../src/lib/schema/datasets';

/**
 * KB (1000 bytes) gzip. The goal is 120 KB. This is a ratchet: the size measured on 2026-11-25 after the timeline's
 * and the figures' code, d3-zoom and d3-scale left the first load (103.5 KB: JS 60.0, CSS 4.5, datasets 14.6,
 * geometry 23.6, page 0.8; it was 137.8 KB) plus 2.5 KB, so growth fails the test. Raised to 108 with the English
 * country-name table (+2.4 KB; measured 106.2 KB), which saves building Intl.DisplayNames before the map is labelled:
 * 165 ms of main thread at 4× CPU. Lower it whenever a saving lands; never raise it without saying in the commit what
 * the new bytes buy. This test's message gives the breakdown.
 * Raised to 118 with the prerendered page (measured 116.8 KB: page 38.5 with the styles and the map's path data in
 * it, JS 63.5, datasets 14.6; the geometry file and the stylesheet are no longer fetched): the map is on screen
 * when the page has arrived, before any code (npm run bench: map:ready 1509 → ~700 ms at 4× CPU + slow 4G).
 * Raised to 119 with the map's picture hydrated as a root of its own (measured 118.3 KB: JS +0.5 for its props,
 * passed by getters so it follows the map's state): the page's hydration, one task, halved, and total blocking time
 * went 353 → 232 ms (median of 8 interleaved runs at 4× CPU + slow 4G).
 * Lowered to 118 with the map's path data written without leading zeros or needless spaces (measured 117.5 KB:
 * page 37.5).
 * Raised to 120 (the goal) with the guards of issue 22 (measured 119.4 KB, main 118.0: JS +1.4): text fields checked
 * for control characters and length, dates checked against the calendar, a bad list item dropped instead of its
 * record, the notices for dropped items and for a broken server copy kept out by the offline copy, address echoes cut
 * short. No headroom is left: the next bytes must come with a saving.
 * Raised to 120 with the content of issue 20 (measured 119.6 KB: JS 68.5, the map's datasets 13.3, page 37.8): the
 * projects' French texts, documented dates, scope and editors' notes (projects.json 6.0 → 11.2), the team's offices on
 * the map (offices.json 0.6, their markers and legend entry), the documented-versus-active years in the filter and the
 * panel's years line, related projects and source names in the panel (JS +2.8). The milestones, the stated figures and
 * the source names (milestones.json 13.7, statistics.json 0.7, sources.json 1.1) left the first load: they are
 * fetched once the map's own files are in (state/datasets.svelte.ts).
 * Lowered to 119.7 with issue 24 (measured 119.7 KB against main's 119.4): the Share dialog's code and styles load
 * when it is asked for (-1.7 KB), which pays for the dark scheme (page +0.5: the colour tokens' dark values and the
 * map palette's dark swaps, which must be in the stylesheet before the first paint), the keyboard help's door and
 * ?scheme= (JS +0.5: the header's Keys button, the "?" check) and the mounting of the map's summary in words after
 * the map (JS +0.1). The help dialog, the summaries and their sentences in either language load on demand.
 * Held at 119.7 with issues 20 and 24 together (measured 119.6 KB, 121.3 before): the build serves the datasets
 * without the editors' fields (editorNote, enHash) and without indentation (scripts/public-dataset.ts: the map's
 * datasets 13.3 → 11.6 KB).
 * Raised to 120 (the goal) with issue 22's cases 5, 6, 7 and 9 (measured 119.95 KB, JS +0.3): years that cannot cross,
 * donors of any length in the address, zooms kept on the map, a country's projects in pages, one history entry per
 * pause of filter changes.
 * Lowered to 116.5 (measured 116.44 KB, 119.95 before): the build serves the map's datasets without their French
 * texts, which only French visitors fetch (data/<name>.fr.json, scripts/public-dataset.ts; datasets 11.6 → 7.8, JS +0.3).
 * Raised to 116.8 with the show of issue 21 (measured 116.8 KB, JS +0.4): the door to the show (its address
 * parameters, the Present buttons and the page's state handed to the show as props); the show itself loads on demand.
 * Raised to 118.3 with issue 19's map first (measured 118.3 KB, JS +1.3, page +0.1): the filters' disclosure and
 * form, the donor grouping and its note, the spatial arrow keys' door, the 24 px marker targets, the scope line.
 * Raised to 118.8 with issue 19's phone and print items (measured 118.72 KB, JS +0.5): the phone map's
 * taller frame (lib/geo/phone-frame.ts: the picture's offset for tooltips, keys and region zooms), the legend drawn
 * as SVG so it prints and shows in forced colours, and the English strings of the phone's milestone list and the
 * embed's folded categories (the catalogue is in the first load; the list's code is in the timeline's chunk), the
 * og:image's PNG type and size in the page's head.
 * Lowered to 118.4 with issue 20's programme statements (measured 118.4 KB with both): the regions' reasoning about their members
 * became an editorNote, left out of the served regions.json (1.3 → 0.8 KB), which pays for programme.json's schema in
 * the entry (JS +0.1: ALL_DATASETS lists it); its list, words and file load with the figures view.
 * Lowered with issue 19's projects table (JS -0.4): the table view (countries, offices,
 * projects) left the page's code for the summaries' on-demand chunk (a chunk of its own split the page's code), which
 * pays for the tab in the address and the offices' CSV in the downloads.
 * Lowered to 117.6 once issues 19, 20, 23 and 24's branches were merged (measured 117.6 KB: the table view in the
 * summaries' chunk, the editor a bundle of its own, the export words with the downloads); 117.7 with the data
 * tables' one look in app.css (four tables had their own copy). 117.8: measured 117.70 KB, and the chunks' hashed
 * names in the page compress a few bytes better or worse from build to build, so the budget keeps 0.1 KB of room.
 */
export const FIRST_LOAD_BUDGET_KB = 117.8;
export const GOAL_KB = 120;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

const ROOT = resolve(import.meta.dirname, '../..');
let outDir = '';

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'atp-size-'));
  // Vitest sets NODE_ENV=test, and Vite builds what NODE_ENV says: without this the bundle keeps its development code.
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    // The manifest is asked for here only, so the app's own build stays as vite.config.ts has it.
    await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), mode: 'production', logLevel: 'silent', build: { outDir, emptyOutDir: true, manifest: true } });
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
}, 120_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const gz = (file: string) => gzipSync(readFileSync(join(outDir, file)), { level: 6 }).length;

/** The files a first visit downloads, by kind. Dynamic imports (loaded on demand) are left out. */
function firstLoad(): Record<'js' | 'css' | 'datasets' | 'geometry' | 'page', string[]> {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const js = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || js.has(chunk.file)) return;
    js.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  Object.keys(manifest).filter((k) => manifest[k]!.isEntry).forEach(visit);
  const assets = readdirSync(join(outDir, 'assets')).map((f) => `assets/${f}`);
  const page = readFileSync(join(outDir, 'index.html'), 'utf8');
  return {
    js: [...js],
    // The entry's stylesheet is inline in the page; any other the page links is fetched.
    css: [...page.matchAll(/<link rel="stylesheet"[^>]*href="\.\/([^"]+)"/g)].map((m) => m[1]!),
    // The app asks for the map's own files when it starts, the others once these are in (state/datasets.svelte.ts).
    datasets: MAP_DATASETS.map((spec) => `data/${spec.file}`),
    // The prerendered map's path data is the geometry the live map draws (src/prerender/page-preview.ts).
    geometry: page.includes('data-prerendered') ? [] : assets.filter((f) => /\/countries-[^/]*\.json$/.test(f)),
    page: ['index.html', ...readdirSync(outDir).filter((f) => f.startsWith('favicon'))],
  };
}

describe('first-load size budget', () => {
  it(`stays within ${FIRST_LOAD_BUDGET_KB} KB gzip`, () => {
    const files = firstLoad();
    expect(files.js.length, 'the build has an entry chunk').toBeGreaterThan(0);
    const kb = Object.fromEntries(Object.entries(files).map(([kind, list]) => [kind, list.reduce((sum, f) => sum + gz(f), 0) / 1000]));
    const total = Object.values(kb).reduce((a, b) => a + b, 0);
    const breakdown = Object.entries(files)
      .map(([kind, list]) => `${kind} ${kb[kind]!.toFixed(1)} KB (${list.map((f) => `${f.replace(/^.*\//, '')} ${(gz(f) / 1000).toFixed(1)}`).join(', ')})`)
      .join('; ');
    const message = `first load is ${total.toFixed(1)} KB gzip (budget ${FIRST_LOAD_BUDGET_KB} KB, goal ${GOAL_KB} KB): ${breakdown}`;
    // Not budgeted, for the record: the code fetched after the first paint (views, zoom) or on demand (export, French).
    const later = readdirSync(join(outDir, 'assets')).filter((f) => /\.js$/.test(f) && !files.js.includes(`assets/${f}`));
    console.info(`${message}\nloaded later: ${later.map((f) => `${f} ${(gz(`assets/${f}`) / 1000).toFixed(1)}`).join(', ')}`);
    expect(FIRST_LOAD_BUDGET_KB, 'the budget never exceeds the goal').toBeLessThanOrEqual(GOAL_KB);
    expect(total, message).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_KB);
  });
});

describe('the prerendered page', () => {
  const page = () => readFileSync(join(outDir, 'index.html'), 'utf8');

  it('carries the whole map, coloured from the datasets, and no request for the geometry file', () => {
    const html = page();
    expect(html).toContain('<div id="app" data-prerendered><!--[-->');
    // world-atlas 110m has 177 countries; each is a path the live map reads back.
    expect(html.match(/<path [^>]*data-key="/g)).toHaveLength(177);
    expect(html).toMatch(/id="map-country-NG"[^>]*fill="#[0-9a-f]{6}"/);
    expect(html).not.toMatch(/countries-[^"]*\.json/);
  });

  it('has its styles inline and links no stylesheet of the entry', () => {
    const html = page();
    expect(html).toMatch(/<style data-href="\.\/assets\/index-[^"]+\.css">[^<]*\.site-header/);
    expect(html).not.toMatch(/<link rel="stylesheet"[^>]*assets\/index-/);
  });

  it('allows each inline script, style and style attribute by its hash in the policy, and nothing else inline', () => {
    const html = page();
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const inline = [
      ...[...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => ['script-src', m[1]!]),
      ...[...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => ['style-src', m[1]!]),
      ...[...html.matchAll(/\sstyle="([^"]*)"/g)].map((m) => ['style-src', m[1]!]),
    ];
    expect(inline.length).toBeGreaterThan(3);
    for (const [directive, text] of inline) expect(policy.split('; ').find((r) => r.startsWith(`${directive} `)), text!.slice(0, 60)).toContain(hash(text!));
    expect(policy).not.toContain('unsafe-inline');
  });
});

describe('eager compilation', () => {
  it("marks the entry and the two views' own chunks, and nothing loaded on demand", () => {
    const hinted = (file: string) => readFileSync(join(outDir, 'assets', file), 'utf8').startsWith('//# allFunctionsCalledOnLoad\n');
    const scripts = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js'));
    const entry = firstLoad().js.map((f) => f.replace(/^assets\//, ''));
    const views = scripts.filter((f) => /^(TimelineSection|FiguresSection)-/.test(f));
    expect(views).toHaveLength(2);
    expect([...entry, ...views].filter((f) => !hinted(f))).toEqual([]);
    // The export code, the French catalogue and the zoom engine may never run: compiling them eagerly would waste work.
    expect(scripts.filter((f) => !entry.includes(f) && !views.includes(f) && hinted(f))).toEqual([]);
  });
});
