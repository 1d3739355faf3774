// Strings of the timeline view.
import type { MilestoneCategory } from '../../schema/vocab';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const timelineMessages = {
  timelineLabel: 'Milestones 2002–2023. Tab to enter, left and right arrow keys to move between milestones in time order, plus and minus to zoom, Enter to open one.',
  timelineListLabel: 'Milestones in time order',
  timelineControls: 'Timeline controls',
  timelineZoomIn: 'Zoom in',
  timelineZoomOut: 'Zoom out',
  timelineZoomAll: 'Show all years',
  timelineJumpYear: 'Go to year',
  timelineJumpYearNone: 'Choose…',
  timelineWheelHint: 'Use Ctrl + scroll to zoom the timeline, or click it first',
  timelineKeysHint: '← → move · + − zoom · Enter opens',
  timelineViewing: (from: string, to: string) => (from === to ? `Showing ${from}` : `Showing ${from}–${to}`),
  timelineCluster: (n: number) => `${plural(n, 'more milestone', 'more milestones')} here: zoom in to see ${n === 1 ? 'it' : 'them'}`,
  timelineShowing: (shown: number, total: number) => `Showing ${shown} of ${plural(total, 'milestone', 'milestones')}.`,
  timelineNoneShown: 'No milestone in the chosen categories. Tick a category to show its milestones.',
  timelineEmpty: 'No milestones have been published yet.',
  timelineMilestoneName: (when: string, title: string, category: string, approximate: boolean) =>
    `${when}, ${title}, ${category.toLowerCase()}${approximate ? ', year approximate' : ''}`,
  legendTitle: 'Categories',
  legendHint: 'Untick a category to hide its milestones.',
  legendApproximate: 'Hollow mark: year approximate',
  legendCount: (n: number) => `(${n})`,
  milestoneCategory: {
    policy: 'Policy',
    'capacity-building': 'Capacity building',
    research: 'Research',
    partnership: 'Partnership',
    programme: 'Programme',
  } satisfies Record<MilestoneCategory, string> as Record<MilestoneCategory, string>,
  cardClose: 'Close',
  cardCloseLabel: (title: string) => `Close “${title}”`,
  cardCategory: 'Category',
  cardWhen: 'When',
  cardYearNote: 'How the year was dated',
  cardCountries: 'Countries',
  cardPublication: 'Publication',
  cardSources: 'Sources',
  /** Before a source document's title, publisher and date. */
  cardSeed: 'From',
  cardPresentFrom: 'Present from here',
  urlUnknownMilestone: (id: string) => `The link names a milestone “${id}” that is not on the timeline, so the whole timeline is shown instead.`,
  urlIgnored: (name: string, value: string) => `The link’s “${name}=${value}” was not understood and was ignored.`,
  noticeDismiss: 'Dismiss',
  present: 'Present',
  presentLabel: 'Present the programme full screen: a title, each milestone with its map, the figures',
};
