// Emits sw.js, the service worker that keeps the built app for use with no network: src/lib/offline/service-worker.js
// with the build's file list and a version hash prepended. Build only; the page registers it in production only.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const SOURCE = new URL('./src/lib/offline/service-worker.js', import.meta.url);
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
      handler(_options, bundle) {
        const hash = createHash('sha256');
        for (const name of Object.keys(bundle).sort()) {
          const item = bundle[name]!;
          hash.update(name).update(item.type === 'chunk' ? item.code : item.source);
        }
        const fromPublic = publicDir && existsSync(publicDir) ? readdirSync(publicDir).filter((f) => !SKIP.test(f)) : [];
        const files = [...new Set([...Object.keys(bundle), ...fromPublic, 'index.html'])].filter((f) => !SKIP.test(f)).sort();
        const version = hash.update(files.join('\n')).digest('hex').slice(0, 12);
        const source = `const VERSION = ${JSON.stringify(version)};\nconst PRECACHE = ${JSON.stringify(files)};\n${readFileSync(SOURCE, 'utf8')}`;
        this.emitFile({ type: 'asset', fileName: 'sw.js', source });
      },
    },
  };
}
