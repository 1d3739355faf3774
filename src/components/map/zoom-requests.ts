// The zooms asked for through the map's state (the address, a region chosen in the filters or the figures, a country
// found by name), carried out by the map's zoom behaviour.
import { fitShown, PHONE_QUERY, PHONE_RATIO } from '../../lib/geo/phone-frame';
import type { MapGeometry } from '../../lib/geo/map-geometry';
import { MAP_HEIGHT, MAP_WIDTH } from '../../lib/geo/projection';
import { IDENTITY } from '../../lib/geo/zoom';
import type { Region } from '../../lib/schema/datasets';
import type { ZoomRequest } from '../../state/map.svelte';
import type { MapZoom } from './map-zoom';

export function carryOutZoom(zoomer: MapZoom, r: ZoomRequest, model: { geometry: MapGeometry; regions: readonly Region[] }) {
  const toCodes = (codes: Iterable<string>, maxK: number | undefined) => {
    const bounds = model.geometry.boundsOf(codes);
    // On a phone the frame shows the map's middle only (lib/geo/phone-frame.ts): the region fits in that.
    const shown = matchMedia(PHONE_QUERY).matches ? MAP_HEIGHT / PHONE_RATIO : MAP_WIDTH;
    zoomer.zoomTo(bounds ? fitShown(bounds, shown, 0.08, maxK) : IDENTITY, r.animate);
  };
  if ('to' in r) zoomer.zoomTo(r.to, r.animate);
  else if ('countries' in r) toCodes(r.countries, r.maxK);
  else if (r.region === null) zoomer.zoomTo(IDENTITY, r.animate);
  else toCodes(model.regions.find((x) => x.id === r.region)?.countries ?? [], undefined);
}
