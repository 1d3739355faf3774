// How a milestone's time reads in the interface: its date as precise as the seeds give it, else its year.
import { formatLocale } from '../format/format-locale';
import type { Milestone } from '../schema/milestone';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, precision: 'month' | 'day', month: 'long' | 'short'): Intl.DateTimeFormat {
  const key = `${locale}|${precision}|${month}`;
  let f = formats.get(key);
  if (!f) {
    // UTC: a date names a calendar day, not an instant, so the viewer's time zone must not move it.
    f = new Intl.DateTimeFormat(formatLocale(locale), { year: 'numeric', month, day: precision === 'day' ? 'numeric' : undefined, timeZone: 'UTC' });
    formats.set(key, f);
  }
  return f;
}

/** `short` writes the month short ("16 Sept 2021"), where the full date has no room; the year is always whole. */
export function formatWhen(m: Pick<Milestone, 'year' | 'date'>, locale: string, monthWidth: 'long' | 'short' = 'long'): string {
  const [, month, day] = (m.date ?? '').split('-').map(Number);
  if (month === undefined) return String(m.year);
  return formatter(locale, day === undefined ? 'month' : 'day', monthWidth).format(Date.UTC(m.year, month - 1, day ?? 1));
}
