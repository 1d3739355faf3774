// A picture for a slide or a page: title, filter summary, the view, its legend, the source line and the date, as one
// standalone SVG document. Pure: the view arrives as SVG markup (cloned from the screen, styles written as attributes)
// with the part of it to show (map-frame.ts); an A4 page lists the countries and projects under the map.
import { fitAspect, type Box } from './map-frame';

export type PictureSize = '16x9' | 'a4';

/** 16:9 slide at 1920×1080 px; A4 portrait at 150 dpi, 1240×1754 px (the SVG also says 210×297 mm). */
export const PICTURE_SIZES: Record<PictureSize, { width: number; height: number; physical?: { width: string; height: string } }> = {
  '16x9': { width: 1920, height: 1080 },
  a4: { width: 1240, height: 1754, physical: { width: '210mm', height: '297mm' } },
};

export interface LegendItem {
  label: string;
  colour: string;
  /** A swatch by default; 'circle' for the small-state marker; else an SVG path in a 16×16 box (timeline categories). */
  shape?: 'swatch' | 'circle' | { path: string; hollow: boolean };
}

/** The A4 page's list under the map: one row per country ("Nigeria (4)", then its projects). */
export interface Listing {
  heading: string;
  rows: { label: string; detail: string }[];
  /** The last line when rows are left out for want of room. */
  more: (left: number) => string;
}

export interface Composition {
  size: PictureSize;
  /** A small line above the title: whose picture it is. */
  kicker?: string;
  title: string;
  /** The view in words (lib/summary), for the file's <desc>: what a screen reader says of the picture. */
  description?: string;
  summary: string;
  legendTitle: string;
  legend: LegendItem[];
  source: string;
  made: string;
  /**
   * The view's inner SVG markup and the viewBox it was drawn in; `frame`, the part of it to show (the whole by
   * default), is widened to the picture's proportions; `background` fills what lies beyond the drawing (the ocean).
   */
  view: { markup: string; width: number; height: number; frame?: Box; background?: string };
  /** A4 only: the countries and projects shown, under the map and its legend. */
  listing?: Listing;
  /** Physical size for the A4 SVG file; PNG rendering wants pixels. */
  physical?: boolean;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const TEXT = '#14212b';
const MUTED = '#4a5a66';
const BRAND = '#0b3d5c';

/**
 * Every character XML 1.0 forbids (controls but tab and line breaks, lone surrogates, U+FFFE/U+FFFF): one of them
 * anywhere and the SVG is not XML at all, and the PNG drawn from it "cannot be decoded". No escape makes them legal.
 */
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Drops what XML forbids, whatever the data held (the schema refuses it, but the picture must not depend on that). */
export function dropNotXml(text: string): string {
  return text.replace(NOT_XML, '');
}

export function escapeXml(text: string): string {
  return dropNotXml(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A generous average glyph width in the system sans fonts (0.58 em, 0.64 em bold): enough to wrap and place text
 * without measuring it, erring on the side of room.
 */
export const textWidth = (text: string, size: number, bold = false) => text.length * size * (bold ? 0.64 : 0.58);

/** Greedy word wrap to a width; a word longer than the line stays whole. */
export function wrap(text: string, size: number, width: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function textBlock(lines: string[], x: number, y: number, size: number, attrs: string): string {
  return lines.map((l, i) => `<text x="${x}" y="${(y + i * size * 1.25).toFixed(1)}" font-size="${size}" ${attrs}>${escapeXml(l)}</text>`).join('');
}

function swatch(item: LegendItem, x: number, y: number, s: number): string {
  const shape = item.shape ?? 'swatch';
  if (shape === 'swatch') return `<rect x="${x}" y="${y}" width="${s * 1.6}" height="${s}" fill="${escapeXml(item.colour)}" stroke="#1f2d38" stroke-width="1"/>`;
  if (shape === 'circle') return `<circle cx="${x + s / 2}" cy="${y + s / 2}" r="${s * 0.4}" fill="#fff" stroke="${escapeXml(item.colour)}" stroke-width="2"/>`;
  const k = s / 16;
  const fill = shape.hollow ? '#fff' : escapeXml(item.colour);
  return `<path transform="translate(${x} ${y}) scale(${k})" d="${escapeXml(shape.path)}" fill="${fill}" stroke="${escapeXml(item.colour)}" stroke-width="${shape.hollow ? 2.6 : 1}"/>`;
}

/** Legend items left to right, wrapping to new rows; returns the markup and the height used. */
export function layoutLegend(items: LegendItem[], x: number, y: number, width: number, size: number): { markup: string; height: number } {
  const row = size * 1.7;
  let cx = x;
  let cy = y;
  const parts: string[] = [];
  for (const item of items) {
    const swatchWidth = item.shape === undefined || item.shape === 'swatch' ? size * 1.6 : size;
    const w = swatchWidth + size * 0.4 + textWidth(item.label, size) + size * 1.2;
    if (cx > x && cx + w > x + width) {
      cx = x;
      cy += row;
    }
    parts.push(swatch(item, cx, cy, size), `<text x="${(cx + swatchWidth + size * 0.4).toFixed(1)}" y="${(cy + size * 0.85).toFixed(1)}" font-size="${size}" fill="${TEXT}">${escapeXml(item.label)}</text>`);
    cx += w;
  }
  return { markup: parts.join(''), height: items.length === 0 ? 0 : cy - y + row };
}

const fmt = (n: number) => String(Number(n.toFixed(2)));

/**
 * The list in columns from `top` to `bottom`: each row its label in bold, then its detail, wrapped to the column; rows
 * that do not fit give way to a last line saying how many are left out.
 */
export function layoutListing(listing: Listing, x: number, top: number, width: number, bottom: number, size: number, columns = 2): { markup: string; shown: number } {
  const gap = size * 1.5;
  const colWidth = (width - gap * (columns - 1)) / columns;
  const line = size * 1.3;
  const parts = [`<text x="${fmt(x)}" y="${fmt(top + size * 1.1)}" font-size="${fmt(size * 1.1)}" font-weight="700" fill="${TEXT}">${escapeXml(listing.heading)}</text>`];
  const start = top + size * 1.1 + line * 0.9;
  const blocks = listing.rows.map((r) => wrap(`${r.label} ${r.detail}`, size, colWidth, true));
  let col = 0;
  let y = start;
  let shown = 0;
  for (const [i, lines] of blocks.entries()) {
    const height = lines.length * line + size * 0.35;
    // Room is kept for the "… more" line unless this is the last row.
    const reserve = i < blocks.length - 1 ? line : 0;
    if (y + height + reserve > bottom) {
      if (col + 1 < columns) {
        col += 1;
        y = start;
      }
      if (y + height + reserve > bottom) break;
    }
    const cx = x + col * (colWidth + gap);
    const label = listing.rows[i]!.label;
    lines.forEach((l, j) => {
      const y0 = fmt(y + size + j * line);
      // The label opens the first line: bold there, the rest plain.
      const body = j === 0 && l.startsWith(label) ? `<tspan font-weight="700">${escapeXml(label)}</tspan>${escapeXml(l.slice(label.length))}` : escapeXml(l);
      parts.push(`<text x="${fmt(cx)}" y="${y0}" font-size="${size}" fill="${TEXT}">${body}</text>`);
    });
    y += height;
    shown += 1;
  }
  if (shown < listing.rows.length) parts.push(`<text x="${fmt(x + col * (colWidth + gap))}" y="${fmt(y + size)}" font-size="${size}" font-style="italic" fill="${MUTED}">${escapeXml(listing.more(listing.rows.length - shown))}</text>`);
  return { markup: parts.join(''), shown };
}

export function composeSvg(c: Composition): string {
  const { width: W, height: H, physical } = PICTURE_SIZES[c.size];
  const u = Math.min(W, H) / 1080;
  const m = Math.round(48 * u);
  const inner = W - 2 * m;
  const kickerSize = Math.round(22 * u);
  const titleSize = Math.round(44 * u);
  const summarySize = Math.round(24 * u);
  const legendSize = Math.round(20 * u);
  const listSize = Math.round(17 * u);
  const footSize = Math.round(16 * u);

  let y = m;
  const kickerLines = c.kicker ? wrap(c.kicker, kickerSize, inner, true) : [];
  const kicker = textBlock(kickerLines, m, y + kickerSize, kickerSize, `font-weight="700" fill="${MUTED}"`);
  y += kickerLines.length * kickerSize * 1.25 + (c.kicker ? kickerSize * 0.25 : 0);
  const titleLines = wrap(c.title, titleSize, inner, true);
  const summaryLines = wrap(c.summary, summarySize, inner);
  y += titleSize;
  const head = textBlock(titleLines, m, y, titleSize, `font-weight="700" fill="${BRAND}"`);
  y += (titleLines.length - 1) * titleSize * 1.25 + summarySize * 1.6;
  const summary = textBlock(summaryLines, m, y, summarySize, `fill="${TEXT}"`);
  const viewTop = y + (summaryLines.length - 1) * summarySize * 1.25 + summarySize;

  const sourceLines = wrap(c.source, footSize, inner);
  const footHeight = (sourceLines.length + 1) * footSize * 1.3;
  const legendHeight = legendSize * 1.6 + layoutLegend(c.legend, m, 0, inner, legendSize).height;
  const bottom = H - m - footHeight;
  const available = Math.max(10, bottom - legendHeight - legendSize - viewTop);

  const drawn: Box = { x: 0, y: 0, width: c.view.width, height: c.view.height };
  const wanted = c.view.frame ?? drawn;
  const listed = c.size === 'a4' && c.listing !== undefined && c.listing.rows.length > 0;
  // A slide gives the view all its room. A page with a list gives the map its own proportions, between a third and
  // three fifths of the room, and the list the rest; without one, the map's proportions and white space below.
  const natural = (inner * wanted.height) / wanted.width;
  const viewHeight = listed ? Math.min(Math.max(natural, available * 0.33), available * 0.6) : c.size === 'a4' ? Math.min(natural, available) : available;
  const frame = fitAspect(wanted, inner / viewHeight);

  const legendTop = listed || c.size === 'a4' ? viewTop + viewHeight + legendSize : bottom - legendHeight;
  const legendMarkup = layoutLegend(c.legend, m, legendTop + legendSize * 1.6, inner, legendSize).markup;
  const listing = listed ? layoutListing(c.listing!, m, legendTop + legendHeight + listSize, inner, bottom - footSize, listSize).markup : '';
  const footTop = H - m - footHeight + footSize;
  const size = c.physical && physical ? `width="${physical.width}" height="${physical.height}"` : `width="${W}" height="${H}"`;
  const box = `x="${fmt(frame.x)}" y="${fmt(frame.y)}" width="${fmt(frame.width)}" height="${fmt(frame.height)}"`;

  // The view's markup is serialised from the page, where any text may stand: cleaned with the rest, in one pass.
  return dropNotXml([
    `<svg xmlns="http://www.w3.org/2000/svg" ${size} viewBox="0 0 ${W} ${H}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(c.title)}</title>`,
    c.description ? `<desc>${escapeXml(c.description)}</desc>` : '',
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    kicker,
    head,
    summary,
    // The view is clipped to its frame: on screen its <svg> hid what lies outside (Antarctica, panned-away land).
    `<svg x="${m}" y="${fmt(viewTop)}" width="${inner}" height="${fmt(viewHeight)}" viewBox="${fmt(frame.x)} ${fmt(frame.y)} ${fmt(frame.width)} ${fmt(frame.height)}" preserveAspectRatio="xMidYMid meet">`,
    `<clipPath id="atp-view-clip"><rect ${box}/></clipPath>`,
    `<g clip-path="url(#atp-view-clip)">`,
    c.view.background ? `<rect ${box} fill="${escapeXml(c.view.background)}"/>` : '',
    `${c.view.markup}</g></svg>`,
    `<text x="${m}" y="${fmt(legendTop + legendSize)}" font-size="${legendSize}" font-weight="700" fill="${TEXT}">${escapeXml(c.legendTitle)}</text>`,
    legendMarkup,
    listing,
    textBlock(sourceLines, m, footTop, footSize, `fill="${MUTED}"`),
    `<text x="${m}" y="${fmt(footTop + sourceLines.length * footSize * 1.3)}" font-size="${footSize}" fill="${MUTED}">${escapeXml(c.made)}</text>`,
    '</svg>',
  ].join(''));
}
