import { describe, expect, it } from 'vitest';
import { parseTimelineParams, resolveMilestone, serializeTimelineParams, type TimelineParams } from './timeline-params';

describe('parseTimelineParams', () => {
  it.each([
    { search: '', expected: { milestone: null, present: false, ignored: [] } },
    { search: '?milestone=natc-see', expected: { milestone: 'natc-see', present: false, ignored: [] } },
    { search: '?present=1', expected: { milestone: null, present: true, ignored: [] } },
    { search: '?present=true&milestone=icat-member', expected: { milestone: 'icat-member', present: true, ignored: [] } },
    { search: '?present=0', expected: { milestone: null, present: false, ignored: [] } },
    { search: '?present=abc', expected: { milestone: null, present: false, ignored: [{ name: 'present', value: 'abc' }] } },
    { search: '?milestone=%3Cscript%3E', expected: { milestone: null, present: false, ignored: [{ name: 'milestone', value: '<script>' }] } },
    { search: '?milestone=', expected: { milestone: null, present: false, ignored: [{ name: 'milestone', value: '' }] } },
    { search: '?milestone=NATC-SEE', expected: { milestone: 'natc-see', present: false, ignored: [] } },
    { search: '?milestone=a&milestone=b', expected: { milestone: 'a', present: false, ignored: [] } },
    { search: '?region=see&theme=policy', expected: { milestone: null, present: false, ignored: [] } },
    { search: '?%E0%A4%A=1&present', expected: { milestone: null, present: false, ignored: [{ name: 'present', value: '' }] } },
  ])('$search', ({ search, expected }) => {
    expect(parseTimelineParams(search)).toEqual(expected);
  });
});

describe('serializeTimelineParams', () => {
  it.each<{ search: string; params: TimelineParams; expected: string }>([
    { search: '', params: { milestone: 'a-b', present: false }, expected: '?milestone=a-b' },
    { search: '', params: { milestone: null, present: false }, expected: '' },
    { search: '?milestone=x&present=1', params: { milestone: null, present: false }, expected: '' },
    { search: '', params: { milestone: 'a', present: true }, expected: '?milestone=a&present=1' },
    { search: '?region=see', params: { milestone: 'a', present: false }, expected: '?region=see&milestone=a' },
    { search: '?milestone=old&region=see', params: { milestone: 'new', present: false }, expected: '?milestone=new&region=see' },
  ])('$search + $params → $expected', ({ search, params, expected }) => {
    expect(serializeTimelineParams(search, params)).toBe(expected);
  });

  it.each<TimelineParams>([
    { milestone: null, present: false },
    { milestone: 'natc-see-secretariat', present: false },
    { milestone: 'x1', present: true },
    { milestone: null, present: true },
  ])('round-trips %o', (params) => {
    const { milestone, present, ignored } = parseTimelineParams(serializeTimelineParams('?other=1', params));
    expect({ milestone, present }).toEqual(params);
    expect(ignored).toEqual([]);
  });
});

describe('resolveMilestone', () => {
  const known = new Set(['a', 'b']);
  it.each([
    { id: 'a', expected: { id: 'a', unknown: null } },
    { id: 'zzz', expected: { id: null, unknown: 'zzz' } },
    { id: null, expected: { id: null, unknown: null } },
  ])('$id', ({ id, expected }) => {
    expect(resolveMilestone(id, known)).toEqual(expected);
  });
});
