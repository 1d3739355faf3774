// `npm run build:geometry`: writes src/lib/geo/countries-110m.min.json, world-atlas's countries-110m re-quantized
// for this map. Same 177 features, ids, names and shared borders; only the coordinate grid is coarser.
//
// Why 1e4: the map is 960 px wide at zoom 1, so a 360°/10⁴ grid moves a vertex by at most ±0.05 px there, ±0.3 px
// at zoom 6 (the deepest a country search zooms) — below what a 110m map can show. world-atlas ships 1e5, a grid
// ten times finer than the map can use; the coarser one gzips to 28 KB instead of 38 KB.
// src/lib/geo/atlas-min.test.ts checks the file is what this script writes, and that the map built from it
// matches the map built from world-atlas (shapes, small-state markers, areas, centroids, bounds).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';

export const QUANTIZATION = 1e4;
// import.meta.dirname, not new URL(…, import.meta.url): the unit tests import this under jsdom, where that URL is not a file URL.
export const OUTPUT = resolve(import.meta.dirname, '../src/lib/geo/countries-110m.min.json');

type Atlas = Topology<{ countries: GeometryCollection<{ name: string }> }>;

export function buildGeometry(quantization = QUANTIZATION): string {
  const atlas = JSON.parse(readFileSync(createRequire(OUTPUT).resolve('world-atlas/countries-110m.json'), 'utf8')) as Atlas;
  const countries = feature(atlas, atlas.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  // Only what the app reads: the id (ISO numeric) and properties.name (Kosovo is joined by name, and names key the shapes).
  const trimmed: FeatureCollection<Geometry, { name: string }> = {
    type: 'FeatureCollection',
    features: countries.features.map((f) => ({ type: 'Feature', ...(f.id === undefined ? {} : { id: f.id }), properties: { name: f.properties.name }, geometry: f.geometry })),
  };
  const out = topology({ countries: trimmed }, quantization) as Topology & { bbox?: unknown };
  delete out.bbox;
  return JSON.stringify(out);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'build-geometry.ts')) {
  const text = buildGeometry();
  writeFileSync(OUTPUT, text);
  console.log(`Wrote ${OUTPUT} (${text.length} bytes)`);
}
