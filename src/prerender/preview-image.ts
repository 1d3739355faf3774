// The shared link's preview image (og:image), drawn at build time from the prerendered map: the page's own picture,
// so it needs no request to anyone else and always shows the countries the datasets hold.

const WIDTH = 1200;
const HEIGHT = 630;
/** The map's drawing size (lib/geo/projection.ts MAP_WIDTH × MAP_HEIGHT), fitted into the 1200×630 card. */
const MAP = { width: 960, height: 430 };

/**
 * A standalone SVG of the map in a prerendered page's body, with a title line; null when the body holds no map
 * picture (the build then ships no preview image).
 */
export function previewImage(body: string, title: string): string | null {
  const picture = /<svg\b[^>]*role="group"[^>]*>([\s\S]*?)<\/svg>/.exec(body);
  if (!picture) return null;
  const inner = picture[1]!.replace(/<!--[\s\S]*?-->/g, '').replace(/\s(?:tabindex|role|aria-[a-z]+|id|data-[a-z]+)="[^"]*"/g, '');
  const scale = Math.min(WIDTH / MAP.width, (HEIGHT - 80) / MAP.height);
  const x = (WIDTH - MAP.width * scale) / 2;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">`,
    '<style>.country{stroke:#7a8a96;stroke-width:.5}.country.has-data{stroke:#1f2d38;stroke-width:.8}.marker{stroke:#1f2d38;stroke-width:1.5}.hit{display:none}.ocean{fill:#dfeaf2}</style>',
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#0b3a5b"/>`,
    `<text x="${WIDTH / 2}" y="52" fill="#fff" font-family="sans-serif" font-size="38" font-weight="700" text-anchor="middle">${escapeXml(title)}</text>`,
    // A nested <svg> clips what the map draws beyond its frame (the page's frame does that on screen).
    `<svg x="${x.toFixed(1)}" y="70" width="${(MAP.width * scale).toFixed(1)}" height="${(MAP.height * scale).toFixed(1)}" viewBox="0 0 ${MAP.width} ${MAP.height}">${inner}</svg>`,
    '</svg>',
  ].join('');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The preview as a PNG, which link previews need (most social sites ignore an SVG og:image). Rasterised at build time
 * by resvg (@resvg/resvg-js, a devDependency: its prebuilt binary comes from npm, nothing reaches the page). Null when
 * it cannot be loaded on this machine or cannot draw the picture: the build then ships the SVG alone.
 * The title is drawn with the machine's fonts: Liberation Sans (Arial's metrics), else DejaVu Sans.
 */
export async function previewPng(svg: string): Promise<Uint8Array | null> {
  try {
    const { Resvg } = await import('@resvg/resvg-js');
    const font = { loadSystemFonts: true, sansSerifFamily: 'Liberation Sans', defaultFontFamily: 'DejaVu Sans' };
    return new Resvg(svg, { font, fitTo: { mode: 'original' } }).render().asPng();
  } catch {
    return null;
  }
}
