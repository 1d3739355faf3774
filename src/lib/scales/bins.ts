// Legend bins for project counts, computed over the whole dataset so the legend never jumps while filtering.

export interface Bin {
  min: number;
  max: number;
  colour: string;
}

/** The fill of countries with no documented project: light, and told apart by the legend, tooltip and table. */
export const NO_DATA_COLOUR = '#eef0f2';

/**
 * ColorBrewer YlGnBu, 6 classes (Cynthia Brewer, colorbrewer2.org): colour-blind safe and ordered in greyscale.
 * Written out rather than imported: d3-scale-chromatic brings every scheme along (16 KB).
 */
const YL_GN_BU = ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'] as const;

/** Up to five classes on a roughly geometric scale: counts are small and skewed (many 1s, a few large). */
export function countBins(maxCount: number, classes = 5): Bin[] {
  if (maxCount < 1) return [];
  const edges: number[] = [1];
  const ratio = Math.pow(maxCount + 1, 1 / classes);
  for (let i = 1; i <= classes; i++) {
    const next = Math.max(Math.round(Math.pow(ratio, i)), edges[edges.length - 1]! + 1);
    if (next > maxCount + 1) break;
    edges.push(next);
  }
  if (edges[edges.length - 1]! < maxCount + 1) edges.push(maxCount + 1);
  const count = edges.length - 1;
  // ColorBrewer YlGnBu: colour-blind safe and readable in greyscale; its palest step is left out so every class stands off the no-data grey.
  // The darkest `count` steps, so a small legend still spans light to dark.
  const palette = YL_GN_BU.slice(1).slice(-count);
  return edges.slice(0, -1).map((min, i) => ({ min, max: edges[i + 1]! - 1, colour: palette[i]! }));
}

export function binOf(bins: Bin[], count: number): Bin | undefined {
  return bins.find((b) => count >= b.min && count <= b.max) ?? (count > 0 ? bins[bins.length - 1] : undefined);
}

export function binLabel(bin: Bin): string {
  return bin.min === bin.max ? String(bin.min) : `${bin.min}–${bin.max}`;
}
