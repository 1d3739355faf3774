// Whether a record's translation is complete and made from its current English: each translation stores a hash of
// the English text it was made from (`translations.fr.enHash`); when the English changes, the hash no longer matches.
import type { TranslationLocale } from './languages';

type Texts = Record<string, string | undefined>;

/** FNV-1a (32 bits) of the English fields, in the given order: small, stable, the same in Node and the browser. */
export function englishHash(english: Texts, fields: readonly string[]): string {
  const text = fields.map((f) => `${f}\u0000${english[f] ?? ''}`).join('\u0001');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export type TranslationStatus = { state: 'current' } | { state: 'missing'; fields: string[] } | { state: 'stale' };

/** `english`: the record's English texts by translatable field (absent fields need no translation). */
export function translationStatus(english: Texts, translated: Texts | undefined, fields: readonly string[]): TranslationStatus {
  const missing = fields.filter((f) => english[f] !== undefined && !translated?.[f]);
  if (missing.length > 0) return { state: 'missing', fields: missing };
  return translated?.['enHash'] === englishHash(english, fields) ? { state: 'current' } : { state: 'stale' };
}

/** Each dataset's translatable texts, read from a record (a project's period note sits inside its period). */
export const TRANSLATABLE: Record<string, { fields: readonly string[]; english: (r: Record<string, unknown>) => Texts }> = {
  'projects.json': { fields: ['name', 'title', 'summary', 'periodNote'], english: (r) => ({ name: r['name'] as string, title: r['title'] as string, summary: r['summary'] as string, periodNote: (r['period'] as { note?: string } | undefined)?.note }) },
  'milestones.json': { fields: ['title', 'detail', 'yearNote'], english: (r) => ({ title: r['title'] as string, detail: r['detail'] as string, yearNote: r['yearNote'] as string | undefined }) },
  'regions.json': { fields: ['name'], english: (r) => ({ name: r['name'] as string }) },
  'statistics.json': { fields: ['label'], english: (r) => ({ label: r['label'] as string }) },
  'sources.json': { fields: ['title'], english: (r) => ({ title: r['title'] as string }) },
  'offices.json': { fields: ['city'], english: (r) => ({ city: r['city'] as string }) },
  'programme.json': { fields: ['name', 'description', 'note'], english: (r) => ({ name: r['name'] as string, description: r['description'] as string | undefined, note: r['note'] as string | undefined }) },
};

export function translationOf(r: Record<string, unknown>, locale: TranslationLocale): Texts | undefined {
  return (r['translations'] as Record<string, Texts> | undefined)?.[locale];
}
