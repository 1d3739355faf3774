// `npm run stamp-translations [dir]`: after checking a record's translation against its English, records which English
// it was made from (translations.<locale>.enHash). Stamps only complete translations; the validator then warns when
// the English changes. Rewrites the data files with two-space indentation, as they are kept.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TRANSLATION_LOCALES } from '../src/lib/i18n/languages';
import { englishHash, TRANSLATABLE, translationOf, translationStatus } from '../src/lib/i18n/translation-status';

const dir = resolve(process.argv[2] ?? 'data');
for (const [file, spec] of Object.entries(TRANSLATABLE)) {
  const path = join(dir, file);
  if (!existsSync(path)) continue;
  const records = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>[];
  let stamped = 0;
  for (const r of records) {
    for (const locale of TRANSLATION_LOCALES) {
      const translated = translationOf(r, locale);
      const english = spec.english(r);
      if (!translated || translationStatus(english, translated, spec.fields).state === 'missing') continue;
      const hash = englishHash(english, spec.fields);
      if (translated['enHash'] !== hash) {
        translated['enHash'] = hash;
        stamped++;
      }
    }
  }
  writeFileSync(path, `${JSON.stringify(records, null, 2)}\n`);
  console.log(`${file}: ${stamped} translation(s) stamped`);
}
