// Semantic zoom: which level of detail fits, and where each milestone's box goes so that no two boxes overlap.
// Boxes are stacked in rows (greedy interval packing); what does not fit at the sparest level is grouped into "+N" clusters.
// Where not every milestone gets a title, the most important get one wherever there is room ('mixed': titled boxes over
// a band of marks), so the default view reads as words, not only symbols.

export type Level = 'marks' | 'mixed' | 'titles' | 'details';

export interface LevelSpec {
  level: Level;
  /** Width of a milestone's box in px: the mark, then its label. */
  width: number;
  rowHeight: number;
}

/** The mark's button in px (a 24 px target, WCAG 2.5.8); boxes start half a mark before the milestone's time. */
export const MARK = 24;
/** Space kept between boxes in a row. */
export const GAP = 4;
/** A cluster is at least this wide, to hold "+N". */
export const CLUSTER_WIDTH = 34;

/** From the richest to the sparest, for a desktop-wide view. The component's CSS sizes the text to these numbers. */
export const LEVELS: readonly LevelSpec[] = [
  { level: 'details', width: 280, rowHeight: 160 },
  { level: 'titles', width: 216, rowHeight: 84 },
  { level: 'marks', width: MARK, rowHeight: 26 },
];

/** On a phone, two title boxes share a row, so a busy year still reaches titles when zoomed in. */
export function levelsFor(viewWidth: number): LevelSpec[] {
  const [details, titles, marks] = LEVELS as [LevelSpec, LevelSpec, LevelSpec];
  const narrow = (spec: LevelSpec, share: number, min: number) => ({ ...spec, width: Math.round(Math.max(min, Math.min(spec.width, viewWidth * share))) });
  return [narrow(details, 0.8, 200), narrow(titles, 0.45, 150), marks];
}

export interface LayoutItem {
  id: string;
  /** Who gets a title first where not all can: lower first (rankOf). Ties go to the earlier. Defaults to 0. */
  rank?: number;
  /** The milestone's time on screen, px: where its mark goes when only marks show. */
  x: number;
  /**
   * Where else its mark may go when labels show, px: a milestone known only to its year may sit anywhere in that year,
   * so the labels of a busy year spread across it instead of piling up at mid-year. Defaults to [x, x].
   */
  lo?: number;
  hi?: number;
}

export interface Box {
  left: number;
  right: number;
  row: number;
}

export interface Placed extends Box {
  id: string;
  /** Where the mark is drawn, px: the item's x, or a place in its [lo, hi] when labels show. */
  x: number;
  /** At the 'mixed' level: this box shows its title (boxWidth wide, rowHeight high); the others are marks. */
  titled?: boolean;
}

export interface Cluster extends Box {
  ids: string[];
}

export interface Layout {
  level: Level;
  /** Every box's width at this level, px. */
  boxWidth: number;
  rowHeight: number;
  /** Rows available; every box's row is below this. */
  rows: number;
  /**
   * The lowest rows hold marks only, MARK_ROW high ('mixed': the marks band and its clusters; 0 at the other levels,
   * whose rows are all rowHeight high). rowTop says where a row starts.
   */
  markRows: number;
  placed: Placed[];
  clusters: Cluster[];
  /** Outside the view: not laid out, not shown. */
  offscreen: string[];
}

export interface LayoutOptions {
  /** Width of the view in px; items whose time falls outside [0, width] are offscreen. */
  width: number;
  /** Height for the rows in px. */
  height: number;
  levels?: readonly LevelSpec[];
}

interface Packed {
  placed: Placed[];
  overflow: LayoutItem[];
}

/**
 * Greedy packing: each box goes into the lowest row where it overlaps nothing, its mark placed as early as the row allows
 * (with labels, anywhere in the item's [lo, hi]; with marks only, at x). Items must be sorted by x.
 */
function pack(items: readonly LayoutItem[], spec: LevelSpec, rows: number, viewWidth: number, stopOnOverflow: boolean, spreads = spec.width > MARK): Packed | null {
  const rowBoxes: Placed[][] = Array.from({ length: rows }, () => []);
  const placed: Placed[] = [];
  const overflow: LayoutItem[] = [];
  for (const item of items) {
    let best: { row: number; box: Omit<Placed, 'row'> } | null = null;
    for (let row = 0; row < rows; row++) {
      const boxes = rowBoxes[row]!;
      const lo = spreads ? Math.max(item.lo ?? item.x, -MARK / 2) : item.x;
      const hi = spreads ? Math.max(lo, Math.min(item.hi ?? item.x, viewWidth + MARK / 2)) : item.x;
      // The earliest mark position after the row's last box; a box slid left at the right edge may still collide, so check.
      const after = (boxes.at(-1)?.right ?? -Infinity) + GAP + MARK / 2 + 1e-6;
      const anchor = Math.min(hi, Math.max(lo, after));
      const box = boxFor({ id: item.id, x: anchor }, spec.width, viewWidth);
      // First fit: the lowest row with room keeps labels low and spreads a busy year along the rows.
      if (fits(boxes, box, spec.width)) {
        best = { row, box };
        break;
      }
    }
    if (!best) {
      if (stopOnOverflow) return null;
      overflow.push(item);
      continue;
    }
    const p: Placed = { ...best.box, row: best.row };
    rowBoxes[best.row]!.push(p);
    placed.push(p);
  }
  return { placed, overflow };
}

/** A box starts at its mark, or slides left (still holding the mark) so its label does not leave the view on the right. */
function boxFor(item: LayoutItem, width: number, viewWidth: number): Omit<Placed, 'row'> {
  const left = Math.min(item.x - MARK / 2, Math.max(viewWidth - width, item.x + MARK / 2 - width));
  return { id: item.id, x: item.x, left, right: left + width };
}

/** Boxes in a row were added in roughly x order and are at most `width` from their x, so only the last few can touch. */
function fits(boxes: readonly Placed[], box: Omit<Placed, 'row'>, width: number): boolean {
  for (let i = boxes.length - 1; i >= 0; i--) {
    const b = boxes[i]!;
    if (b.x + 2 * width + GAP < box.x - width) break;
    if (b.left < box.right + GAP && box.left < b.right + GAP) return false;
  }
  return true;
}

/** Overflowing items become "+N" clusters in the reserved last row; neighbours whose clusters would touch merge. */
function clustersOf(overflow: readonly LayoutItem[], row: number): Cluster[] {
  const clusters: Cluster[] = [];
  for (const item of overflow) {
    const last = clusters.at(-1);
    const left = item.x - CLUSTER_WIDTH / 2;
    if (last && left < last.right + GAP) {
      last.ids.push(item.id);
      last.right = Math.max(last.right, item.x + CLUSTER_WIDTH / 2);
    } else {
      clusters.push({ ids: [item.id], left, right: left + CLUSTER_WIDTH, row });
    }
  }
  return clusters;
}

/**
 * The richest level at which every milestone in view gets its own box, else marks with clusters.
 * `items` must be in time order (x ascending).
 */
export function layoutTimeline(items: readonly LayoutItem[], { width, height, levels = levelsFor(width) }: LayoutOptions): Layout {
  const visible = (i: LayoutItem) => i.x >= -MARK / 2 && i.x <= width + MARK / 2;
  const inView = items.filter(visible);
  const offscreen = items.filter((i) => !visible(i)).map((i) => i.id);
  const sparest = levels.at(-1)!;
  for (const spec of levels.slice(0, -1)) {
    const rows = Math.floor(height / spec.rowHeight);
    if (rows < 1) continue;
    const packed = pack(inView, spec, rows, width, true);
    if (packed) return { level: spec.level, boxWidth: spec.width, rowHeight: spec.rowHeight, rows, markRows: 0, placed: packed.placed, clusters: [], offscreen };
  }
  const titleLevel = levels.find((l) => l.level === 'titles');
  // Beside marks a title row needs no spare height: the box's head and its title's three lines (MilestoneBoxes' CSS).
  const titles = titleLevel && { ...titleLevel, rowHeight: Math.min(titleLevel.rowHeight, MARK + 3 * 18 + 2) };
  const titleRows = titles ? Math.floor((height - MARK_BAND * sparest.rowHeight) / titles.rowHeight) : 0;
  // Titles take only the rows that the marks leave free: every milestone keeps a mark of its own where marks alone
  // could give it one (a "+N" hides which milestones are there, and where).
  for (let r = titles ? titleRows : 0; r >= 1; r--) {
    const laid = mixed(inView, titles!, sparest, r, width, height);
    if (laid.clusters.length === 0) return { ...laid, offscreen };
  }
  const rows = Math.max(2, Math.floor(height / sparest.rowHeight));
  // Try without the cluster row first: when everything fits, no row needs reserving.
  const all = pack(inView, sparest, rows, width, true);
  if (all) return { level: sparest.level, boxWidth: sparest.width, rowHeight: sparest.rowHeight, rows, markRows: 0, placed: all.placed, clusters: [], offscreen };
  if (titles && titleRows >= 1) return { ...mixed(inView, titles, sparest, titleRows, width, height), offscreen };
  const packed = pack(inView, sparest, rows - 1, width, false)!;
  return { level: sparest.level, boxWidth: sparest.width, rowHeight: sparest.rowHeight, rows, markRows: 0, placed: packed.placed, clusters: clustersOf(packed.overflow, rows - 1), offscreen };
}

/**
 * Rows of marks under the titles at the 'mixed' level, at least: one for marks, one for the clusters of what does not
 * fit. The height the title rows leave over goes to the band too.
 */
export const MARK_BAND = 2;

/**
 * Who gets a title first where not all can: a year the sources state before an approximate one, then the programme's
 * own milestones before the rest. Lower first.
 */
export function rankOf(category: string, yearStated: boolean): number {
  return (yearStated ? 0 : 2) + (category === 'programme' ? 0 : 1);
}

/** The top of a row in px from the top of the rows' area (`height` high): rows count upwards from the bottom. */
export function rowTop(layout: Pick<Layout, 'rowHeight' | 'markRows'>, row: number, height: number, markRowHeight = LEVELS.at(-1)!.rowHeight): number {
  const marks = Math.min(row + 1, layout.markRows);
  return height - marks * markRowHeight - Math.max(0, row + 1 - layout.markRows) * layout.rowHeight;
}

/**
 * Titles where there is room, in rank order (each in the lowest title row it fits, its mark anywhere in its time), and
 * the rest as marks in the band below, in "+N" clusters where even marks do not fit.
 */
function mixed(items: readonly LayoutItem[], titles: LevelSpec, marks: LevelSpec, titleRows: number, viewWidth: number, height: number): Omit<Layout, 'offscreen'> {
  const band = Math.floor((height - titleRows * titles.rowHeight) / marks.rowHeight);
  const rows: Placed[][] = Array.from({ length: titleRows }, () => []);
  const titled = new Set<string>();
  const placed: Placed[] = [];
  const byRank = items.map((item, i) => ({ item, i })).sort((a, b) => (a.item.rank ?? 0) - (b.item.rank ?? 0) || a.i - b.i);
  // At most this many could ever have a title; trying three times as many finds them, and keeps thousands of
  // milestones as fast to lay out as dozens (the marks' band then takes the rest).
  const tries = 3 * titleRows * Math.ceil(viewWidth / (titles.width + GAP));
  for (const { item } of byRank.slice(0, tries)) {
    const lo = Math.max(item.lo ?? item.x, -MARK / 2);
    const hi = Math.max(lo, Math.min(item.hi ?? item.x, viewWidth + MARK / 2));
    const clamp = (a: number) => Math.min(hi, Math.max(lo, a));
    // Only boxes within a box's width of its time can be in its way.
    const near = (b: Placed) => b.right + GAP > lo - titles.width && b.left - GAP < hi + titles.width;
    for (let r = 0; r < titleRows && !titled.has(item.id); r++) {
      const row = rows[r]!.filter(near);
      // Where its mark may go: its own time, or just clear of a neighbour on either side; the nearest that fits wins.
      const anchors = [item.x, ...row.flatMap((b) => [b.right + GAP + MARK / 2 + 1e-6, b.left - GAP - titles.width + MARK / 2 - 1e-6])]
        .map(clamp)
        .sort((a, b) => Math.abs(a - item.x) - Math.abs(b - item.x));
      for (const anchor of anchors) {
        const box = boxFor({ id: item.id, x: anchor }, titles.width, viewWidth);
        if (row.some((b) => b.left < box.right + GAP && box.left < b.right + GAP)) continue;
        const p: Placed = { ...box, row: band + r, titled: true };
        rows[r]!.push(p);
        placed.push(p);
        titled.add(item.id);
        break;
      }
    }
  }
  const rest = items.filter((i) => !titled.has(i.id));
  // Marks beside titles spread across their time as labels do, so a busy year's marks sit side by side, not in a "+N".
  const all = pack(rest, marks, band, viewWidth, true, true);
  const packed = all ?? pack(rest, marks, band - 1, viewWidth, false, true)!;
  placed.push(...packed.placed);
  placed.sort((a, b) => a.x - b.x);
  return {
    level: 'mixed',
    boxWidth: titles.width,
    rowHeight: titles.rowHeight,
    rows: band + titleRows,
    markRows: band,
    placed,
    clusters: all ? [] : clustersOf(packed.overflow, band - 1),
  };
}
