import { describe, expect, it } from 'vitest';
import { checkSources, normaliseForQuote } from './sources-check';

const seeds: Record<string, string> = { 'a.txt': 'The  “Beyond Joint Actions” non-paper –\nreleased 2022' };
const read = (name: string) => seeds[name];

describe('checkSources', () => {
  it.each([
    { quote: '"Beyond Joint Actions" non-paper - released 2022', ok: true },
    { quote: 'the “beyond joint actions” NON-PAPER', ok: true },
    { quote: 'Beyond Joint Action plans', ok: false },
  ])('quote $quote found: $ok', ({ quote, ok }) => {
    const problems = checkSources('x.json', [{ id: 'r', sources: [{ seed: 'a.txt', quote }] }], read);
    expect(problems.length === 0).toBe(ok);
  });

  it('names a seed file that does not exist', () => {
    const problems = checkSources('x.json', [{ id: 'r', sources: [{ seed: 'nope.txt', quote: 'q' }] }], read);
    expect(problems[0]).toMatchObject({ record: '"r"', field: 'sources.0.seed', found: '"nope.txt"' });
  });

  it('normalises quotes, dashes, spaces and case', () => {
    expect(normaliseForQuote('  A “B” — C\n\tD ')).toBe('a "b" - c d');
  });
});
