// What the map's picture draws for each country and marker (CountryShapes.svelte), worked out once per change of
// the data, the colouring or the outlined countries. Rule: the picture's template reads plain fields, never calls (a
// call there is a derived signal per country: five per path were half of the picture's hydration); a change hands it
// new objects only for the countries it changed (keepUnchanged), so only their paths' effects re-run. Hazard: an
// object changed in place would not be redrawn.
import { keepUnchanged } from '../lists/keep-unchanged';
import type { CountrySummary } from '../projects/country-summary';
import { NO_DATA_COLOUR } from '../scales/bins';
import type { MapGeometry } from './map-geometry';

/** A country's outline as the picture draws it; `label` (its accessible name) only where it is focused on its shape. */
export interface PictureShape {
  key: string;
  code: string | null;
  d: string;
  hasData: boolean;
  highlighted: boolean;
  fill: string;
  label: string | null;
}

/** A small state's marker, its position written as the attribute is. */
export interface PictureMarker {
  code: string;
  cx: string;
  cy: string;
  highlighted: boolean;
  fill: string;
  label: string;
}

/** Where a country with projects is focused: its marker if it is too small to see, else its shape's centre. */
export interface MapTarget {
  summary: CountrySummary;
  marker: [number, number] | undefined;
  point: [number, number];
}

export function mapTargets(summaries: CountrySummary[], geometry: MapGeometry): MapTarget[] {
  return summaries
    .map((summary) => {
      const marker = geometry.markerAt(summary.code);
      const point = marker ?? geometry.byCode.get(summary.code)?.centroid;
      return point && Number.isFinite(point[0]) ? { summary, marker, point } : undefined;
    })
    .filter((x) => x !== undefined);
}

export interface PictureInput {
  geometry: MapGeometry;
  targets: MapTarget[];
  byCode: ReadonlyMap<string, CountrySummary>;
  highlighted: ReadonlySet<string>;
  colourOf: (s: CountrySummary) => string;
  label: (s: CountrySummary) => string;
}

/** A drawer that keeps the objects of the countries a change did not touch; one per picture. */
export function pictureItems() {
  const keepShapes = keepUnchanged<PictureShape>((s) => s.key);
  const keepMarkers = keepUnchanged<PictureMarker>((m) => m.code);
  return {
    shapes({ geometry, targets, byCode, highlighted, colourOf, label }: PictureInput): PictureShape[] {
      const onShape = new Set(targets.filter((x) => x.marker === undefined).map((x) => x.summary.code));
      return keepShapes(
        geometry.shapes.map((shape) => {
          const summary = shape.code === undefined ? undefined : byCode.get(shape.code);
          const target = summary !== undefined && onShape.has(summary.code) && geometry.byCode.get(summary.code) === shape;
          return {
            key: shape.key,
            code: shape.code ?? null,
            d: shape.d,
            hasData: summary !== undefined,
            highlighted: shape.code !== undefined && highlighted.has(shape.code),
            fill: summary ? colourOf(summary) : NO_DATA_COLOUR,
            label: target ? label(summary) : null,
          };
        }),
      );
    },
    markers({ targets, highlighted, colourOf, label }: PictureInput): PictureMarker[] {
      return keepMarkers(
        targets
          .filter((x) => x.marker !== undefined)
          .map(({ summary, marker }) => ({
            code: summary.code,
            cx: String(marker![0]),
            cy: String(marker![1]),
            highlighted: highlighted.has(summary.code),
            fill: colourOf(summary),
            label: label(summary),
          })),
      );
    },
  };
}
