// @vitest-environment node
// The first load's compressed size: the page (prerendered, with its stylesheet inline), the entry JS and the chunks it
// imports statically, the first screen's datasets (the others are fetched once these are in), and the map geometry where the page does not carry it, gzipped as a host would
// send them. Builds into a temporary folder, never dist/.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_SCREEN_DATASETS } from '../../src/lib/schema/datasets';

/**
 * KB (1000 bytes) gzip; the goal is 120 KB. A ratchet: lower it whenever a saving lands, and never raise it without
 * saying in the commit (and in docs/performance.md, "First-load budget") what the new bytes buy. It keeps about 0.1 KB
 * over the measured size: the chunks' hashed names in the page compress a few bytes better or worse from build to
 * build. Hazard: a lazily loaded chunk that imports src/state/*, or a component shared by the page and a lazy chunk,
 * splits the entry and adds a request to the first load; this test's message gives the breakdown.
 */
export const FIRST_LOAD_BUDGET_KB = 118.8;
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
    // The entry's stylesheet is inline in the page, its link disabled (not fetched); any other the page links is.
    css: [...page.matchAll(/<link rel="stylesheet"[^>]*href="\.\/([^"]+)"[^>]*>/g)].filter((m) => !/\sdisabled\b/.test(m[0])).map((m) => m[1]!),
    // The files the first screen shows: the page preloads them and waits for them (src/main.ts); the others come later.
    datasets: FIRST_SCREEN_DATASETS.map((spec) => `data/${spec.file}`),
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
    const message = `first load is ${total.toFixed(2)} KB gzip (budget ${FIRST_LOAD_BUDGET_KB} KB, goal ${GOAL_KB} KB): ${breakdown}`;
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

  it('has its styles inline and fetches no stylesheet of the entry', () => {
    const html = page();
    expect(html).toMatch(/<style data-href="\.\/assets\/index-[^"]+\.css">[^<]*\.site-header/);
    // Linked as well, disabled: not fetched, but seen by Vite's preloader (vite-plugin-prerender.ts).
    expect(html).toMatch(/<link rel="stylesheet" href="\.\/assets\/index-[^"]+\.css" disabled \/>/);
    expect(html.match(/<link rel="stylesheet"[^>]*assets\/index-[^>]*>/g)?.filter((link) => !link.includes(' disabled'))).toEqual([]);
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
