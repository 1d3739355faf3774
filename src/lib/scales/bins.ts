// Legend bins for project counts, computed over the whole dataset so the legend never jumps while filtering.

export interface Bin {
  min: number;
  max: number;
  colour: string;
}

/** The fill of countries with no documented project: light, and told apart by the legend, tooltip and table. */
export const NO_DATA_COLOUR = '#eef0f2';

/**
 * Five steps from green to deep indigo, evenly spaced in lightness (CIELAB L* 55, 46, 38, 29.5, 20.5; hue 128° to
 * 300°): ordered in greyscale and to colour-blind readers by lightness alone. Even the palest is at least 3:1 from the
 * "no project" grey, the page and the sea (palettes.test.ts): ColorBrewer's YlGnBu, used before, started 1.2:1 from it.
 */
const STEPS = ['#698e48', '#1f7a6a', '#006279', '#00497d', '#2c2967'] as const;

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
  // Steps spread over the whole palette (4 classes: 1st, 2nd, 4th, 5th), so a small legend still spans light to dark
  // and its neighbours differ as much as they can; a single class takes the darkest.
  const last = STEPS.length - 1;
  const palette = count === 1 ? [STEPS[last]] : Array.from({ length: count }, (_, i) => STEPS[Math.round((i * last) / (count - 1))]);
  return edges.slice(0, -1).map((min, i) => ({ min, max: edges[i + 1]! - 1, colour: palette[i]! }));
}

export function binOf(bins: Bin[], count: number): Bin | undefined {
  return bins.find((b) => count >= b.min && count <= b.max) ?? (count > 0 ? bins[bins.length - 1] : undefined);
}

export function binLabel(bin: Bin): string {
  return bin.min === bin.max ? String(bin.min) : `${bin.min}–${bin.max}`;
}
