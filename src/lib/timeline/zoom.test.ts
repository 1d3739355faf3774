import { zoomIdentity } from 'd3';
import { describe, expect, it } from 'vitest';
import { SPAN } from './extent';
import { baseScale } from './scale';
import { centreOn, clampDomain, panToInclude, resizeDomain, shiftDomain, zoomDomain, type Domain } from './view';
import { domainOf, heldShift, SCALE_EXTENT, transformFor } from './zoom';

const close = (actual: Domain, expected: Domain) => {
  expect(actual[0]).toBeCloseTo(expected[0], 6);
  expect(actual[1]).toBeCloseTo(expected[1], 6);
};

describe('clampDomain', () => {
  it.each<{ input: Domain; expected: Domain }>([
    { input: [2002, 2024], expected: [2002, 2024] },
    { input: [1990, 2030], expected: [2002, 2024] },
    { input: [2010, 2010.2], expected: [2009.6, 2010.6] },
    { input: [1995, 2000], expected: [2002, 2007] },
    { input: [2020, 2030], expected: [2014, 2024] },
    { input: [2012, 2010], expected: [2010, 2012] },
    { input: [Number.NaN, 2010], expected: [2002, 2024] },
  ])('$input → $expected', ({ input, expected }) => close(clampDomain(input), expected));
});

describe('zoomDomain', () => {
  it.each<{ domain: Domain; factor: number; about?: number; expected: Domain }>([
    { domain: [2002, 2024], factor: 2, expected: [2007.5, 2018.5] },
    { domain: [2002, 2024], factor: 2, about: 2002, expected: [2002, 2013] },
    { domain: [2010, 2014], factor: 2, about: 2011, expected: [2010.5, 2012.5] },
    // at least a year stays in view
    { domain: [2010, 2011.5], factor: 8, expected: [2010.25, 2011.25] },
    // at most the whole span
    { domain: [2010, 2020], factor: 0.1, expected: [2002, 2024] },
    // zooming out near an edge slides back inside instead of showing empty years
    { domain: [2020, 2024], factor: 0.5, about: 2023, expected: [2016, 2024] },
  ])('$domain ×$factor about $about → $expected', ({ domain, factor, about, expected }) => close(zoomDomain(domain, factor, about), expected));

  it('keeps the year under the pointer in place', () => {
    const d = zoomDomain([2004, 2014], 1.7, 2007);
    expect((2007 - d[0]) / (d[1] - d[0])).toBeCloseTo(0.3);
  });
});

describe('panToInclude', () => {
  it.each<{ domain: Domain; t: number; expected: Domain }>([
    { domain: [2010, 2020], t: 2015, expected: [2010, 2020] },
    { domain: [2010, 2020], t: 2021, expected: [2012, 2022] },
    { domain: [2010, 2020], t: 2004, expected: [2003, 2013] },
    { domain: [2010, 2020], t: 2023.9, expected: [2014, 2024] },
    { domain: [2010, 2020], t: 2002.1, expected: [2002, 2012] },
  ])('$domain to show $t → $expected', ({ domain, t, expected }) => close(panToInclude(domain, t), expected));
});

describe('centreOn', () => {
  it.each<{ t: number; width: number; expected: Domain }>([
    { t: 2010.5, width: 4, expected: [2008.5, 2012.5] },
    { t: 2002.5, width: 4, expected: [2002, 2006] },
    { t: 2010, width: 0.1, expected: [2009.5, 2010.5] },
  ])('$t ± $width/2 → $expected', ({ t, width, expected }) => close(centreOn(t, width), expected));
});

describe('transformFor and domainOf', () => {
  const base = baseScale(16, 1200);
  it.each<Domain>([[2002, 2024], [2010, 2011], [2015.25, 2019.75], [2023, 2024]])('round-trips %s', (...domain) => {
    const t = transformFor(domain, base);
    close(domainOf(t, base), domain);
    expect(t.k).toBeGreaterThanOrEqual(SCALE_EXTENT[0]);
    expect(t.k).toBeLessThanOrEqual(SCALE_EXTENT[1] + 1e-9);
  });
  it('the identity transform shows the whole span', () => {
    close(domainOf(zoomIdentity, base), SPAN);
  });
  it.each([
    { k: 1, x: 0 },
    { k: 2.5, x: -300 },
    { k: 7, x: -5000 },
    { k: 22, x: -24000.5 },
  ])('gives what d3 rescaleX shows, without building the scale (k $k, x $x)', ({ k, x }) => {
    const t = zoomIdentity.translate(x, 0).scale(k);
    const [a, b] = t.rescaleX(base).domain();
    close(domainOf(t, base), [a!, b!]);
  });
  it('the largest zoom shows exactly one year', () => {
    const d = domainOf(zoomIdentity.scale(SCALE_EXTENT[1]), base);
    expect(d[1] - d[0]).toBeCloseTo(1);
  });
});

describe('shiftDomain', () => {
  it.each<{ domain: Domain; dt: number; expected: Domain }>([
    { domain: [2010, 2014], dt: 2, expected: [2012, 2016] },
    { domain: [2010, 2014], dt: -20, expected: [2002, 2006] },
    { domain: [2010, 2014], dt: 20, expected: [2020, 2024] },
    { domain: [2002, 2024], dt: 3, expected: [2002, 2024] },
  ])('$domain by $dt → $expected', ({ domain, dt, expected }) => close(shiftDomain(domain, dt), expected));
});

describe('resizeDomain (the overview strip\'s handles)', () => {
  it.each<{ domain: Domain; edge: 'start' | 'end'; t: number; expected: Domain }>([
    { domain: [2010, 2014], edge: 'start', t: 2008, expected: [2008, 2014] },
    { domain: [2010, 2014], edge: 'start', t: 2013.8, expected: [2013, 2014] },
    { domain: [2010, 2014], edge: 'start', t: 1990, expected: [2002, 2014] },
    { domain: [2010, 2014], edge: 'end', t: 2020, expected: [2010, 2020] },
    { domain: [2010, 2014], edge: 'end', t: 2009, expected: [2010, 2011] },
    { domain: [2010, 2014], edge: 'end', t: 2030, expected: [2010, 2024] },
  ])('$domain, $edge to $t → $expected', ({ domain, edge, t, expected }) => close(resizeDomain(domain, edge, t), expected));
});

describe('heldShift', () => {
  const range: [number, number] = [10, 810];
  /** Where a year is drawn for a view over `range`. */
  const at = (view: Domain, year: number) => range[0] + ((year - view[0]) / (view[1] - view[0])) * (range[1] - range[0]);

  it.each([
    { held: [2002, 2024] as Domain, view: [2002, 2024] as Domain },
    { held: [2002, 2024] as Domain, view: [2010, 2015] as Domain },
    { held: [2008, 2012] as Domain, view: [2002, 2024] as Domain },
    { held: [2005, 2015] as Domain, view: [2007.5, 2017.5] as Domain },
  ])('moves every year drawn for $held to where $view draws it', ({ held, view }) => {
    const { k, tx } = heldShift(held, view, range);
    for (const year of [2002, 2006.25, 2013, 2024]) expect(k * at(held, year) + tx).toBeCloseTo(at(view, year), 9);
  });

  it('is the identity when the view has not moved', () => {
    expect(heldShift([2004, 2010], [2004, 2010], range)).toEqual({ k: 1, tx: 0 });
  });
});
