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
    // A name (an office's <title>) is text, not drawing: kept as it is.
    if (el.tagName === 'title') return;
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
    const words = cardWords(item, box, origin);
    parts.push(`<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${box.width.toFixed(1)}" height="${(box.height + words.grow).toFixed(1)}" rx="4" fill="${look.backgroundColor === 'rgba(0, 0, 0, 0)' ? 'none' : look.backgroundColor}" stroke="${look.borderTopColor}" stroke-width="${look.borderTopWidth === '0px' || look.borderTopColor === 'rgba(0, 0, 0, 0)' ? 0 : 1}"/>`);
    const mark = item.querySelector('svg');
    if (mark) {
      const m = mark.getBoundingClientRect();
      const copy = mark.cloneNode(true) as SVGSVGElement;
      inline(mark, copy);
      copy.setAttribute('x', (m.left - origin.left).toFixed(1));
      copy.setAttribute('y', (m.top - origin.top).toFixed(1));
      parts.push(new XMLSerializer().serializeToString(copy));
    }
    parts.push(words.markup);
    if (item.matches('.cluster')) parts.push(`<text x="${(x + box.width / 2).toFixed(1)}" y="${(y + box.height * 0.7).toFixed(1)}" font-size="12" font-weight="700" text-anchor="middle" fill="${look.color}">${escapeXml(item.textContent ?? '')}</text>`);
  }
  return { markup: parts.join(''), width: origin.width, height: origin.height };
}

/** The smaller type sizes a card's words may take to fit their card whole, before the card grows instead. */
const SHRINK = [1, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6];

let measurer: CanvasRenderingContext2D | null = null;

/** Greedy word wrap measured in the browser's own font, so a line never runs past its card (a guessed width did). */
function wrapMeasured(text: string, font: string, width: number): string[] {
  measurer ??= document.createElement('canvas').getContext('2d');
  const measure = (t: string) => (measurer ? ((measurer.font = font), measurer.measureText(t).width) : t.length * parseFloat(font.split(' ')[1] ?? '14') * 0.6);
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A card's words, whole: on screen its title and detail are cut to a few lines ("…management trai") and its date to
 * one, which a picture must not be. Each is wrapped to the card's width in its own font, at a smaller size where the
 * card is short of room; where even the smallest size does not fit, the card grows by `grow` px.
 */
function cardWords(item: HTMLElement, box: DOMRect, origin: DOMRect): { markup: string; grow: number } {
  const spans = [...item.querySelectorAll<HTMLElement>('.when, .title, .detail')].filter((span) => span.getBoundingClientRect().width > 0);
  if (spans.length === 0) return { markup: '', grow: 0 };
  const blocks = spans.map((span, i) => {
    const r = span.getBoundingClientRect();
    const s = getComputedStyle(span);
    const size = parseFloat(s.fontSize);
    const left = r.left + parseFloat(s.paddingLeft);
    const previous = spans[i - 1]?.getBoundingClientRect();
    return {
      text: (span.textContent ?? '').trim(),
      style: s,
      size,
      lineHeight: (parseFloat(s.lineHeight) || size * 1.25) / size,
      x: left - origin.left,
      // The date's span is cut at the card's edge: its room is to the card's end.
      width: box.right - left - parseFloat(s.paddingRight) - 2,
      gap: previous ? Math.max(0, r.top - previous.bottom) : 0,
      top: r.top - origin.top,
    };
  });
  const room = box.bottom - origin.top - 3 - blocks[0]!.top;
  const lay = (f: number) => blocks.map((b) => wrapMeasured(b.text, `${b.style.fontWeight} ${b.size * f}px ${b.style.fontFamily}`, b.width));
  const heightAt = (f: number, lines: string[][]) => blocks.reduce((h, b, i) => h + b.gap + lines[i]!.length * b.size * f * b.lineHeight, 0);
  let f = SHRINK[0]!;
  let lines = lay(f);
  for (const next of SHRINK.slice(1)) {
    if (heightAt(f, lines) <= room) break;
    f = next;
    lines = lay(f);
  }
  const parts: string[] = [];
  let y = blocks[0]!.top;
  blocks.forEach((b, i) => {
    y += b.gap;
    const size = b.size * f;
    for (const line of lines[i]!) {
      parts.push(`<text x="${b.x.toFixed(1)}" y="${(y + size * (b.lineHeight / 2 + 0.35)).toFixed(1)}" font-size="${size.toFixed(2)}" font-weight="${b.style.fontWeight}" fill="${b.style.color}">${escapeXml(line)}</text>`);
      y += size * b.lineHeight;
    }
  });
  return { markup: parts.join(''), grow: Math.max(0, heightAt(f, lines) - room) };
}
