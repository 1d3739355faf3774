// Download names that say what and when: atp-map-west-africa-2026-11-24.png. The date comes from a clock passed in.
import type { PictureSize } from './compose-svg';

export type ExportSubject = 'map' | 'timeline' | 'projects' | 'countries' | 'offices';

/** The calendar day where the user is (local time), as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Lower case, hyphens for anything else: a region id stays as it is, a country code becomes "ng". */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'world'
  );
}

export interface FileNameParts {
  subject: ExportSubject;
  /** A region id or country code; null for the whole world. */
  scope: string | null;
  date: Date;
  ext: 'png' | 'svg' | 'csv';
  /** Pictures only; the 16:9 slide is the default and is not named. */
  size?: PictureSize;
}

export function exportFileName({ subject, scope, date, ext, size }: FileNameParts): string {
  const parts = ['atp', subject, scope === null ? 'world' : slug(scope)];
  if (size === 'a4') parts.push('a4');
  return `${parts.join('-')}-${isoDay(date)}.${ext}`;
}
