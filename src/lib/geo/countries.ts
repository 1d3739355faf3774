// Joins the datasets' alpha-2 country codes to world-atlas features, and places markers for states the map cannot draw.
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import { ISO_NUMERIC } from './iso-codes';
import { KOSOVO } from './country-codes';
import { SMALL_STATE_CENTROIDS } from './small-states';
import type { CountryProperties, WorldTopology } from './topology';

export interface CountryShape {
  /** Alpha-2 code, or undefined for areas with no ISO code (N. Cyprus, Somaliland). */
  code: string | undefined;
  /** world-atlas's own short name, e.g. "Bosnia and Herz."; for display use countryName(). */
  atlasName: string;
  feature: Feature<Geometry, CountryProperties>;
}

const ALPHA2_BY_NUMERIC = new Map(Object.entries(ISO_NUMERIC).map(([a2, num]) => [num, a2]));

/** Kosovo has no ISO numeric code, so world-atlas gives it no id: it is joined by its name. */
const CODE_BY_ATLAS_NAME: Readonly<Record<string, string>> = { Kosovo: KOSOVO };

export function codeOfFeature(f: { id?: string | number; properties: CountryProperties | null }): string | undefined {
  if (f.id !== undefined) return ALPHA2_BY_NUMERIC.get(String(f.id));
  return f.properties ? CODE_BY_ATLAS_NAME[f.properties.name] : undefined;
}

export function countryShapes(topology: WorldTopology): CountryShape[] {
  return feature(topology, topology.objects.countries).features.map((f) => ({
    code: codeOfFeature(f),
    atlasName: f.properties?.name ?? '',
    feature: f,
  }));
}

/** [longitude, latitude] for a country the map does not draw, from the 50m atlas; undefined when unknown. */
export function smallStateCentroid(code: string): readonly [number, number] | undefined {
  const id = ISO_NUMERIC[code];
  return id === undefined ? undefined : SMALL_STATE_CENTROIDS[id];
}
