// Where the map draws each office: its city projected into the map's own coordinates (projection.ts), the space the
// countries' paths are drawn in, so a marker moves and scales with them under the zoom transform.
import type { Office } from '../schema/office';
import { createProjection, MAP_HEIGHT, MAP_WIDTH, type MapProjection } from './projection';

/** The office symbol, a diamond in a 16-unit box, for the legend and the exported legend (OfficeSymbol draws the map's). */
export const OFFICE_SYMBOL_PATH = 'M8 0.75L15.25 8L8 15.25L0.75 8Z';
/** The office symbol's fill (OfficeSymbol.svelte's). */
export const OFFICE_COLOUR = '#111';

export interface OfficePosition {
  id: string;
  city: string;
  country: string;
  x: number;
  y: number;
}

/** The offices that fall inside the map's frame, positioned; one outside the frame (a typing slip) is left out. */
export function officePositions(offices: readonly Pick<Office, 'id' | 'city' | 'country' | 'longitude' | 'latitude'>[], projection: MapProjection = createProjection()): OfficePosition[] {
  return offices.flatMap((o) => {
    const [x, y] = projection([o.longitude, o.latitude]);
    return x >= 0 && x <= MAP_WIDTH && y >= 0 && y <= MAP_HEIGHT ? [{ id: o.id, city: o.city, country: o.country, x, y }] : [];
  });
}
