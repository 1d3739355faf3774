// The timeline's picture as the Download menu makes it: its years, what it shows and hides, and the map's scope that
// narrows it, as the caption; its categories as the legend. Loaded with the downloads (export-actions.ts); the state
// arrives as values, its modules are imported as types only.
import type { PictureSize } from '../../lib/export/compose-svg';
import { exportWords } from '../../lib/export/words';
import { countryName } from '../../lib/format/country-name';
import type { Milestone } from '../../lib/schema/datasets';
import type { MilestoneCategory } from '../../lib/schema/vocab';
import { CATEGORIES, CATEGORY_STYLES, SHAPE_PATHS } from '../../lib/timeline/categories';
import type { I18n } from '../../state/i18n.svelte';
import type { PictureSpec } from './export-actions';
import { formatLocale } from '../../lib/format/format-locale';

export interface TimelinePictureInput {
  i18n: I18n;
  /** The years in view, [from, to) in decimal years, and the categories the legend hides. */
  view: readonly [number, number];
  hidden: readonly MilestoneCategory[];
  /** The milestones the timeline holds (after the map's scope). */
  milestones: readonly Pick<Milestone, 'category'>[];
  /** The map's choice that narrows the timeline, and the regions' names to name it. */
  scope: { kind: 'country' | 'region'; id: string } | null;
  regions: readonly { id: string; name: string }[];
  size: PictureSize;
  date: Date;
  description?: string;
  href: string;
}

export function timelinePicture(t: TimelinePictureInput): PictureSpec {
  const m = t.i18n.m;
  const [from, to] = t.view;
  const shown = t.milestones.filter((x) => !t.hidden.includes(x.category)).length;
  const parts = [m.exportYears(String(Math.floor(from)), String(Math.ceil(to) - 1)), m.timelineShowing(shown, t.milestones.length)];
  if (t.hidden.length > 0) parts.push(m.exportTimelineHidden(t.hidden.map((c) => m.milestoneCategory[c]).join(', ')));
  // Narrowed by the map's choice: the picture says so, as the timeline's own note does.
  const s = t.scope;
  if (s) parts.unshift(exportWords(t.i18n.locale).exportTimelineScope(s.kind === 'country' ? countryName(s.id, t.i18n.locale) : (t.regions.find((r) => r.id === s.id)?.name ?? s.id)));
  return {
    size: t.size,
    title: m.exportTimelineTitle,
    summary: parts.join(' · '),
    description: t.description,
    legendTitle: m.timelineHeading,
    legend: [
      ...CATEGORIES.map((c) => ({ label: m.milestoneCategory[c], colour: CATEGORY_STYLES[c].colour, shape: { path: SHAPE_PATHS[CATEGORY_STYLES[c].shape], hollow: false } })),
      { label: m.yearApproximate, colour: '#4a5a66', shape: { path: SHAPE_PATHS.circle, hollow: true } },
    ],
    source: m.exportSource,
    made: m.exportMade(new Intl.DateTimeFormat(formatLocale(t.i18n.locale), { dateStyle: 'long' }).format(t.date), t.href),
  };
}
