// Joins the datasets' alpha-2 country codes to world-atlas's countries, and places markers for states the map cannot draw.
import { ISO_NUMERIC } from './iso-codes';
import { KOSOVO } from './country-codes';
import { SMALL_STATE_CENTROIDS } from './small-states';

const ALPHA2_BY_NUMERIC = new Map(Object.entries(ISO_NUMERIC).map(([a2, num]) => [num, a2]));

/** Kosovo has no ISO numeric code, so world-atlas gives it no id: it is joined by its name. */
const CODE_BY_ATLAS_NAME: Readonly<Record<string, string>> = { Kosovo: KOSOVO };

/** Alpha-2 code of a world-atlas country, or undefined for areas with no ISO code (N. Cyprus, Somaliland). */
export function codeOfCountry(c: { id?: string | undefined; name: string }): string | undefined {
  if (c.id !== undefined) return ALPHA2_BY_NUMERIC.get(c.id);
  return CODE_BY_ATLAS_NAME[c.name];
}

/** [longitude, latitude] for a country the map does not draw, from the 50m atlas; undefined when unknown. */
export function smallStateCentroid(code: string): readonly [number, number] | undefined {
  const id = ISO_NUMERIC[code];
  return id === undefined ? undefined : SMALL_STATE_CENTROIDS[id];
}
