// In the browser: what the prerendered page (src/prerender/render-page.ts) leaves for the live app.
import { isMapPathData, measureCountries, type ShapeGeometry } from '../lib/geo/map-geometry';

export interface PagePreview {
  /** Shown to the visitor (the plain address in English), rather than hidden by the head script. */
  visible: boolean;
  /** Every country's outline, read from the prerendered map: the page carries the geometry once. */
  countries: ShapeGeometry[];
}

/**
 * null when the page has no prerendered map (the dev server, or a build whose data could not be read), or when its
 * path data cannot be read (a host that rewrote the page): the app then downloads the geometry file instead.
 */
export function readPreview(root: HTMLElement, html: HTMLElement): PagePreview | null {
  if (!root.hasAttribute('data-prerendered')) return null;
  const paths = root.querySelectorAll<SVGPathElement>('#map svg path[data-key]');
  if (paths.length === 0) return null;
  const drawn = [...paths].map((p) => ({ key: p.dataset['key']!, code: p.dataset['code'], d: p.getAttribute('d') ?? '' }));
  if (!drawn.every((c) => isMapPathData(c.d))) return null;
  return { visible: isPreviewShown(root, html), countries: measureCountries(drawn) };
}

/** Whether the page shows a prerendered map the app can take over, known before its outlines are read. */
export function isPreviewShown(root: HTMLElement, html: HTMLElement): boolean {
  return root.hasAttribute('data-prerendered') && html.getAttribute('data-preview') === 'on';
}

/**
 * The page's styles are inline, allowed by their hash in the page's own policy. A host whose headers set a stricter
 * policy blocks them; the page also links the stylesheet file, disabled so that it is not fetched, and this enables it:
 * the page falls back to the file rather than to no styles.
 */
export function ensureStyles(doc: Document): void {
  const inline = doc.querySelector<HTMLStyleElement>('style[data-href]');
  if (!inline || inline.sheet) return;
  const file = doc.querySelector<HTMLLinkElement>(`link[rel="stylesheet"][href="${inline.dataset['href']}"]`);
  if (file) file.disabled = false;
}

/** Empties the page for the live app, which mounts in the same task: no frame shows neither. */
export function clearPreview(root: HTMLElement): void {
  root.replaceChildren();
  root.removeAttribute('data-prerendered');
}
