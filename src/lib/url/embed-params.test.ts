import { describe, expect, it } from 'vitest';
import { embedSnippet, parseEmbedParams, serializeEmbedParams, withEmbed, type EmbedView } from './embed-params';

describe('embed URL parameter', () => {
  it.each<{ embed: EmbedView | null; search: string }>([
    { embed: null, search: '' },
    { embed: 'map', search: '?embed=map' },
    { embed: 'timeline', search: '?embed=timeline' },
    { embed: 'figures', search: '?embed=figures' },
  ])('round trip: $search', ({ embed, search }) => {
    expect(serializeEmbedParams('', embed)).toBe(search);
    expect(parseEmbedParams(search)).toEqual({ embed, ignored: [] });
  });

  it('keeps the other parameters (map and timeline) as they are', () => {
    expect(serializeEmbedParams('?region=west-africa&milestone=icat', 'map')).toBe('?region=west-africa&milestone=icat&embed=map');
    expect(serializeEmbedParams('?embed=map&country=NG', null)).toBe('?country=NG');
  });

  it('reads a value with stray case and spaces', () => {
    expect(parseEmbedParams('?embed=%20Map%20').embed).toBe('map');
  });

  it.each(['globe', '', '<script>', 'map,timeline', '1'])('ignores embed=%j and reports it', (value) => {
    const parsed = parseEmbedParams(`?embed=${encodeURIComponent(value)}`);
    expect(parsed).toEqual({ embed: null, ignored: [{ name: 'embed', value }] });
  });

  it('builds the address of one view without the fragment, and back', () => {
    const full = 'https://example.org/atp/?country=NG&year=2016#timeline';
    const embedded = withEmbed(full, 'timeline');
    expect(embedded).toBe('https://example.org/atp/?country=NG&year=2016&embed=timeline');
    expect(withEmbed(embedded, null)).toBe('https://example.org/atp/?country=NG&year=2016');
  });

  it('writes an iframe snippet with escaped attributes and a sane height', () => {
    const snippet = embedSnippet('https://example.org/?donor=A%26B', 'map', 640, 'ICMPD “map” <1>');
    expect(snippet).toBe(
      '<iframe class="atp-embed" src="https://example.org/?donor=A%26B&amp;embed=map" title="ICMPD “map” &lt;1&gt;" width="100%" height="640" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
    expect(embedSnippet('https://example.org/', 'figures', Number.NaN, 't')).toContain('height="1100"');
    expect(embedSnippet('https://example.org/', 'figures', 10, 't')).toContain('height="200"');
  });
});
