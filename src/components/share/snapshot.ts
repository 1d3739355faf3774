// Copies what is on screen into SVG markup that stands alone: the map's <svg> or the timeline's axis and milestone
// boxes, with the computed styles written as attributes (the exported file has no stylesheet). DOM only; the
// composition around it is the pure lib/export/compose-svg.ts.
import { escapeXml } from '../../lib/export/compose-svg';

/** Presentation properties worth carrying over; the rest are defaults or do not apply to SVG. */
const PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-linejoin', 'stroke-dasharray', 'opacity', 'vector-effect', 'font-size', 'font-weight', 'font-family', 'text-anchor', 'dominant-baseline', 'paint-order', 'visibility'];
const DROP = /^(id|class|role|tabindex|aria-.*|data-.*|style|focusable|on.*)$/;

/** Writes each element's computed style into its clone, and drops what only the live page needs. */
function inline(original: Element, clone: Element) {
  const originals = [original, ...original.querySelectorAll('*')];
  const clones = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((el, i) => {
    const target = clones[i]!;
    const style = getComputedStyle(el);
    if (style.display === 'none') {
      target.remove();
      return;
    }
    // A place set by CSS (an SVG element moved by a transform): written as the attribute, which takes CSS's matrix()
    // as it is. The live page's style attribute is dropped.
    if (el !== original && style.transform !== 'none' && el instanceof SVGElement) target.setAttribute('transform', style.transform);
    for (const prop of PROPS) {
      const value = style.getPropertyValue(prop);
      if (value && value !== 'normal' && value !== 'auto' && !(prop === 'stroke' && value === 'none' && !el.hasAttribute('stroke'))) target.setAttribute(prop, value);
    }
    // currentColor resolves to the element's colour, which the file will not know.
    for (const attr of ['fill', 'stroke']) if (target.getAttribute(attr) === 'currentcolor') target.setAttribute(attr, style.color);
    for (const attr of [...target.attributes]) if (DROP.test(attr.name)) target.removeAttribute(attr.name);
  });
}

const serialise = (nodes: Iterable<Node>) => [...nodes].map((n) => new XMLSerializer().serializeToString(n)).join('');

export interface Snapshot {
  markup: string;
  width: number;
  height: number;
  /** The colour behind the drawing (the map's ocean), for what an export shows beyond it. */
  background?: string;
}

/**
 * The choropleth: the <svg> in #map holding the country paths, in the map's own units (the zoom's transform and the
 * ocean's frame-sized rect dropped, the tap targets too): the export chooses the part to show (lib/export/map-frame.ts).
 */
export function snapshotMap(): Snapshot {
  const svg = [...document.querySelectorAll<SVGSVGElement>('#map svg')].sort((a, b) => b.querySelectorAll('path').length - a.querySelectorAll('path').length)[0];
  if (!svg) throw new Error('The map is not on screen: show the map (not the table) to download it as a picture.');
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inline(svg, clone);
  const ocean = clone.querySelector(':scope > rect');
  const background = ocean?.getAttribute('fill') ?? undefined;
  ocean?.remove();
  for (const g of clone.querySelectorAll(':scope > g[transform]')) g.removeAttribute('transform');
  for (const hit of clone.querySelectorAll('circle[fill="transparent"], circle[fill="rgba(0, 0, 0, 0)"]')) hit.remove();
  const box = svg.viewBox.baseVal;
  return { markup: serialise(clone.childNodes), width: box.width || svg.clientWidth, height: box.height || svg.clientHeight, background };
}


/**
 * The timeline: its axis <svg> and years, then each milestone box on screen as a rect with its mark and its words. The
 * years and boxes are HTML on screen, so they are redrawn here at the same places.
 */
export function snapshotTimeline(): Snapshot {
  const frame = document.querySelector<HTMLElement>('#timeline [data-level]');
  const axis = frame?.querySelector('svg');
  if (!frame || !axis) throw new Error('The timeline is not on screen.');
  const origin = frame.getBoundingClientRect();
  const clone = axis.cloneNode(true) as SVGSVGElement;
  inline(axis, clone);
  const parts = [serialise(clone.childNodes)];
  // The years are HTML over the axis (TimelineTrack): each written as SVG text where it is centred on screen, in the
  // axis's own coordinates like its lines (the picture's font is set once, on its root).
  const axisBox = axis.getBoundingClientRect();
  for (const year of frame.querySelectorAll<HTMLElement>('.years span')) {
    const r = year.getBoundingClientRect();
    if (r.width === 0) continue;
    const s = getComputedStyle(year);
    const size = parseFloat(s.fontSize);
    parts.push(`<text x="${(r.left + r.width / 2 - axisBox.left).toFixed(1)}" y="${(r.bottom - axisBox.top - size * 0.2).toFixed(1)}" font-size="${size}" text-anchor="middle" fill="${s.color}">${escapeXml(year.textContent ?? '')}</text>`);
  }
  for (const item of frame.querySelectorAll<HTMLElement>('li.milestone, .cluster')) {
    const box = item.getBoundingClientRect();
    if (box.width === 0 || getComputedStyle(item).display === 'none') continue;
    const x = box.left - origin.left;
    const y = box.top - origin.top;
    const button = item.matches('button') ? item : item.querySelector('button');
    const look = button ? getComputedStyle(button) : getComputedStyle(item);
    parts.push(`<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${box.width.toFixed(1)}" height="${box.height.toFixed(1)}" rx="4" fill="${look.backgroundColor === 'rgba(0, 0, 0, 0)' ? 'none' : look.backgroundColor}" stroke="${look.borderTopColor}" stroke-width="${look.borderTopWidth === '0px' || look.borderTopColor === 'rgba(0, 0, 0, 0)' ? 0 : 1}"/>`);
    const mark = item.querySelector('svg');
    if (mark) {
      const m = mark.getBoundingClientRect();
      const copy = mark.cloneNode(true) as SVGSVGElement;
      inline(mark, copy);
      copy.setAttribute('x', (m.left - origin.left).toFixed(1));
      copy.setAttribute('y', (m.top - origin.top).toFixed(1));
      parts.push(new XMLSerializer().serializeToString(copy));
    }
    // Each visible line of words, where the browser laid it out.
    for (const span of item.querySelectorAll<HTMLElement>('.when, .title, .detail')) {
      const r = span.getBoundingClientRect();
      if (r.width === 0) continue;
      const s = getComputedStyle(span);
      const size = parseFloat(s.fontSize);
      const lineHeight = parseFloat(s.lineHeight) || size * 1.25;
      const lines = Math.max(1, Math.floor((Math.min(r.bottom, box.bottom) - r.top + 1) / lineHeight));
      const words = wrapToWidth(span.textContent ?? '', size, r.width).slice(0, lines);
      words.forEach((line, i) => {
        parts.push(`<text x="${(r.left - origin.left + parseFloat(s.paddingLeft)).toFixed(1)}" y="${(r.top - origin.top + size + i * lineHeight).toFixed(1)}" font-size="${size}" font-weight="${s.fontWeight}" fill="${s.color}">${escapeXml(line)}</text>`);
      });
    }
    if (item.matches('.cluster')) parts.push(`<text x="${(x + box.width / 2).toFixed(1)}" y="${(y + box.height * 0.7).toFixed(1)}" font-size="12" font-weight="700" text-anchor="middle" fill="${look.color}">${escapeXml(item.textContent ?? '')}</text>`);
  }
  return { markup: parts.join(''), width: origin.width, height: origin.height };
}

function wrapToWidth(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && next.length * size * 0.53 > width - 8) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
