// Emits sw.js, the service worker that keeps the built app for use with no network: src/lib/offline/service-worker.js
// with the build's file list, a version hash and the app's dataset check prepended. Build only; the page registers it
// in production only.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';

const SOURCE = new URL('./src/lib/offline/service-worker.js', import.meta.url);
const CHECK = fileURLToPath(new URL('./src/lib/offline/dataset-check.ts', import.meta.url));

/**
 * The app's schemas and parse function as one classic script defining `AtpDatasetCheck`: a worker cannot import the
 * app's hashed chunks, and a second copy of the schemas would drift from the app's.
 */
async function bundleDatasetCheck(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    build: { write: false, minify: true, target: 'es2022', lib: { entry: CHECK, formats: ['iife'], name: 'AtpDatasetCheck' } },
  });
  const output = (Array.isArray(result) ? result[0] : result) as { output: { type: string; code?: string }[] };
  const chunk = output.output.find((item) => item.type === 'chunk');
  if (!chunk?.code) throw new Error('atp-offline: the dataset check did not bundle');
  return chunk.code;
}
const SKIP = /(^|\/)\.|\.map$|^sw\.js$/;

export function offline(): Plugin {
  let publicDir = '';
  return {
    name: 'atp-offline',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle: {
      // After the page and the datasets are emitted, so they are in the list.
      order: 'post',
      async handler(_options, bundle) {
        const check = await bundleDatasetCheck();
        const hash = createHash('sha256').update(check);
        for (const name of Object.keys(bundle).sort()) {
          const item = bundle[name]!;
          hash.update(name).update(item.type === 'chunk' ? item.code : item.source);
        }
        const fromPublic = publicDir && existsSync(publicDir) ? readdirSync(publicDir).filter((f) => !SKIP.test(f)) : [];
        const files = [...new Set([...Object.keys(bundle), ...fromPublic, 'index.html'])].filter((f) => !SKIP.test(f)).sort();
        const version = hash.update(files.join('\n')).digest('hex').slice(0, 12);
        // The editor's page and files (vite-plugin-editor.ts) are kept only once the editor is opened: the public never downloads them.
        const editor = (f: string) => f === 'edit.html' || f.startsWith('editor/');
        const lists = `const PRECACHE = ${JSON.stringify(files.filter((f) => !editor(f)))};\nconst EDITOR_PRECACHE = ${JSON.stringify(files.filter(editor))};`;
        const source = `const VERSION = ${JSON.stringify(version)};\n${lists}\n${check}\n${readFileSync(SOURCE, 'utf8')}`;
        this.emitFile({ type: 'asset', fileName: 'sw.js', source });
      },
    },
  };
}
