// Writes the page for the plain address into dist/index.html at build time, so the first paint is the map itself:
// on a slow phone the app's code arrives a second after the page (npm run bench). The page then carries
// - the app rendered by Svelte's server renderer from the real datasets (src/prerender/render-page.ts), which main.ts
//   hydrates (links and focus work before that; controls answer once it has); its map's path data is the geometry
//   the live map draws, so it is not downloaded a second time (the geometry preload is dropped);
// - the entry's stylesheet inline, so painting does not wait for a second request;
// - two small inline scripts (src/prerender/page-scripts.ts): one hides the preview when the address or the browser's
//   language asks for another view, one marks map:ready when it is on screen.
// If a dataset cannot be read, the build warns and ships the page without a preview: the app still works.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer, type Plugin } from 'vite';
import { PREVIEW_CHOICE, PREVIEW_READY } from './src/prerender/page-scripts.ts';
import { previewImage, previewPng } from './src/prerender/preview-image.ts';

const ROOT = import.meta.dirname;

/** What the renderer's queries fetch: the datasets from the data folder, the map from src/. */
function diskFetch(dataDir: string) {
  return async (url: string): Promise<Response> => {
    const file = url.startsWith('data/') ? join(dataDir, url.slice('data/'.length)) : resolve(ROOT, `.${url}`);
    return existsSync(file) ? new Response(readFileSync(file)) : new Response('not found', { status: 404, statusText: 'Not Found' });
  };
}

async function renderBody(dataDir: string): Promise<string> {
  // A plain Svelte server, not vite.config.ts: the test plugins would resolve Svelte for the browser.
  // Its own cache folder and no dependency scan: sharing node_modules/.vite with a running dev server would make
  // that server's pre-bundled files stale.
  const server = await createServer({
    root: ROOT,
    configFile: false,
    cacheDir: join(ROOT, 'node_modules/.vite-prerender'),
    plugins: [svelte()],
    optimizeDeps: { noDiscovery: true, include: [] },
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    logLevel: 'error',
  });
  try {
    const { renderPage } = (await server.ssrLoadModule('/src/prerender/render-page.ts')) as typeof import('./src/prerender/render-page.ts');
    return await renderPage(diskFetch(dataDir));
  } finally {
    await server.close();
  }
}

/** `dataDir`: the datasets the page is drawn from, the ones the build ships. */
export function prerender(dataDir: string): Plugin {
  let outDir = '';
  /** The shared link's preview (og:image in index.html), drawn from the prerendered map (src/prerender/preview-image.ts). */
  let preview: string | null = null;
  /** The same as a PNG, which link previews need; null where it could not be drawn (the SVG is then og:image). */
  let png: Uint8Array | null = null;
  return {
    name: 'atp-prerender',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      if (preview) writeFileSync(join(outDir, 'og-map.svg'), preview);
      if (png) writeFileSync(join(outDir, 'og-map.png'), png);
      else if (preview) this.warn('The preview image is shipped as SVG only (og-map.svg): it could not be drawn as a PNG.');
      else this.warn('The page is built without its preview image (og-map.svg): no prerendered map.');
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        let body: string;
        try {
          body = await renderBody(dataDir);
        } catch (error) {
          this.warn(`The page is built without its prerendered map: ${(error as Error).message}`);
          return html;
        }
        preview = previewImage(body, /<title>([^<:]*)/.exec(html)?.[1]?.trim() ?? '');
        png = preview ? await previewPng(preview) : null;
        const page = html
          .replace(/<meta property="og:image" content="\.\/og-map\.svg" \/>/, (meta) =>
            png ? '<meta property="og:image" content="./og-map.png" />\n    <meta property="og:image:type" content="image/png" />\n    <meta property="og:image:width" content="1200" />\n    <meta property="og:image:height" content="630" />' : meta,
          )
          .replace('<div id="app"></div>', () => `<div id="app" data-prerendered>${body}</div>\n    <script>${PREVIEW_READY}</script>`)
          .replace('</title>', () => `</title>\n    <script>${PREVIEW_CHOICE}</script>`)
          .replace(/\s*<link rel="preload" href="\.\/assets\/countries-[^"]*\.json"[^>]*>/, '')
          .replace(/<link rel="stylesheet"[^>]*href="\.\/(assets\/index-[^"]+\.css)"[^>]*>/, (link, file: string) => {
            const asset = ctx.bundle?.[file];
            // The file stays linked, disabled (not fetched): main.ts enables it if a host's policy blocks the inline
            // copy (page-preview.ts), and Vite's preloader, which lists it among the lazy chunks' dependencies, sees it
            // is in the page and does not fetch it and apply the page's styles a second time.
            if (asset?.type !== 'asset') return link;
            return `<style data-href="./${file}">${String(asset.source)}</style>\n    <link rel="stylesheet" href="./${file}" disabled />`;
          });
        if (!page.includes('data-prerendered')) this.warn('The page has no <div id="app"></div> to prerender into.');
        return page;
      },
    },
  };
}
