// The map's picture as the downloads make it (the Download menu and the Share dialog): the part of the map on screen,
// its scope and filters as the caption, the view in words as its description, the A4 page's list of countries.
// Loaded with the downloads (export-actions.ts); the state arrives as values, its modules are imported as types only.
import type { PictureSize } from '../../lib/export/compose-svg';
import { listingRows, mapCaption } from '../../lib/export/map-caption';
import { exportFrame, inBox } from '../../lib/export/map-frame';
import { exportWords } from '../../lib/export/words';
import { MAP_HEIGHT, MAP_WIDTH } from '../../lib/geo/projection';
import { localized } from '../../lib/i18n/localize';
import { describeFilters } from '../../lib/projects/filter-summary';
import type { I18n } from '../../state/i18n.svelte';
import type { MapModel } from '../../state/map-model.svelte';
import type { MapState } from '../../state/map.svelte';
import type { PictureSpec } from './export-actions';
import { formatLocale } from '../../lib/format/format-locale';

export interface MapPictureInput {
  i18n: I18n;
  map: MapState;
  model: MapModel;
  size: PictureSize;
  date: Date;
  /** The view in words, as the page shows it under the map (components/summary/). */
  description?: string;
  href: string;
}

export function mapPicture({ i18n, map, model, size, date, description, href }: MapPictureInput): PictureSpec & { frame: ReturnType<typeof exportFrame> } {
  const m = i18n.m;
  const w = exportWords(i18n.locale);
  const region = model.regions.find((r) => r.id === map.filters.region) ?? null;
  const frame = exportFrame({ transform: map.transform, size: { width: MAP_WIDTH, height: MAP_HEIGHT }, region: region ? (model.geometry.boundsOf(region.countries) ?? null) : null });
  const inFrame = model.summaries.filter((s) => {
    const point = model.geometry.byCode.get(s.code)?.centroid ?? model.geometry.markerAt(s.code);
    return point !== undefined && inBox(frame, point);
  });
  const caption = mapCaption(
    {
      region: region?.name ?? null,
      zoomed: map.transform.k >= 1.05,
      countries: inFrame.map((s) => ({ region: s.region?.name ?? null, projects: s.projects.map((p) => p.id) })),
      total: model.programme.length,
      kept: model.filtered.length,
      filters: describeFilters(map.filters, model.filterData, m, map.dimensions),
    },
    { ...w, exportNoFilters: m.exportNoFilters },
  );
  const made = new Intl.DateTimeFormat(formatLocale(i18n.locale), { dateStyle: 'long' }).format(date);
  return {
    size,
    frame,
    kicker: w.exportMapKicker,
    title: caption.title,
    summary: caption.summary,
    description,
    legendTitle: model.legendTitle,
    legend: model.legend,
    listing: {
      heading: w.exportListHeading,
      rows: listingRows(inFrame.map((s) => ({ name: s.name, projects: s.projects.map((p) => localized(p, 'name', i18n.locale).text) }))),
      more: w.exportListMore,
    },
    source: m.exportSource,
    made: m.exportMade(made, href),
  };
}
