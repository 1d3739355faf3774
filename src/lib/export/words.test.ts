import { describe, expect, it } from 'vitest';
import { exportWords } from './words';

/** Each word in each language, functions called with a few arguments (plural and singular). */
function samples(locale: 'en' | 'fr'): string[] {
  return Object.values(exportWords(locale)).flatMap((v) =>
    typeof v === 'string' ? [v] : [1, 4].map((n) => (v as (...a: unknown[]) => string)(...(v.length === 3 ? ['Nigeria', n, n * 5] : v.length === 1 && /n\b/.test(String(v)) ? [n] : ['Nigeria']))),
  );
}

describe('the downloads’ words', () => {
  it('are all there in French, and none is the English', () => {
    const en = samples('en');
    const fr = samples('fr');
    expect(fr).toHaveLength(en.length);
    expect(fr.filter((t, i) => t === en[i])).toEqual([]);
  });

  it('put a no-break space before each French colon', () => {
    expect(samples('fr').filter((t) => / :|[^\u00a0\u202f\d]:/.test(t))).toEqual([]);
  });

  it('agree in number', () => {
    expect(exportWords('en').exportMapScope('Nigeria', 1, 1)).toBe('Nigeria — 1 of 1 project or action');
    expect(exportWords('en').exportListMore(1)).toBe('… and 1 more country: see the table on the page.');
    expect(exportWords('en').exportCountriesInView(16)).toBe('16 countries with documented projects in this view');
    expect(exportWords('fr').exportMapScope('Nigéria', 4, 20)).toBe('Nigéria — 4 sur 20 projets et actions');
  });
});
