// Checks that every source quote really appears in the seed document it names.
// Runs in the validator (Node), where the seeds are on disk; the browser never loads the seeds.
import { describeValue, type Problem } from './problem';

interface Sourced {
  id: string;
  sources: { seed: string; quote: string }[];
}

/** Quotes are compared with whitespace collapsed and typographic quotes/dashes made plain, as OCR and copy-paste vary them. */
export function normaliseForQuote(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function checkSources(file: string, records: Sourced[], readSeed: (name: string) => string | undefined): Problem[] {
  const problems: Problem[] = [];
  const cache = new Map<string, string | undefined>();
  records.forEach((r) => {
    r.sources.forEach((s, i) => {
      if (!cache.has(s.seed)) {
        const text = readSeed(s.seed);
        cache.set(s.seed, text === undefined ? undefined : normaliseForQuote(text));
      }
      const seed = cache.get(s.seed);
      const record = `"${r.id}"`;
      if (seed === undefined) {
        problems.push({ file, record, field: `sources.${i}.seed`, expected: 'the name of a file in data/seeds/', found: describeValue(s.seed) });
      } else if (!seed.includes(normaliseForQuote(s.quote))) {
        problems.push({ file, record, field: `sources.${i}.quote`, expected: `words copied exactly from ${s.seed}`, found: describeValue(s.quote) });
      }
    });
  });
  return problems;
}
