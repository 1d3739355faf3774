// Strings of the figures view.
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const figuresMessages = {
  statedHeading: 'As the programme states them',
  statedNote: (year: number) => `The programme’s own totals, from its factsheet (${year}). They count all its work, including what this app does not list.`,
  statedAsOf: (year: number) => `as of ${year}`,
  /** Only what the factsheet states: the team's size, its offices and their cities. */
  statedTeam: (year: number, members: number, offices: number, cities: string) => `In ${year}, the programme’s team: ${members} members in ${offices} ICMPD offices (${cities}).`,
  statedSource: 'Source',
  documentedHeading: 'What this app documents',
  documentedNote: 'Counted from the records in this app’s datasets, which hold only what the source documents describe. They follow the map’s filters.',
  documentedScopeAll: 'All documented work',
  documentedSentence: (scope: string, projects: number, countries: number, since: number | null) =>
    `${scope}: ${plural(projects, 'project or action', 'projects and actions')} in ${plural(countries, 'country', 'countries')}${since === null ? '' : `, the first documented in ${since}`}.`,
  documentedProjects: 'Projects and actions',
  documentedCountries: 'Countries',
  documentedRegions: 'Regions',
  documentedMilestones: 'Milestones',
  documentedYears: 'Years covered',
  documentedNoYears: 'none dated',
  regionsHeading: 'Regional coverage',
  regionsCaption: 'All documented projects and actions by programme region, whatever the filters (a project in several regions counts in each)',
  regionsRegion: 'Region',
  regionsProjects: 'Projects and actions',
  regionsCountries: 'Countries',
  regionsSince: 'First documented year',
  /** Beside a region the sources do not name: the app's own grouping. */
  regionsOwnGrouping: 'grouping of this app, not named by the sources',
  regionsShow: (name: string) => `Show ${name} on the map`,
  regionsShowShort: 'Show',
  regionsChosen: 'shown on the map',
  colourBy: 'Colour the map by',
  storyScope: (name: string, shown: number, total: number) => `Showing the milestones that concern ${name}: ${shown} of ${total}.`,
  storyScopeEmpty: (name: string) => `No milestone in the data concerns ${name}.`,
  storyShowAll: 'Show all milestones',
  storyLinkYears: 'Move the timeline with these years',
  storyHighlight: (title: string) => `Outlined on the map: the countries of “${title}”.`,
  colourByCount: 'Projects per country',
  colourByRegion: 'Region',
};
