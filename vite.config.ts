import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { editorPage } from './vite-plugin-editor.ts';
import { offline } from './vite-plugin-offline.ts';
import { prerender } from './vite-plugin-prerender.ts';
import { frenchFile, publicDataset, splitDataset } from './scripts/public-dataset.ts';

// ATP_DATA_DIR: the benchmark's scale study builds the app from synthetic datasets (scripts/bench.ts); nothing else sets it.
const DATA_DIR = process.env['ATP_DATA_DIR'] ?? new URL('./data/', import.meta.url).pathname;

/**
 * The datasets stay plain files at data/*.json in dist, unhashed, so they can be replaced on the server without a rebuild
 * (a full copy from data/ works too: the editors' fields the build leaves out are optional).
 */
function datasets(): Plugin {
  const files = () => readdirSync(DATA_DIR).filter((f) => f.endsWith('.json'));
  return {
    name: 'atp-datasets',
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const name = (req.url ?? '').replace(/^\//, '').split('?')[0] ?? '';
        if (!files().includes(name)) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(readFileSync(join(DATA_DIR, name)));
      });
    },
    generateBundle() {
      for (const name of files()) {
        const text = readFileSync(join(DATA_DIR, name), 'utf8');
        // The map's files without their French texts, which only French visitors fetch (data/<name>.fr.json).
        const split = MAP_DATASETS.includes(name) ? splitDataset(text) : null;
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source: split ? split.records : publicDataset(text) });
        if (split?.french) this.emitFile({ type: 'asset', fileName: `data/${frenchFile(name)}`, source: split.french });
      }
    },
  };
}

/** What the map needs besides the code: the files of MAP_DATASETS in src/lib/schema/datasets.ts. */
const MAP_DATASETS = ['projects.json', 'regions.json', 'offices.json'];
/** What the first screen shows: FIRST_SCREEN_DATASETS in src/lib/schema/datasets.ts. */
const FIRST_SCREEN_FILES = [...MAP_DATASETS, 'statistics.json'];

/**
 * Asks for the first screen's files from the page itself, so they download alongside the code instead of after it
 * has run: one round trip less before the map on a slow network. crossorigin makes the preload match the app's fetch() (CORS
 * mode, same-origin credentials); without it the browser would download each file twice.
 */
function preloadFirstScreen(): Plugin {
  return {
    name: 'atp-preload-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const geometry = Object.keys(ctx.bundle ?? {}).filter((f) => /^assets\/countries-[^/]*\.json$/.test(f));
        return [...FIRST_SCREEN_FILES.map((f) => `data/${f}`), ...geometry].map((href) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `./${href}`, as: 'fetch', crossorigin: 'anonymous' },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/**
 * The strict policy goes into the built page only: Vite's dev server injects inline styles and scripts for hot reload.
 * frame-ancestors cannot be set from a <meta>; the host's headers own it.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const decodeEntities = (text: string) => text.replace(/&(amp|quot|#39|lt|gt);/g, (e) => ENTITIES[e]!);

/** The hash CSP allows an inline script, style or style attribute by. */
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Last of the page's transforms, so it sees the prerendered page: each inline script, stylesheet and style attribute
 * there is allowed by its hash, and nothing else inline is.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'atp-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1]!));
        const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]!));
        // The browser hashes the attribute's value as it reads it: entities decoded.
        const attributes = [...new Set([...html.matchAll(/\sstyle="([^"]*)"/g)].map((m) => decodeEntities(m[1]!)))].map(sha256);
        const policy = CSP.map((rule) => {
          if (rule.startsWith('script-src ')) return [rule, ...scripts].join(' ');
          if (rule.startsWith('style-src ')) return [rule, ...styles, ...(attributes.length ? ["'unsafe-hashes'", ...attributes] : [])].join(' ');
          return rule;
        }).join('; ');
        return html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
      },
    },
  };
}

/**
 * Marks the app's own code that runs on every load (the entry and the chunks of the two views mounted after the map;
 * not the small modules they share, nor d3-zoom, most of which never runs) for eager compilation
 * (V8's explicit compile hints, Chromium 136+; to other browsers it is a comment). V8 then compiles it on a background
 * thread as it downloads, instead of on the main thread at each function's first call. Hazard: a chunk marked here that
 * most visits never run is compiled for nothing (so d3-zoom is not marked); measured gains are in docs/performance.md.
 * Written once the bundle is on disk: the hint must be the file's first line, above Vite's own preamble.
 */
function compileHints(): Plugin {
  return {
    name: 'atp-compile-hints',
    apply: 'build',
    enforce: 'post',
    writeBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        if (!chunk.isEntry && !/^(TimelineSection|FiguresSection)$/.test(chunk.name)) continue;
        const file = join(options.dir!, chunk.fileName);
        writeFileSync(file, `//# allFunctionsCalledOnLoad\n${readFileSync(file, 'utf8')}`);
      }
    },
  };
}

export default defineConfig({
  // Relative paths: the built app runs from any folder of a host site, or from a laptop.
  base: './',
  plugins: [svelte(), svelteTesting(), datasets(), preloadFirstScreen(), prerender(DATA_DIR), compileHints(), contentSecurityPolicy(), editorPage(DATA_DIR, CSP), offline()],
  // No modulepreload polyfill: every browser the build targets but Safari < 17 has modulepreload, and the polyfill
  // ran at the entry's start (7 ms of its evaluation at 4× CPU); without it those browsers just preload less.
  build: { target: 'es2022', assetsInlineLimit: 0, modulePreload: { polyfill: false } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
          setupFiles: ['tests/setup.ts'],
        },
      },
    ],
  },
});
