import { describe, expect, it } from 'vitest';
import { composeSvg, escapeXml, layoutLegend, PICTURE_SIZES, wrap, type Composition } from './compose-svg';

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
});
