// One colour per programme region, for colouring the map by region.

/** Okabe & Ito's palette: seven hues that colour-blind readers tell apart. More regions repeat it. */
const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7'] as const;

export function regionColours(regionIds: string[]): Map<string, string> {
  return new Map(regionIds.map((id, i) => [id, OKABE_ITO[i % OKABE_ITO.length]!]));
}
