import { describe, expect, it } from 'vitest';
import { OFFICE_COLOUR, OFFICE_SYMBOL_PATH } from '../geo/office-positions';
import { composeSvg, escapeXml, layoutLegend, layoutListing, PICTURE_SIZES, wrap, type Composition, type Listing } from './compose-svg';

const base: Composition = {
  size: '16x9',
  title: 'Where the programme works',
  summary: 'Region: West Africa · Showing 12 of 40 projects',
  legendTitle: 'Projects and actions per country',
  legend: [
    { label: '1', colour: '#c7e9b4' },
    { label: 'Small state (marker)', colour: '#1f2d38', shape: 'circle' },
    { label: 'Policy', colour: '#1f5fa8', shape: { path: 'M0 0H16V16Z', hollow: true } },
  ],
  source: 'Source: datasets & seeds <ICMPD>',
  made: 'Made on 24 November 2026',
  view: { markup: '<path d="M0 0L10 10" fill="#123456"/>', width: 960, height: 430 },
};

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('composed SVG', () => {
  it.each(['16x9', 'a4'] as const)('is a well-formed %s document of the stated pixel size', (size) => {
    const doc = parse(composeSvg({ ...base, size }));
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe(String(PICTURE_SIZES[size].width));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${PICTURE_SIZES[size].width} ${PICTURE_SIZES[size].height}`);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Where the programme works', 'Projects and actions per country', 'Small state (marker)', 'Source: datasets & seeds <ICMPD>', 'Made on 24 November 2026']));
    // The drawing's whole frame, widened (never cut) to the room the picture gives it.
    const [x, y, w, h] = root.querySelector('svg')!.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
    expect(x).toBeLessThanOrEqual(0);
    expect(y).toBeLessThanOrEqual(0);
    expect(x + w).toBeGreaterThanOrEqual(960);
    expect(y + h).toBeGreaterThanOrEqual(430);
  });

  it('says A4 in millimetres when asked (the SVG file), in pixels otherwise (the PNG)', () => {
    expect(parse(composeSvg({ ...base, size: 'a4', physical: true })).documentElement.getAttribute('width')).toBe('210mm');
  });

  it('carries the view in words as its <desc>, after its <title>, and none without one', () => {
    const described = parse(composeSvg({ ...base, description: 'World map of 22 projects <ICMPD>. Most: Nigeria (4).' })).documentElement;
    expect(described.querySelector(':scope > title')?.textContent).toBe('Where the programme works');
    expect(described.querySelector(':scope > desc')?.textContent).toBe('World map of 22 projects <ICMPD>. Most: Nigeria (4).');
    expect(described.querySelector(':scope > title + desc')).not.toBeNull();
    expect(parse(composeSvg(base)).documentElement.querySelector('desc')).toBeNull();
  });

  it('escapes text', () => {
    expect(escapeXml('a < b & "c"')).toBe('a &lt; b &amp; &quot;c&quot;');
  });

  it('wraps long text to the width', () => {
    const lines = wrap('one two three four five six seven eight', 20, 100);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe('one two three four five six seven eight');
  });

  it('starts a new legend row when the width is used up', () => {
    const items = Array.from({ length: 12 }, (_, i) => ({ label: `Region number ${i}`, colour: '#000' }));
    expect(layoutLegend(items, 0, 0, 600, 20).height).toBeGreaterThan(layoutLegend(items.slice(0, 1), 0, 0, 600, 20).height);
  });

  /** The nested <svg> holding the view: its viewBox, and where it stands on the page. */
  const viewOf = (doc: Document) => {
    const view = doc.documentElement.querySelector(':scope > svg')!;
    const [x, y, width, height] = view.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
    return { box: { x, y, width, height }, place: { width: Number(view.getAttribute('width')), height: Number(view.getAttribute('height')) }, clip: view.querySelector('clipPath rect')! };
  };

  it.each(['16x9', 'a4'] as const)('shows the frame asked for (%s), widened to the room, clipped there, the ocean behind', (size) => {
    const frame = { x: 380, y: 180, width: 120, height: 60 };
    const doc = parse(composeSvg({ ...base, size, view: { ...base.view, frame, background: '#e0eaf2' } }));
    const { box, place, clip } = viewOf(doc);
    // The frame is inside what is shown, centred, and the proportions are the room's (no letterbox).
    expect(box.x).toBeLessThanOrEqual(380);
    expect(box.x + box.width).toBeGreaterThanOrEqual(500);
    expect(box.y).toBeLessThanOrEqual(180);
    expect(box.y + box.height).toBeGreaterThanOrEqual(240);
    expect(box.x + box.width / 2).toBeCloseTo(440, 1);
    expect(box.y + box.height / 2).toBeCloseTo(210, 1);
    expect(box.width / box.height).toBeCloseTo(place.width / place.height, 2);
    expect(Number(clip.getAttribute('x'))).toBeCloseTo(box.x, 1);
    expect(doc.querySelector(`rect[fill="#e0eaf2"]`)).not.toBeNull();
  });

  it('draws the offices given in the view and names them in the legend', () => {
    const office = `<g><title>Abuja, Nigeria</title><path d="M500,200L504,204L500,208L496,204Z" fill="${OFFICE_COLOUR}"/></g>`;
    const svg = composeSvg({ ...base, view: { ...base.view, markup: base.view.markup + office }, legend: [...base.legend, { label: 'ICMPD office of the programme’s team (2022)', colour: OFFICE_COLOUR, shape: { path: OFFICE_SYMBOL_PATH, hollow: false } }] });
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('svg > svg path[d^="M500,200"]')).not.toBeNull();
    expect([...doc.querySelectorAll('text')].map((t) => t.textContent)).toContain('ICMPD office of the programme’s team (2022)');
    expect(doc.querySelector(`path[d="${OFFICE_SYMBOL_PATH}"]`)?.getAttribute('fill')).toBe(OFFICE_COLOUR);
  });

  const listing = (n: number): Listing => ({
    heading: 'The countries in this view and their projects',
    rows: Array.from({ length: n }, (_, i) => ({ label: `Country ${i} (2)`, detail: 'OCWAR-T, Shelter and case management training in Abidjan' })),
    more: (left) => `… and ${left} more countries`,
  });

  it('lists the countries under the map on an A4 page, not on a slide', () => {
    const a4 = parse(composeSvg({ ...base, size: 'a4', listing: listing(16) }));
    const texts = [...a4.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('The countries in this view and their projects');
    expect(a4.querySelectorAll('tspan[font-weight="700"]')).toHaveLength(16);
    expect(texts.some((t) => t?.startsWith('…'))).toBe(false);
    // The list starts below the map and ends above the source line.
    const { place } = viewOf(a4);
    const top = Number(a4.documentElement.querySelector(':scope > svg')!.getAttribute('y'));
    const ys = [...a4.querySelectorAll('text')].filter((t) => t.querySelector('tspan')).map((t) => Number(t.getAttribute('y')));
    expect(Math.min(...ys)).toBeGreaterThan(top + place.height);
    const source = [...a4.querySelectorAll('text')].find((t) => t.textContent === base.source)!;
    expect(Math.max(...ys)).toBeLessThan(Number(source.getAttribute('y')));
    expect(parse(composeSvg({ ...base, listing: listing(16) })).querySelector('tspan')).toBeNull();
  });

  it('says how many countries it left out when the page is full', () => {
    const { markup, shown } = layoutListing(listing(200), 0, 0, 1000, 600, 20);
    expect(shown).toBeLessThan(200);
    expect(markup).toContain(`… and ${200 - shown} more countries`);
    const all = layoutListing(listing(3), 0, 0, 1000, 600, 20);
    expect(all.shown).toBe(3);
    expect(all.markup).not.toContain('more countries');
  });

  it('draws the kicker above the title, wrapped to the width', () => {
    const kicker = 'Programme de lutte contre la traite de l’ICMPD : où sont les projets documentés, une ligne longue';
    const doc = parse(composeSvg({ ...base, size: 'a4', kicker }));
    const texts = [...doc.querySelectorAll('text')];
    const title = texts.find((t) => t.textContent === base.title)!;
    const lines = texts.filter((t) => kicker.includes(t.textContent!) && t !== title);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((t) => t.textContent).join(' ')).toBe(kicker);
    for (const line of lines) expect(Number(line.getAttribute('y'))).toBeLessThan(Number(title.getAttribute('y')));
  });
});
