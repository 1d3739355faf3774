// The world-atlas topology, checked at the boundary so nothing past here needs a cast.
import type { GeometryCollection, Topology } from 'topojson-specification';
import { DatasetError } from '../data/load';

export interface CountryProperties {
  name: string;
}

export type WorldTopology = Topology<{ countries: GeometryCollection<CountryProperties> }>;

export function parseTopology(file: string, json: unknown): WorldTopology {
  const t = json as Partial<Topology> | null;
  const countries = t?.objects?.['countries'] as Partial<GeometryCollection> | undefined;
  if (t?.type !== 'Topology' || !Array.isArray(t.arcs) || countries?.type !== 'GeometryCollection' || !Array.isArray(countries.geometries)) {
    throw new DatasetError(file, `${file} is not a world-atlas topology with a "countries" object.`);
  }
  return json as WorldTopology;
}
