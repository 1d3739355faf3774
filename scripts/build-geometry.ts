// `npm run build:geometry`: writes src/lib/geo/countries-110m.projected.json, world-atlas's countries-110m already
// projected into the map's frame, so the browser draws it without d3-geo or topojson-client (≈ 10 KB gzip of code and
// 1–2 s of main thread at 4× CPU slowdown, measured with npm run bench).
//
// Each country is projected with the app's Equal Earth exactly as geoPath would draw it (clipped at the antimeridian,
// adaptively resampled), snapped to a grid of UNIT px, and stored as a topology: borders shared by two countries
// are stored once, each point relative to the one before. Why not ready-made path strings: they repeat every shared
// border and gzip to 44 KB against 24 KB (`--compare`). Why not also areas, centroids and bounds: they cost 4–5 KB
// gzip, and map-geometry.ts measures them from the decoded points in well under a millisecond.
//
// Why 0.1 px: at zoom 1 a point moves by at most ±0.05 px, ±0.3 px at zoom 6 (the deepest a country search zooms):
// below what a 110m map can show. src/lib/geo/world-projected.test.ts checks the file is what this script writes
// and that the map drawn from it matches d3-geo's drawing of world-atlas.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { geoPath, geoStream } from 'd3';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Topology } from 'topojson-specification';
import { createGeoProjection } from './geo/geo-projection';
import { MAP_HEIGHT, MAP_WIDTH } from '../src/lib/geo/projection';
import { WORLD_FORMAT, type ProjectedCountry, type WorldTopology } from '../src/lib/geo/topology';

export const UNIT = 0.1;
// import.meta.dirname, not new URL(…, import.meta.url): the unit tests import this under jsdom, where that URL is not a file URL.
export const OUTPUT = resolve(import.meta.dirname, '../src/lib/geo/countries-110m.projected.json');

type Atlas = Topology<{ countries: GeometryCollection<{ name: string }> }>;
type Country = Feature<Geometry, { name: string }>;

export function loadAtlas(): FeatureCollection<Geometry, { name: string }> {
  const atlas = JSON.parse(readFileSync(createRequire(OUTPUT).resolve('world-atlas/countries-110m.json'), 'utf8')) as Atlas;
  return feature(atlas, atlas.objects.countries) as FeatureCollection<Geometry, { name: string }>;
}

/** The polygons geoPath would draw for a feature, in grid steps, each ring closed, without repeated points. */
function projectedPolygons(f: Country, stream: ReturnType<typeof createGeoProjection>['stream'], unit: number): Position[][][] {
  const polygons: Position[][][] = [];
  let rings: Position[][] = [];
  let ring: Position[] = [];
  geoStream(
    f,
    stream({
      point(x: number, y: number) {
        const p = [Math.round(x / unit), Math.round(y / unit)];
        const prev = ring[ring.length - 1];
        if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) ring.push(p);
      },
      lineStart: () => (ring = []),
      lineEnd() {
        const [first, last] = [ring[0], ring[ring.length - 1]];
        if (first && last && first[0] === last[0] && first[1] === last[1]) ring.pop();
        // A ring that snaps to fewer than three points has no area to draw.
        if (ring.length >= 3) rings.push([...ring, ring[0]!]);
      },
      polygonStart: () => (rings = []),
      polygonEnd() {
        if (rings.length > 0) polygons.push(rings);
      },
      sphere() {},
    }),
  );
  return polygons;
}

export function buildWorld(unit = UNIT): WorldTopology {
  const countries = loadAtlas().features;
  const { stream } = createGeoProjection();
  const planar: FeatureCollection<MultiPolygon> = {
    type: 'FeatureCollection',
    features: countries.map((f) => ({ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: projectedPolygons(f, stream, unit) } })),
  };
  const topo = topology({ countries: planar }) as Topology<{ countries: GeometryCollection }>;
  const arcs = topo.arcs.map((arc) => arc.flatMap(([x, y], i) => (i === 0 ? [x!, y!] : [x! - arc[i - 1]![0]!, y! - arc[i - 1]![1]!])));
  const out: ProjectedCountry[] = countries.map((f, i) => ({
    ...(f.id === undefined ? {} : { id: String(f.id) }),
    name: f.properties.name,
    arcs: (topo.objects.countries.geometries[i] as TopoMultiPolygon).arcs,
  }));
  return { format: WORLD_FORMAT, unit, width: MAP_WIDTH, height: MAP_HEIGHT, arcs, countries: out };
}

export function buildGeometry(unit = UNIT): string {
  return JSON.stringify(buildWorld(unit));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'build-geometry.ts')) {
  const text = buildGeometry();
  if (process.argv.includes('--compare')) {
    const kb = (s: string) => `${(gzipSync(s, { level: 6 }).length / 1000).toFixed(1)} KB gzip`;
    const path = geoPath(createGeoProjection()).digits(1);
    const strings = JSON.stringify(loadAtlas().features.map((f) => ({ id: f.id, name: f.properties.name, d: path(f) })));
    console.log(`projected topology ${kb(text)}; ready-made path strings (0.1 px) ${kb(strings)}`);
  } else {
    writeFileSync(OUTPUT, text);
    console.log(`Wrote ${OUTPUT} (${text.length} bytes, ${(gzipSync(text, { level: 6 }).length / 1000).toFixed(1)} KB gzip)`);
  }
}
