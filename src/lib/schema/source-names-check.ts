// Checks that every source a record cites is named in sources.json, so the app can show it by title, publisher and
// date instead of a file name.
import { describeValue, type Problem } from './problem';

interface Citing {
  id: string;
  sources: { seed: string }[];
}

export function checkSourceNames(file: string, records: Citing[], listed: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const r of records) {
    r.sources.forEach((s, i) => {
      if (!listed.has(s.seed)) {
        problems.push({ file, record: `"${r.id}"`, field: `sources.${i}.seed`, expected: 'a file listed in sources.json (add it there with its title, publisher and date)', found: describeValue(s.seed) });
      }
    });
  }
  return problems;
}

interface Dated {
  id: string;
  sources: { seed: string }[];
  documented?: { date: string; source: string }[];
}

/** A documented date must rest on one of the record's own sources, where its quote is checked. */
export function checkDocumentedSources(file: string, records: Dated[]): Problem[] {
  const problems: Problem[] = [];
  for (const r of records) {
    const own = new Set(r.sources.map((s) => s.seed));
    (r.documented ?? []).forEach((d, i) => {
      if (!own.has(d.source)) problems.push({ file, record: `"${r.id}"`, field: `documented.${i}.source`, expected: `one of the record's sources (${[...own].join(', ')})`, found: describeValue(d.source) });
    });
  }
  return problems;
}
