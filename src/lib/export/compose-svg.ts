// A picture for a slide or a page: title, filter summary, the view, its legend, the source line and the date, as one
// standalone SVG document. Pure: the view arrives as SVG markup (cloned from the screen, styles written as attributes).

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

export interface Composition {
  size: PictureSize;
  title: string;
  /** The view in words (lib/summary), for the file's <desc>: what a screen reader says of the picture. */
  description?: string;
  summary: string;
  legendTitle: string;
  legend: LegendItem[];
  source: string;
  made: string;
  /** The view's inner SVG markup and the viewBox it was drawn in. */
  view: { markup: string; width: number; height: number };
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

export function composeSvg(c: Composition): string {
  const { width: W, height: H, physical } = PICTURE_SIZES[c.size];
  const u = Math.min(W, H) / 1080;
  const m = Math.round(48 * u);
  const inner = W - 2 * m;
  const titleSize = Math.round(44 * u);
  const summarySize = Math.round(24 * u);
  const legendSize = Math.round(20 * u);
  const footSize = Math.round(16 * u);

  const titleLines = wrap(c.title, titleSize, inner, true);
  const summaryLines = wrap(c.summary, summarySize, inner);
  let y = m + titleSize;
  const head = textBlock(titleLines, m, y, titleSize, `font-weight="700" fill="${BRAND}"`);
  y += (titleLines.length - 1) * titleSize * 1.25 + summarySize * 1.6;
  const summary = textBlock(summaryLines, m, y, summarySize, `fill="${TEXT}"`);
  const viewTop = y + (summaryLines.length - 1) * summarySize * 1.25 + summarySize;

  const sourceLines = wrap(c.source, footSize, inner);
  const footHeight = (sourceLines.length + 1) * footSize * 1.3;
  const legend = layoutLegend(c.legend, m, 0, inner, legendSize);
  const legendHeight = legendSize * 1.6 + legend.height;
  const legendTop = H - m - footHeight - legendHeight;
  const viewHeight = Math.max(10, legendTop - viewTop - legendSize);

  const legendMarkup = layoutLegend(c.legend, m, legendTop + legendSize * 1.6, inner, legendSize).markup;
  const footTop = H - m - footHeight + footSize;
  const size = c.physical && physical ? `width="${physical.width}" height="${physical.height}"` : `width="${W}" height="${H}"`;

  // The view's markup is serialised from the page, where any text may stand: cleaned with the rest, in one pass.
  return dropNotXml([
    `<svg xmlns="http://www.w3.org/2000/svg" ${size} viewBox="0 0 ${W} ${H}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(c.title)}</title>`,
    c.description ? `<desc>${escapeXml(c.description)}</desc>` : '',
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    head,
    summary,
    // The view is clipped to its own viewBox: on screen its <svg> hid what lies outside (Antarctica, panned-away land).
    `<svg x="${m}" y="${viewTop.toFixed(1)}" width="${inner}" height="${viewHeight.toFixed(1)}" viewBox="0 0 ${c.view.width} ${c.view.height}" preserveAspectRatio="${c.size === 'a4' ? 'xMidYMin' : 'xMidYMid'} meet">`,
    `<clipPath id="atp-view-clip"><rect width="${c.view.width}" height="${c.view.height}"/></clipPath>`,
    `<g clip-path="url(#atp-view-clip)">${c.view.markup}</g></svg>`,
    `<text x="${m}" y="${(legendTop + legendSize).toFixed(1)}" font-size="${legendSize}" font-weight="700" fill="${TEXT}">${escapeXml(c.legendTitle)}</text>`,
    legendMarkup,
    textBlock(sourceLines, m, footTop, footSize, `fill="${MUTED}"`),
    `<text x="${m}" y="${(footTop + sourceLines.length * footSize * 1.3).toFixed(1)}" font-size="${footSize}" fill="${MUTED}">${escapeXml(c.made)}</text>`,
    '</svg>',
  ].join(''));
}
