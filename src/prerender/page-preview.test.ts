import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTPUT } from '../../scripts/build-geometry';
import { buildMapGeometry, countriesFromTopology, measureCountries, type ShapeGeometry } from '../lib/geo/map-geometry';
import { parseTopology } from '../lib/geo/topology';
import { clearPreview, isPreviewShown, readPreview } from './page-preview';

const countries = countriesFromTopology(parseTopology('map', JSON.parse(readFileSync(OUTPUT, 'utf8'))));

/** A page as the prerender writes it: the map's paths with their keys and codes, among other markup. */
function page(preview: 'on' | 'off', list = countries) {
  const html = document.createElement('html');
  html.setAttribute('data-preview', preview);
  const root = document.createElement('div');
  root.setAttribute('data-prerendered', '');
  const paths = list
    .map((c) => `<path class="country" d="${c.d}" fill="#eef0f2" ${c.code ? `data-code="${c.code}" ` : ''}data-key="${c.key.replace(/"/g, '&quot;')}"></path>`)
    .join('');
  root.innerHTML = `<header><h1>Title</h1></header><section id="map"><svg viewBox="0 0 10 10"><rect></rect><g>${paths}</g></svg><svg class="overlay"><path d="M0,0l1 1z"></path></svg></section>`;
  html.append(root);
  return { html, root };
}

describe('readPreview', () => {
  it('reads back every country the prerendered map drew, exactly as the geometry file gives it', () => {
    const { html, root } = page('on');
    const preview = readPreview(root, html)!;
    expect(preview.visible).toBe(true);
    // So the live map measures the same outlines, areas, centroids and bounds either way.
    const plain = (shapes: ShapeGeometry[]) => shapes.map(({ key, code, d, area, centroid, bounds }) => ({ key, code, d, area, centroid, bounds }));
    expect(plain(preview.countries)).toEqual(plain(measureCountries(countries)));
    expect(plain(buildMapGeometry(preview.countries).shapes)).toEqual(plain(buildMapGeometry(measureCountries(countries)).shapes));
  });

  it('still gives the geometry when the head script hid the preview', () => {
    const { html, root } = page('off');
    expect(readPreview(root, html)).toMatchObject({ visible: false, countries: { length: countries.length } });
  });

  it('gives nothing for a page whose outlines were rewritten after the build, so the geometry file is used', () => {
    const rewritten = countries.map((c, i) => (i === 5 ? { ...c, d: c.d.replace('l', 'L') } : c));
    const { html, root } = page('on', rewritten);
    expect(readPreview(root, html)).toBeNull();
  });

  it('gives nothing for a page that was not prerendered, or whose map has no countries', () => {
    const { html, root } = page('on');
    root.removeAttribute('data-prerendered');
    expect(readPreview(root, html)).toBeNull();
    const empty = page('on', []);
    expect(readPreview(empty.root, empty.html)).toBeNull();
  });
});

describe('isPreviewShown', () => {
  it('is true only for a prerendered page the head script left on screen', () => {
    const on = page('on');
    expect(isPreviewShown(on.root, on.html)).toBe(true);
    const off = page('off');
    expect(isPreviewShown(off.root, off.html)).toBe(false);
    const live = page('on');
    live.root.removeAttribute('data-prerendered');
    expect(isPreviewShown(live.root, live.html)).toBe(false);
  });
});

describe('clearPreview', () => {
  it('empties the page for the live app', () => {
    const { root } = page('on');
    clearPreview(root);
    expect(root.childNodes).toHaveLength(0);
    expect(root.hasAttribute('data-prerendered')).toBe(false);
  });
});
