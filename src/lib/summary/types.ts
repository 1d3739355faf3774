// What each view's summary is written from: plain values, already in the interface language where they are names.
// The adapters (adapters.ts) make them from the app's state; tests make them by hand.

export interface CountryCount {
  name: string;
  count: number;
  /** The programme region's name, or null for a country outside every region. */
  region: string | null;
}

/** One active filter, its value as the interface shows it ("European Union", "West Africa", "2005–2010"). */
export interface FilterDescription {
  key: 'region' | 'donor' | 'theme' | 'kind' | 'years';
  value: string;
}

export interface MapSummaryInput {
  /** Projects and actions the filters keep. */
  projects: number;
  /** Projects and actions in the whole dataset. */
  total: number;
  /** Countries with at least one project the filters keep. */
  countries: CountryCount[];
  /** Countries drawn on the map with none of them. */
  countriesWithout: number;
  filters: FilterDescription[];
  /**
   * Null for the whole world. Zoomed in: how many of the countries with projects are in view, and the region's name
   * when they all belong to one.
   */
  zoom: { region: string | null; inView: number } | null;
}

export interface TimelineSummaryInput {
  /** Every milestone shown (after category filters and the map's scope), with its category's name. */
  milestones: { year: number; category: string }[];
  /** The categories in legend order, by name, so "by category" reads in the legend's order. */
  categories: string[];
  /** The years in view, or null when the whole span is. */
  view: [number, number] | null;
  /** Milestones in view (null when the whole span is). */
  inView: number | null;
  /** The country or region the map chose, which narrows the timeline to the milestones concerning it. */
  scope: string | null;
  /** Categories the legend hides, by name. */
  hidden: string[];
}

export interface StatedFigure {
  label: string;
  value: number;
  /** "+": the programme says "at least". */
  qualifier: '+' | '';
  /** A year ("Established 2002") is written without grouping. */
  format: 'count' | 'year';
}

export interface FiguresSummaryInput {
  stated: StatedFigure[];
  /** The year the stated totals refer to, when the sources say. */
  statedYear: number | null;
  documented: { projects: number; countries: number; regions: number; milestones: number };
  filters: FilterDescription[];
}

/** A view in words: a short name (SVG <title>) and the long description (aria-describedby, SVG <desc>). */
export interface Summary {
  title: string;
  description: string;
}
