// Attack suite (issue 22): hostile text in a picture export. Whatever the data or the page holds, the SVG is XML.
import { describe, expect, it } from 'vitest';
import { composeSvg, dropNotXml, escapeXml, type Composition } from '../../../src/lib/export/compose-svg';

const base: Composition = {
  size: '16x9',
  title: 'Where the programme works',
  summary: 'Region: West Africa',
  legendTitle: 'Projects and actions per country',
  legend: [{ label: '1', colour: '#c7e9b4' }],
  source: 'Source: ICMPD',
  made: 'Made on 24 November 2026',
  view: { markup: '<path d="M0 0L10 10" fill="#123456"/>', width: 960, height: 430 },
};

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');
const HOSTILE = 'West\bAfrica\u0000 \u001F\uFFFE\uFFFF\uD800 <b>&amp;</b> "q" ]]> \u202Eevil';

describe('a picture export of hostile text', () => {
  it('the hostile text itself is not XML (the test would catch a leak)', () => {
    expect(parse(`<svg xmlns="http://www.w3.org/2000/svg"><text>${HOSTILE}</text></svg>`).querySelector('parsererror')).not.toBeNull();
  });

  it.each(['title', 'summary', 'legendTitle', 'source', 'made'] as const)('parses as XML with U+0008 and friends in the %s', (field) => {
    const doc = parse(composeSvg({ ...base, [field]: HOSTILE }));
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.textContent).toContain('WestAfrica');
  });

  it('parses as XML with them in a legend label and in the view copied from the page', () => {
    const svg = composeSvg({
      ...base,
      legend: [{ label: HOSTILE, colour: '#fff' }],
      view: { markup: `<path d="M0 0"><title>West\bAfrica</title></path><text x="1">a\u0007b</text>`, width: 10, height: 10 },
    });
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect([...doc.querySelectorAll('title')].map((t) => t.textContent)).toContain('WestAfrica');
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });

  it.each([
    { input: 'a\bb', expected: 'ab' },
    { input: 'tab\tline\nreturn\r', expected: 'tab\tline\nreturn\r' },
    { input: 'astral 𝒳 kept, lone \uD800 and \uDC00 dropped', expected: 'astral 𝒳 kept, lone  and  dropped' },
    { input: 'Côte d’Ivoire', expected: 'Côte d’Ivoire' },
  ])('dropNotXml($input) keeps what XML allows', ({ input, expected }) => {
    expect(dropNotXml(input)).toBe(expected);
  });

  it('escapes markup after dropping', () => {
    expect(escapeXml('<\b&>')).toBe('&lt;&amp;&gt;');
  });
});
