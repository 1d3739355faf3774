import { describe, expect, it } from 'vitest';
import { previewImage } from './preview-image';

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
