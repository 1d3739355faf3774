import { describe, expect, it } from 'vitest';
import { previewImage, previewPng } from './preview-image';

const body = `<header>x</header><div data-island="map-picture"><!--[--><svg viewBox="0 0 960 430" role="group" aria-label="World map"><rect class="ocean" width="960" height="430"></rect><g transform="translate(0,0) scale(1)"><!--[--><path id="map-country-NG" class="country has-data" d="M1,1l2,2z" fill="#123456" data-code="NG" role="button" tabindex="0" aria-label="Nigeria"></path><!--]--></g></svg><!--]--></div><svg class="overlay" viewBox="0 0 960 430" aria-hidden="true"></svg>`;

describe('previewImage', () => {
  it('draws the prerendered map picture in a 1200×630 card with the title, without the page’s interactive attributes', () => {
    const svg = previewImage(body, 'Programme <2002–2023>')!;
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).toContain('d="M1,1l2,2z" fill="#123456"');
    expect(svg).toContain('Programme &lt;2002–2023&gt;');
    expect(svg).not.toMatch(/tabindex|role=|aria-|data-code|<!--/);
  });

  it('gives none for a page without the map picture', () => {
    expect(previewImage('<main>No map</main>', 'x')).toBeNull();
  });
});

describe('previewPng', () => {
  it('rasterises the card to a 1200×630 PNG', async () => {
    const png = (await previewPng(previewImage(body, 'Programme 2002–2023')!))!;
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const header = new DataView(png.buffer, png.byteOffset + 16, 8);
    expect([header.getUint32(0), header.getUint32(4)]).toEqual([1200, 630]);
  });

  it('gives none for a picture it cannot read', async () => {
    expect(await previewPng('<svg')).toBeNull();
  });
});
