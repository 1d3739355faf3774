import { describe, expect, it } from 'vitest';
import { exportFileName, isoDay, slug, type FileNameParts } from './filename';

// Local noon: the same calendar day in every time zone the tests may run in.
const day = new Date(2026, 10, 24, 12, 0, 0);

describe('download file names', () => {
  it.each<{ parts: FileNameParts; expected: string }>([
    { parts: { subject: 'map', scope: 'west-africa', date: day, ext: 'png' }, expected: 'atp-map-west-africa-2026-11-24.png' },
    { parts: { subject: 'map', scope: null, date: day, ext: 'svg', size: 'a4' }, expected: 'atp-map-world-a4-2026-11-24.svg' },
    { parts: { subject: 'timeline', scope: null, date: day, ext: 'png', size: '16x9' }, expected: 'atp-timeline-world-2026-11-24.png' },
    { parts: { subject: 'projects', scope: 'NG', date: day, ext: 'csv' }, expected: 'atp-projects-ng-2026-11-24.csv' },
    { parts: { subject: 'countries', scope: 'south-eastern-europe', date: day, ext: 'csv' }, expected: 'atp-countries-south-eastern-europe-2026-11-24.csv' },
  ])('$expected', ({ parts, expected }) => {
    expect(exportFileName(parts)).toBe(expected);
  });

  it('pads months and days, in local time', () => {
    expect(isoDay(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
  });

  it.each([
    ['Côte d’Ivoire', 'cote-d-ivoire'],
    ['  ../../etc/passwd ', 'etc-passwd'],
    ['', 'world'],
    ['!!!', 'world'],
  ])('makes %j safe as %j', (input, expected) => {
    expect(slug(input)).toBe(expected);
  });
});
