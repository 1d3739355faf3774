// The editor's page (edit.html, src/editor/) for the people who keep the data, built inside the app's build as a
// bundle of its own, plus the files it edits as the repository keeps them:
// - editor/data/*.json: the datasets byte for byte (the public copies in data/ lose the editors' fields and the
//   French, scripts/public-dataset.ts), so a saved file differs from the repository's only by the edit;
// - editor/seeds/*.txt: the source texts, so quotes are checked in the browser as `npm run validate` checks them.
// A bundle of its own, not a second input of the app's build: a second entry would share the map's and the
// timeline's code with the public page through common chunks, splitting the page's one entry chunk (more requests,
// more bytes on the first load, tests/unit/size-budget.test.ts). The editor carries its own copy instead.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'vite';

const ROOT = import.meta.dirname;
export const EDITOR_PAGE = 'edit.html';
const EDITOR_DIR = 'editor';

/** The built page's policy: the app's (vite.config.ts), given as a <meta>; the editor has nothing inline. */
function policy(csp: readonly string[]): Plugin {
  return {
    name: 'atp-editor-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp.join('; ')}" />`),
  };
}

export function editorPage(dataDir: string, csp: readonly string[]): Plugin {
  const seedsDir = join(ROOT, 'data/seeds');
  const jsonFiles = () => readdirSync(dataDir).filter((f) => f.endsWith('.json'));
  const seedFiles = () => (existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')) : []);
  return {
    name: 'atp-editor',
    configureServer(server) {
      server.middlewares.use(`/${EDITOR_DIR}`, (req, res, next) => {
        const [, folder, name] = /^\/(data|seeds)\/([^/?]+)/.exec(req.url ?? '') ?? [];
        const list = folder === 'data' ? jsonFiles() : folder === 'seeds' ? seedFiles() : [];
        if (!name || !list.includes(name)) return next();
        res.setHeader('Content-Type', folder === 'data' ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8');
        res.end(readFileSync(join(folder === 'data' ? dataDir : seedsDir, name)));
      });
    },
    generateBundle: {
      // Before the offline copy's list of files is made (vite-plugin-offline.ts), so the editor works offline too.
      order: 'pre',
      async handler() {
        for (const name of jsonFiles()) this.emitFile({ type: 'asset', fileName: `${EDITOR_DIR}/data/${name}`, source: readFileSync(join(dataDir, name)) });
        for (const name of seedFiles()) this.emitFile({ type: 'asset', fileName: `${EDITOR_DIR}/seeds/${name}`, source: readFileSync(join(seedsDir, name)) });
        const result = await build({
          configFile: false,
          root: ROOT,
          base: './',
          logLevel: 'warn',
          plugins: [svelte(), policy(csp)],
          build: {
            write: false,
            target: 'es2022',
            assetsDir: EDITOR_DIR,
            assetsInlineLimit: 0,
            modulePreload: { polyfill: false },
            rollupOptions: { input: join(ROOT, EDITOR_PAGE) },
          },
        });
        const outputs = (Array.isArray(result) ? result : [result]) as { output: { type: string; fileName: string; code?: string; source?: string | Uint8Array }[] }[];
        for (const item of outputs.flatMap((o) => o.output)) {
          this.emitFile({ type: 'asset', fileName: item.fileName, source: item.type === 'chunk' ? item.code! : item.source! });
        }
      },
    },
  };
}
